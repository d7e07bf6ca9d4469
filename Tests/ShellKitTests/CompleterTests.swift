import Foundation
import Testing
@testable import ShellKit

/// Tab completion from the registry's declarations, as the line editor asks for it.
@Suite struct CompleterTests {
    let h = Harness()

    func complete(_ line: String) -> (start: Int, candidates: [String]) {
        Completer().complete(line, cursor: line.count, in: h.session)
    }

    @Test func commandNames() {
        #expect(complete("sto").candidates == ["stories"])
        #expect(complete("s").candidates == ["save", "set", "show", "source", "splice", "stories"])
        #expect(complete("").candidates.count == h.session.registry.names.count)
    }

    @Test func storyIDsAndAll() {
        let c = complete("show 00")
        #expect(c.start == 5)
        #expect(c.candidates.count == 5)
        #expect(complete("outline 00").candidates.contains("000_1661fa5dc613d596"))
        #expect(complete("outline a").candidates == ["all"])
        #expect(complete("export s").candidates == ["session"])
    }

    @Test func characterNamesOfTheStoryOnTheLine() {
        #expect(complete("character Jo").candidates == ["John"])
        #expect(complete("character Co").candidates == ["Colin"])
        #expect(complete("quotes 001 --by Co").candidates == ["Colin"], "an option's value")
        #expect(complete("splice 002 --ending g").candidates == ["get-out"])
        #expect(complete("splice 002 --ending get-out --from 00").candidates.count == 5)
        #expect(complete("find sorry --limit ").candidates.isEmpty)
    }

    @Test func optionsAndSettings() {
        #expect(complete("find sorry --l").candidates == ["--limit"])
        #expect(complete("save --f").candidates == ["--force"])
        #expect(complete("set pa").candidates == ["pager"])
        #expect(complete("set pager o").candidates == ["on", "off"])
    }

    @Test func filePaths() {
        let dir = temporaryFolder()
        try? FileManager.default.createDirectory(atPath: "\(dir)/my stories", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: "\(dir)/notes.txt", contents: Data())
        #expect(complete("load \(dir)/my").candidates == ["\"\(dir)/my stories\"/"])
        #expect(complete("load \(dir)/no").candidates == ["\(dir)/notes.txt"])
    }
}
