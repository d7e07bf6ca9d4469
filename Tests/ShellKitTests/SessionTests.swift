import Foundation
import Testing
@testable import ShellKit

@Suite struct SessionTests {
    @Test func unknownCommandSuggests() {
        let h = Harness()
        h.run("storis")
        #expect(h.err == ["unknown command 'storis' — did you mean 'stories'?"])
        #expect(h.session.failures == 1)
    }

    @Test func badStoryNamesWhatExists() {
        let h = Harness()
        h.run("show 9")
        #expect(h.err.first == "no story '9'; stories are 1–5, or ids 000_…")
        h.run("show 00")
        #expect(h.err.last?.hasPrefix("'00' matches 5 stories") == true)
    }

    @Test func missingArgumentGetsUsage() {
        let h = Harness()
        h.run("show")
        #expect(h.err.first?.hasPrefix("show: missing expected argument '<story>'") == true)
        #expect(h.err.first?.contains("usage: show <story>") == true)
    }

    @Test func helpListsGroupsAndExplainsOne() {
        let h = Harness()
        let all = h.run("help")
        #expect(all.contains("Corpus") && all.contains("Session"))
        #expect(all.contains("stories") && all.contains("find"))
        let one = h.run("help find")
        #expect(one.contains("USAGE: find") && one.contains("EXAMPLES:"))
        #expect(h.run("find --help").contains("USAGE: find"))
    }

    @Test func storiesAndShow() {
        let h = Harness()
        let list = h.run("stories")
        #expect(list.split(separator: "\n").count == 6)
        #expect(list.contains("≈001"))
        let show = h.run("show 003")
        #expect(show.contains(" 1  The sound of the key turning"))
        #expect(!show.contains("Source: Unsplash"))
        #expect(show.contains("removed 18 noise lines (18 caption)"))
    }

    @Test func findShowsContextWithStoryAndParagraph() {
        let h = Harness()
        let hits = h.run("find 'get out'")
        #expect(hits.contains("003_3a1f6aef ¶"))
        #expect(hits.contains("GET OUT"))
        #expect(h.run("find dont").contains("no matches"))
        #expect(h.run("find don't --in 001").contains("don’t"))
    }

    @Test func settings() {
        let h = Harness()
        h.run("set pager off", "set width 100")
        #expect(h.session.settings.pager == false)
        #expect(h.session.settings.width == 100)
        h.run("set width 3")
        #expect(h.err.last?.contains("expected a number from 40 to 1000") == true)
        #expect(h.run("set").contains("width   100"))
    }

    @Test func historyHoldsOnlySuccessfulCommands() {
        let h = Harness()
        h.run("stories", "nope", "show 1", "history")
        #expect(h.session.log.map(\.line) == ["stories", "show 1", "history"])
    }

    @Test func jsonErrorsStayOneLine() {
        let h = Harness()
        h.json = true
        h.run("stories", "show 2")
        for line in h.out {
            #expect(!line.contains("\n"))
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
    }
}

@Suite struct ScriptTests {
    /// A session typed by hand, saved, and replayed in a fresh session prints the same bytes.
    @Test func saveThenReplayPrintsTheSame() throws {
        let dir = temporaryFolder()
        let original = Harness()
        original.run("stories", "show 003", "bogus command", "find \"came back\"", "set width 60", "show 1", "history")
        let printed = original.output
        original.run("save \(dir)/s.story")
        let text = try String(contentsOfFile: "\(dir)/s.story", encoding: .utf8)
        #expect(text.hasPrefix("# storyshell session script\n# saved "))
        #expect(!text.contains("bogus") && !text.contains("save "))
        #expect(text.contains("find \"came back\"\n"))

        let replay = Harness()
        replay.session.run(script: try Script.read("\(dir)/s.story"))
        #expect(replay.output == printed)
        #expect(replay.err.isEmpty)
    }

    @Test func saveRefusesToClobber() throws {
        let dir = temporaryFolder()
        let h = Harness()
        h.run("stories", "save \(dir)/s.story")
        let before = try String(contentsOfFile: "\(dir)/s.story", encoding: .utf8)
        h.run("show 1", "save \(dir)/s.story")
        #expect(h.err.last == "'\(dir)/s.story' exists; add --force to replace it")
        #expect(try String(contentsOfFile: "\(dir)/s.story", encoding: .utf8) == before)
        h.run("save --force \(dir)/s.story")
        #expect(try String(contentsOfFile: "\(dir)/s.story", encoding: .utf8).contains("show 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.story"])
    }

