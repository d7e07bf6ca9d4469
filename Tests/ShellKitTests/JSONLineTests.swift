import Foundation
import Testing
@testable import ShellKit
import StoryKit

/// `--json` lines of corpus-wide views are built in pieces; they must be the very bytes that
/// encoding the whole result at once gives.
@Suite struct JSONLineTests {
    struct Item: Encodable, Sendable { var n: Int; var text: String }
    struct Shell: Encodable { var items: [Item]; var aNote: String; var zero: Int }

    @Test(arguments: [0, 1, 255, 256, 257, 600])
    func streamedArrayIsTheWholeEncoding(count: Int) {
        let items = (0..<count).map { Item(n: $0, text: "“\($0)” \"quoted\" / \\ back") }
        let whole = JSONLine.encode(Shell(items: items, aNote: "a \"items\":[] b", zero: 0))
        let streamed = JSONLine.encode(Shell(items: [], aNote: "a \"items\":[] b", zero: 0), streaming: "items", count: count) { items[$0] }
        #expect(streamed == whole)
    }

    @Test(arguments: ["outline all", "characters all"])
    func corpusViewsStreamTheSameBytes(command: String) throws {
        let paths = [Harness.samples, Harness.root.appendingPathComponent("Tests/StoryKitTests/Fixtures/stories").path]
        let loaded = CorpusLoader().load(paths)
        let session = Session(corpus: Corpus(loaded.documents))
        var results: [any CommandResult] = []
        session.sink = { if case .result(let r, _) = $0 { results.append(r) } }
        session.execute(command)
        let result = try #require(results.first)
        #expect(result.jsonLine() == JSONLine.encode(result))
        #expect(result.jsonLine().contains("\"stories\":[{"))
    }
}
