import Foundation
import ShellKit
import StoryKit

/// A session on the samples, with everything it emits captured as text lines.
final class Harness {
    let session: Session
    private(set) var out: [String] = []
    private(set) var err: [String] = []
    var json = false

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("samples/corpus").path

    init(paths: [String] = [Harness.samples]) {
        let loaded = CorpusLoader().load(paths)
        session = Session(corpus: Corpus(loaded.documents), initialPaths: paths == [Harness.samples] ? [] : paths)
        session.sink = { [unowned self] emission in
            switch emission {
            case .result(let result, _):
                let text = self.json ? result.jsonLine() : self.session.render(result)
                if !text.isEmpty { self.out.append(text) }
            case .error(let message, _): self.err.append(message)
            case .warning(let text): self.err.append(text)
            }
        }
    }

    /// Runs lines and returns what they printed on stdout.
    @discardableResult
    func run(_ lines: String...) -> String {
        let start = out.count
        for line in lines { session.execute(line) }
        return out[start...].joined(separator: "\n")
    }

    var output: String { out.joined(separator: "\n") }
}

/// A fresh empty folder for files a test writes.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "storyshell-tests-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
