import Foundation
import Testing

/// What users of sqlite3, psql and IPython expect (issue 16): filtered and sorted listings,
/// whole-word and pattern search, one character across the corpus, an rc file, a timer.
@Suite struct AlsoExpectedTests {
    @Test func storiesFilterByEndingAndSort() throws {
        let r = try Binary.run(["--json", "-c", "stories --ending get-out", "-c", "stories --sort words", "-c", "stories --sort title", "-c", "stories"])
        #expect(r.status == 0, "\(r.stderr)")
        let docs = try r.json().map { $0["stories"] as! [[String: Any]] }
        #expect(docs[0].count >= 1 && docs[0].allSatisfy { $0["ending"] as? String == "get-out" })
        let all = docs[3]
        // The numbers stay the corpus numbers, so `show 4` means the same story in any order.
        for row in docs[0] { #expect(all.contains { $0["index"] as? Int == row["index"] as? Int && $0["id"] as? String == row["id"] as? String }) }
        let words = docs[1].map { $0["words"] as! Int }
        #expect(words == words.sorted(by: >) && words.count == 5)
        let titles = docs[2].compactMap { $0["title"] as? String }
        #expect(titles == titles.sorted { $0.localizedStandardCompare($1) == .orderedAscending }, "\(titles)")
        #expect(docs[2].last?["title"] is NSNull, "untitled last")
        let bad = try Binary.run(["-c", "stories --ending getout", "-c", "stories --sort length"])
        #expect(bad.stderr.contains("did you mean 'get-out'?"), "\(bad.stderr)")
        #expect(bad.stderr.contains("stories: --sort must be one of words, paragraphs, title, id (got 'length')"), "\(bad.stderr)")
    }

    @Test func findWholeWordsAndPatterns() throws {
        let r = try Binary.run(["--json", "-c", "find he --limit 0", "-c", "find --word he --limit 0", "-c", "find --regex \"forg(ive|ave)\\\\b\" --limit 0",
                                "-c", "find --word don't --limit 1"])
        #expect(r.status == 0, "\(r.stderr)")
        let docs = try r.json()
        let anywhere = docs[0]["total"] as! Int, words = docs[1]["total"] as! Int
        #expect(words > 0 && words < anywhere)
        for m in docs[1]["matches"] as! [[String: Any]] {
            #expect((m["match"] as! String).lowercased() == "he")
            #expect(!((m["before"] as! String).last?.isLetter ?? false) && !((m["after"] as! String).first?.isLetter ?? false))
        }
        let pattern = docs[2]["matches"] as! [[String: Any]]
        #expect(!pattern.isEmpty && pattern.allSatisfy { ["forgive", "forgave"].contains(($0["match"] as! String).lowercased()) })
        #expect((docs[3]["total"] as! Int) > 0, "straight apostrophe finds the curly one")
        let bad = try Binary.run(["-c", "find --regex \"(\""])
        #expect(bad.status == 1 && bad.stderr == "error: find: '(' is not a regular expression ICU can read\n", "\(bad.stderr)")
    }

    @Test func aCharacterAcrossTheCorpus() throws {
        let r = try Binary.run(["-c", "character John"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("John: 2 characters in 2 stories — 001_85b50639 (leaver), 004_566b912f (leaver)\n"), "\(r.stdout)")
        #expect(r.stdout.contains("more (character John in 001_85b50639)"))
        let one = try Binary.run(["-c", "character John in 001"])
        #expect(!one.stdout.contains("more (character"), "one story shows every line")
    }

    @Test func theRCFileHoldsSettings() throws {
        let home = temporaryFolder()
        try "# my settings\nset width 70\nset pager off\nstories\n".write(toFile: "\(home)/.storyshellrc", atomically: true, encoding: .utf8)
        let env = ["HOME": home, "STORYSHELLRC": "\(home)/.storyshellrc"]
        let r = try Binary.run(["-c", "set width", "-c", "set pager", "-c", "history"], env: env)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("width 70\npager off\n"), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("1  set width\n2  set pager\n"), "not part of the session's work: \(r.stdout)")
        #expect(r.stderr == "\(home)/.storyshellrc:4: only `set NAME VALUE` lines belong in an rc file; skipped\n")
        // A checked lesson reads the same on every machine: --check ignores the rc file.
        let dir = temporaryFolder()
        #expect(try Binary.run(["-c", "set width", "-c", "save --with-output \(dir)/c.story"]).status == 0)
        let check = try Binary.run(["--check", "\(dir)/c.story"], env: env)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func theTimerTimesEachCommand() throws {
        let r = try Binary.run(["--json", "-c", "set timer on", "-c", "stories", "-c", "endings", "-c", "set timer off", "-c", "stories"])
        #expect(r.status == 0)
        #expect(try r.json().count == 5, "stdout keeps one JSON line per command")
        let times = r.stderr.split(separator: "\n")
        #expect(times.count == 2, "stories and endings: \(times)")
        #expect(times.allSatisfy { $0.range(of: #"^time: \d+\.\d{3} s$"#, options: .regularExpression) != nil }, "\(times)")
    }
}
