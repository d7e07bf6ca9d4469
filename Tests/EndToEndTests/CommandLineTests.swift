import Foundation
import Testing

/// The contract of ../shared/CONTRACT.md, through the built binary.
@Suite struct CommandLineTests {
    @Test func jsonStoriesAndShowMatchTheContract() throws {
        let r = try Binary.run(["--json", "-c", "stories", "-c", "show 003"])
        #expect(r.status == 0)
        let docs = try r.json()
        #expect(docs.count == 2)
        let stories = docs[0]["stories"] as! [[String: Any]]
        #expect(stories.count == 5)
        for key in ["index", "id", "title", "file", "words", "paragraphs", "ending", "variant_of"] {
            #expect(stories.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        #expect(stories[0]["id"] as? String == "000_1661fa5dc613d596")
        #expect(stories[0]["title"] as? String == "HE HAD EVERYTHING – AND HE THREW IT AWAY")
        #expect(stories[1]["title"] is NSNull)
        #expect(stories[4]["variant_of"] as? String == "001_85b50639a9e9b07c")
        #expect(stories[0]["variant_of"] is NSNull)
        let show = docs[1]
        #expect(show["id"] as? String == "003_3a1f6aefeb39fc85")
        let removed = show["removed"] as! [[String: Any]]
        #expect(removed.count == 18)
        #expect(removed.allSatisfy { $0["reason"] as? String == "caption" })
        #expect((show["repairs"] as! [String: Any])["mojibake"] as? Int == 0)
        let paragraphs = show["paragraphs"] as! [String]
        #expect(!paragraphs.joined().contains("Source:"))
    }

    @Test func mojibakeIsGoneFrom000() throws {
        let r = try Binary.run(["--json", "-c", "show 000"])
        let show = try r.json()[0]
        #expect(!(show["paragraphs"] as! [String]).joined().contains("โ€"))
        #expect(((show["repairs"] as! [String: Any])["mojibake"] as! Int) > 30)
    }

    @Test func exitCodes() throws {
        #expect(try Binary.run(["-c", "stories"]).status == 0)
        let failed = try Binary.run(["-c", "storis", "-c", "stories"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("unknown command 'storis' — did you mean 'stories'?"))
        #expect(failed.lines.count == 6, "the next command still runs")
        let usage = try Binary.run(["--frobnicate"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("usage: storyshell"))
    }

    /// The usage line is the argument parser's, from the declarations: every option that
    /// `--help` lists is in it (`--update` and `--version` were once missing).
    @Test func usageLineListsEveryOption() throws {
        let bad = try Binary.run(["--frobnicate"])
        #expect(bad.status == 2)
        let lines = bad.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        let usage = lines.last ?? ""
        #expect(usage.hasPrefix("usage: storyshell ") && usage.hasSuffix(" [<path> ...]"), "\(usage)")
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        let options = help.lines.compactMap { line -> String? in
            let words = line.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
            guard words.first?.hasPrefix("-") == true else { return nil }
            return words.first { $0.hasPrefix("--") }
        }.filter { $0 != "--help" }
        #expect(options.contains("--update") && options.contains("--version") && options.count >= 9, "\(options)")
        for option in options { #expect(usage.contains("[\(option)"), "\(option) is not in \(usage)") }
        #expect(help.stdout.contains("USAGE: " + usage.dropFirst("usage: ".count)), "--help shows the same line")
    }

    @Test func jsonErrorsKeepLinesAligned() throws {
        let r = try Binary.run(["--json", "-c", "stories", "-c", "show 42", "-c", "show 1"])
        #expect(r.status == 1)
        let docs = try r.json()
        #expect(docs.count == 3)
        #expect(docs[1]["error"] as? String == "no story '42'; stories are 1–5, or ids 000_…")
        #expect(docs[1]["command"] as? String == "show 42")
        #expect(docs[2]["id"] as? String == "000_1661fa5dc613d596")
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let r = try Binary.run(["--json", "--bail", "-c", "show 42", "-c", "stories"])
        #expect(r.status == 1)
        #expect(try r.json().count == 1)
    }

    @Test func commandsFromStdinWhenItIsNotATerminal() throws {
        let r = try Binary.run(["--json"], stdin: "stories\n# a comment\n\nshow 2\n")
        #expect(r.status == 0)
        #expect(try r.json().count == 2)
        #expect(!r.stdout.contains("storyshell>"), "no prompt")
    }

    @Test func scriptReplayPrintsWhatTheSessionPrinted() throws {
        let dir = temporaryFolder()
        let typed = "stories\nshow 003\nfind sorry\nset width 70\nshow 2\nhistory\nsave \(dir)/s.story\n"
        let original = try Binary.run([], stdin: typed)
        #expect(original.status == 0)
        let replay = try Binary.run(["--script", "\(dir)/s.story"])
        #expect(replay.status == 0)
        let printed = original.stdout.replacingOccurrences(of: "saved 6 commands to \(dir)/s.story\n", with: "")
        #expect(replay.stdout == printed)
        #expect(!replay.stdout.isEmpty)
    }

    @Test func scriptErrorsNameFileAndLine() throws {
        let dir = temporaryFolder()
        try "stories\nshow nine\n".write(toFile: "\(dir)/bad.story", atomically: true, encoding: .utf8)
        let r = try Binary.run(["--script", "\(dir)/bad.story", "-c", "show 1"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(dir)/bad.story:2: no story 'nine'"))
        #expect(r.stdout.contains("HE HAD EVERYTHING"), "-c runs after the script")
    }

    @Test func pathsReplaceTheSamples() throws {
        let dir = temporaryFolder()
        try "He left. Then he came back.\n".write(toFile: "\(dir)/one.txt", atomically: true, encoding: .utf8)
        let r = try Binary.run(["--json", dir, "-c", "stories"])
        let stories = try r.json()[0]["stories"] as! [[String: Any]]
        #expect(stories.map { $0["id"] as! String } == ["one"])
    }

    @Test func badFilesAreSkippedWithOneLineEach() throws {
        let dir = temporaryFolder()
        try "A fine story. He left.\n".write(toFile: "\(dir)/good.txt", atomically: true, encoding: .utf8)
        try Data([0x66, 0x6F, 0xFF, 0xFE, 0x6F]).write(to: URL(fileURLWithPath: "\(dir)/latin.txt"))
        try Data().write(to: URL(fileURLWithPath: "\(dir)/empty.txt"))
        try Data(repeating: 0, count: 100).write(to: URL(fileURLWithPath: "\(dir)/nul.txt"))
        try Data([0xFF, 0xFE] + Array("Hi. He left.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })).write(to: URL(fileURLWithPath: "\(dir)/utf16.txt"))
        try "Line one.\r\nLine two.\r\n".write(toFile: "\(dir)/crlf.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/loop", withDestinationPath: dir)
        let r = try Binary.run(["--json", dir, "-c", "stories"])
        #expect(r.status == 0)
        let ids = Set((try r.json()[0]["stories"] as! [[String: Any]]).map { $0["id"] as! String })
        #expect(ids == ["good", "utf16", "crlf"])
        let skips = r.stderr.split(separator: "\n").filter { $0.hasPrefix("skipped ") }
        #expect(skips.count == 4, "\(r.stderr)")
        #expect(r.stderr.contains("latin.txt: not valid UTF-8"))
        #expect(r.stderr.contains("empty.txt: empty file"))
        #expect(r.stderr.contains("nul.txt: binary file"))
        #expect(r.stderr.contains("symbolic link loop"))
    }
}

/// Remixes through the binary: a saved session rebuilds its spliced exports byte for byte.
@Suite struct RemixReplayTests {
    @Test func replayRebuildsSplicedExportsByteForByte() throws {
        let first = temporaryFolder(), second = temporaryFolder()
        let typed = """
            splice 002 --ending get-out
            splice 001 --ending forgive --from 000 --force
            export 002 story.twee
            export 001+forgive story.ink
            save \(first)/session.story

            """
        let original = try Binary.run([Binary.root.appendingPathComponent("samples/corpus").path], stdin: typed, cwd: first)
        #expect(original.status == 0, "\(original.stderr)")
        let replay = try Binary.run([Binary.root.appendingPathComponent("samples/corpus").path, "--script", "\(first)/session.story"], cwd: second)
        #expect(replay.status == 0, "\(replay.stderr)")
        for name in ["story.twee", "story.ink"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(name)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(second)/\(name)"))
            #expect(!a.isEmpty)
            #expect(a == b, "\(name) differs after replay")
        }
        let twee = try String(contentsOfFile: "\(second)/story.twee", encoding: .utf8)
        #expect(twee.contains("[[Tell him to go->"))
    }
}