    @Test func saveIntoAMissingFolderFailsClearly() {
        let h = Harness()
        h.run("save /nonexistent/dir/s.story")
        #expect(h.err.last?.contains("folder '/nonexistent/dir' does not exist") == true)
    }

    @Test func loadLinesAreSaved() throws {
        let dir = temporaryFolder()
        try "A story.\nHe left.\n".write(toFile: "\(dir)/mine.txt", atomically: true, encoding: .utf8)
        let h = Harness()
        h.run("load \(dir)/mine.txt", "stories", "save \(dir)/s.story")
        let text = try String(contentsOfFile: "\(dir)/s.story", encoding: .utf8)
        #expect(text.contains("load \(dir)/mine.txt\nstories\n"))
        let replay = Harness()
        replay.session.run(script: try Script.read("\(dir)/s.story"))
        #expect(replay.session.corpus.count == 6)
    }

    @Test func errorsInScriptsNameFileAndLine() throws {
        let dir = temporaryFolder()
        try "stories\n# a comment\n\nshow 42\nshow 1\n".write(toFile: "\(dir)/bad.story", atomically: true, encoding: .utf8)
        let h = Harness()
        h.run("source \(dir)/bad.story")
        #expect(h.err.first == "\(dir)/bad.story:4: no story '42'; stories are 1–5, or ids 000_…")
        #expect(h.out.count == 2, "replay goes on after the error")
        let bail = Harness()
        bail.run("set bail on", "source \(dir)/bad.story")
        #expect(bail.out.count == 2, "set's message and stories only")
    }

    @Test func sourceExpandsIntoTheLogAndCannotRecurse() throws {
        let dir = temporaryFolder()
        try "stories\nsource \(dir)/loop.story\n".write(toFile: "\(dir)/loop.story", atomically: true, encoding: .utf8)
        let h = Harness()
        h.run("source \(dir)/loop.story")
        #expect(h.err.contains { $0.contains("already being replayed") })
        #expect(h.session.log.map(\.line) == ["stories"])
    }

    @Test func recordAppendsAsItGoes() throws {
        let dir = temporaryFolder()
        let h = Harness()
        h.run("record \(dir)/r.story", "stories")
        var text = try String(contentsOfFile: "\(dir)/r.story", encoding: .utf8)
        #expect(text.hasSuffix("\nstories\n"))
        h.run("nope", "show 2", "record off", "show 3")
        text = try String(contentsOfFile: "\(dir)/r.story", encoding: .utf8)
        #expect(text.hasSuffix("\nstories\nshow 2\n"))
    }

    @Test func checkedScriptsPassAndShowDiffs() throws {
        let dir = temporaryFolder()
        let h = Harness()
        h.run("stories", "find sorry --limit 2", "save --with-output \(dir)/c.story")
        let script = try Script.read("\(dir)/c.story")
        #expect(script.lines.count == 2 && script.lines.allSatisfy { $0.expectedOutput != nil })
        let good = ScriptCheck.run(script, in: Harness().session)
        #expect(good.checked == 2 && good.changed == 0)
        var text = try String(contentsOfFile: "\(dir)/c.story", encoding: .utf8)
        text = text.replacingOccurrences(of: "moved-on", with: "forgive")
        let bad = ScriptCheck.run(Script.parse(text, path: "c.story"), in: Harness().session)
        #expect(bad.changed == 1)
        #expect(bad.diffs.first?.contains("-") == true && bad.diffs.first?.contains("@@") == true)
    }
}

/// The token layer is scratch: corpus-wide views drop each story's tokens once its passes are
/// done, so ten thousand stories never hold them all at once.
@Suite struct TokenLayerLifetimeTests {
    @Test func corpusViewsLeaveNoTokensBehind() {
        for command in ["characters all", "endings", "outline all"] {
            let h = Harness()
            h.run(command)
            #expect(h.err.isEmpty, "\(command): \(h.err)")
            for doc in h.session.corpus.documents {
                #expect(!doc.computedLayers.contains("tokens"), "\(command): \(doc.id) kept its tokens")
                #expect(doc.computedLayers.contains("cast"), "\(command): \(doc.id)")
            }
        }
    }

    @Test func oneStorysTokensLiveUntilItsArc() {
        let h = Harness()
        h.run("characters 1")
        let doc = h.session.corpus.documents[0]
        #expect(doc.computedLayers.contains("tokens"))
        h.run("outline 1")
        #expect(doc.computedLayers.contains("arc"))
        #expect(!doc.computedLayers.contains("tokens"))
    }
}
