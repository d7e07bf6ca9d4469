import Foundation
import Testing
import StoryKit
@testable import ShellKit

/// `outline all` and `characters all` keep per-story columns and rows between runs: what they
/// print must still follow the corpus and the settings, as a fresh session would print it.
@Suite struct CorpusViewMemoTests {
    static let views = ["outline all", "characters all"]

    @Test(arguments: views) func aSecondRunPrintsTheSame(view: String) {
        let h = Harness()
        #expect(h.run(view) == h.run(view))
    }

    static func harness() throws -> Harness {
        let h = Harness()
        h.session.endingLibrary = try EndingLibrary(folder: Harness.root.appendingPathComponent("samples/endings").path)
        return h
    }

    @Test(arguments: views) func aSplicedStoryJoinsTheView(view: String) throws {
        let h = try Self.harness()
        let before = h.run(view)
        h.run("splice 002 --ending get-out")
        #expect(h.err.isEmpty)
        let after = h.run(view)
        #expect(after.count > before.count)
        let fresh = try Self.harness()
        fresh.run("splice 002 --ending get-out")
        #expect(after == fresh.run(view))
    }

    @Test(arguments: views) func aLoadedStoryReplacesTheOneOfItsID(view: String) throws {
        let dir = temporaryFolder()
        let files = try FileManager.default.contentsOfDirectory(atPath: Harness.samples).filter { $0.hasSuffix(".txt") }.sorted()
        // 001's id with 003's text: a different story under a known id.
        let text = try String(contentsOfFile: Harness.samples + "/" + files[3], encoding: .utf8)
        try text.write(toFile: dir + "/" + files[1], atomically: true, encoding: .utf8)
        let h = Harness()
        let before = h.run(view)
        h.run("load \(dir)/\(files[1])")
        let after = h.run(view)
        #expect(before != after)
        let fresh = Harness()
        fresh.run("load \(dir)/\(files[1])")
        #expect(after == fresh.run(view))
        // The replaced story's entry is dropped, not kept beside the new one.
        #expect(h.session.outlineColumns.count <= h.session.corpus.count)
        #expect(h.session.castRows.count <= h.session.corpus.count)
    }

    @Test(arguments: views) func widthAndColourChangeTheRender(view: String) {
        let h = Harness()
        h.run("set width 80")
        let narrow = h.run(view)
        h.run("set width 120")
        let wide = h.run(view)
        h.run("set color on")
        let coloured = h.run(view)
        if view == "outline all" { #expect(narrow != wide) }
        #expect(wide != coloured)
        #expect(coloured.contains("\u{1B}["))
        let fresh = Harness()
        fresh.run("set width 120")
        #expect(wide == fresh.run(view))
        h.run("set color off", "set width 80")
        #expect(narrow == h.run(view))
    }

    @Test func trailingSpacesGoAsCharacterByCharacter() {
        let cases = ["", " ", "   ", "a", "a  ", " a ", "¶1–2 −   ", "caf\u{E9}  ", "a \u{301}", "\u{0600}   ", "\u{0600}\u{0600} ", "x\n  ", "—  "]
        for s in cases {
            var slow = s
            while slow.hasSuffix(" ") { slow.removeLast() }
            #expect(s.replacingTrailingSpaces() == slow, "\(Array(s.unicodeScalars))")
        }
    }
}
