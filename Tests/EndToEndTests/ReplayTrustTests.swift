import Foundation
import Testing

/// Data and replay (issue 16): what a session writes is what it says, and a saved script
/// replays, and checks, as often as anyone likes.
@Suite(.serialized) struct ReplayTrustTests {
    static let samples = Binary.root.appendingPathComponent("samples/corpus").path

    /// A folder with two of the samples, as a user's own corpus.
    func ownCorpus(_ dir: String) throws -> String {
        let corpus = "\(dir)/mine"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.samples) where name.hasPrefix("001") || name.hasPrefix("003") {
            try FileManager.default.copyItem(atPath: "\(Self.samples)/\(name)", toPath: "\(corpus)/\(name)")
        }
        return corpus
    }

    @Test func exportJSONWritesTheStory() throws {
        let dir = temporaryFolder()
        let r = try Binary.run(["-c", "export 003 \(dir)/a.json", "-c", "export 003 \(dir)/b.data --format json"])
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["a.json", "b.data"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(name)"))
            #expect(data.count > 1000, "\(name) is \(data.count) bytes")
            let story = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            #expect(story["id"] as? String == "003_3a1f6aefeb39fc85")
            #expect((story["paragraphs"] as? [String])?.count == 46)
            #expect(story["ending"] is String)
            #expect((story["beats"] as? [[String: Any]])?.isEmpty == false)
            #expect(story["origin"] is NSNull)
        }
    }

    @Test func saveOpensWithTheLoadOfItsCorpus() throws {
        let dir = temporaryFolder()
        let corpus = try ownCorpus(dir)
        let original = try Binary.run([corpus, "-c", "stories", "-c", "save \(dir)/s.story"])
        #expect(original.status == 0, "\(original.stderr)")
        let script = try String(contentsOfFile: "\(dir)/s.story", encoding: .utf8)
        #expect(script.contains("# corpus: \(corpus)\n"))
        #expect(script.contains("\nload --replace \(corpus)\nstories\n"), "\(script)")
        // Replayed with no PATH (the samples open first), it still lists the user's two stories.
        let replay = try Binary.run(["--script", "\(dir)/s.story"])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout == "loaded 2 stories; 2 in the session\n" + original.stdout.replacingOccurrences(of: "saved 2 commands to \(dir)/s.story\n", with: ""))

        _ = try Binary.run(["-c", "stories", "-c", "save \(dir)/default.story"])
        let header = try String(contentsOfFile: "\(dir)/default.story", encoding: .utf8)
        #expect(header.contains("# corpus: samples/corpus (the bundled samples"), "\(header)")
        #expect(!header.contains("(none)"))
    }

    @Test func aScriptThatWritesFilesReplaysTwiceAndChecksWithoutWriting() throws {
        let dir = temporaryFolder(), work = temporaryFolder()
        let typed = "export 003 out.html\noutline 002 --format md -o out.md\narc 001 --format svg -o out.svg\nsave --with-output \(dir)/w.story\n"
        #expect(try Binary.run([], stdin: typed, cwd: work).status == 0)
        for round in 1...2 {
            let r = try Binary.run(["--script", "\(dir)/w.story"], cwd: work)
            #expect(r.status == 0, "replay \(round): \(r.stderr)")
        }
        let clean = temporaryFolder()
        for round in 1...2 {
            let r = try Binary.run(["--check", "\(dir)/w.story"], cwd: clean)
            #expect(r.status == 0, "check \(round): \(r.stdout) \(r.stderr)")
            #expect(r.stdout.contains("3 passed, 0 failed"), "\(r.stdout)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: clean).isEmpty, "--check wrote no file")
    }

    @Test func setBailOnStopsScriptsAndCommandLines() throws {
        let dir = temporaryFolder()
        try "set bail on\nshow 42\nstories\n".write(toFile: "\(dir)/b.story", atomically: true, encoding: .utf8)
        let script = try Binary.run(["--script", "\(dir)/b.story", "-c", "show 1"])
        #expect(script.status == 1)
        #expect(!script.stdout.contains("HE HAD EVERYTHING"), "nothing runs after the failure: \(script.stdout)")
        let commands = try Binary.run(["-c", "set bail on", "-c", "show 42", "-c", "stories"])
        #expect(commands.status == 1)
        #expect(commands.stdout == "bail on\n")
    }

    @Test func oneBadEndingTemplateDoesNotStopTheLoad() throws {
        let dir = temporaryFolder()
        try "---\nkind: forgiv\n---\nHe knocked. I let him in.\n".write(toFile: "\(dir)/bad-ending.md", atomically: true, encoding: .utf8)
        try "---\nkind: get-out\n---\n\"Get out,\" I said to {leaver}.\n".write(toFile: "\(dir)/good-ending.md", atomically: true, encoding: .utf8)
        try "He left on a Monday. He came back on a Friday, and I said GET OUT.\n".write(toFile: "\(dir)/story.txt", atomically: true, encoding: .utf8)
        let r = try Binary.run(["-c", "load \(dir)", "-c", "stories"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("loaded 1 story and 1 ending (good-ending), skipped 1; 6 in the session"), "\(r.stdout)")
        #expect(r.stderr == "skipped \(dir)/bad-ending.md: bad-ending: kind must be forgive, get-out or moved-on; got 'forgiv'\n", "\(r.stderr)")
    }

    @Test func missingFilesFailTheSameWay() throws {
        let path = try Binary.run(["/nonexistent", "-c", "stories"])
        #expect(path.status == 1)
        #expect(path.stdout.isEmpty)
        #expect(path.stderr == "storyshell: no such file or folder: /nonexistent\n")
        let script = try Binary.run(["--script", "/nonexistent.story"])
        let check = try Binary.run(["--check", "/nonexistent.story"])
        #expect(script.status == 1 && check.status == 1)
        #expect(check.stderr == "storyshell: cannot read script '/nonexistent.story': no such file\n")
        #expect(script.stderr == check.stderr)
    }

    @Test func windowsLineEndsReplayAndCheck() throws {
        let dir = temporaryFolder()
        #expect(try Binary.run(["-c", "set width 80", "-c", "endings", "-c", "save --with-output \(dir)/unix.story"]).status == 0)
        let unix = try String(contentsOfFile: "\(dir)/unix.story", encoding: .utf8)
        try unix.replacingOccurrences(of: "\n", with: "\r\n").write(toFile: "\(dir)/dos.story", atomically: true, encoding: .utf8)
        let replay = try Binary.run(["--script", "\(dir)/dos.story"])
        #expect(replay.status == 0)
        #expect(replay.stdout.hasPrefix("width 80\n") && replay.stdout.contains("get-out"), "\(replay.stdout)")
        let check = try Binary.run(["--check", "\(dir)/dos.story"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("2 passed, 0 failed"), "\(check.stdout)")
    }

    @Test func aLineBreakInsideAWordNeverBecomesACommand() throws {
        let dir = temporaryFolder()
        let hostile = "find \"x\nexport 1 pwn.txt\n#\""
        let typed = try Binary.run(["-c", hostile, "-c", "save \(dir)/s.story", "-c", "export session \(dir)/t.md"], cwd: dir)
        #expect(typed.status == 0, "\(typed.stderr)")
        let script = try String(contentsOfFile: "\(dir)/s.story", encoding: .utf8)
        #expect(script.contains(#"find "x\nexport 1 pwn.txt\n#""#), "\(script)")
        let replay = try Binary.run(["--script", "\(dir)/s.story"], cwd: dir)
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.contains("no matches for 'x\nexport 1 pwn.txt\n#'"))
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/pwn.txt"))
        let transcript = try String(contentsOfFile: "\(dir)/t.md", encoding: .utf8)
        #expect(transcript.contains("## `find \"x\\nexport 1 pwn.txt\\n#\"`\n"), "the heading stays one line: \(transcript)")
    }

    @Test func twoSessionsRecordingToOneFileKeepEveryLine() throws {
        let dir = temporaryFolder()
        func session(_ tag: Int) throws -> Process {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Binary.path)
            p.currentDirectoryURL = Binary.root
            let input = Pipe()
            p.standardInput = input
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            let lines = ["record \(dir)/r.story"] + (0..<30).map { "set width \(100 + tag * 100 + $0)" }
            input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            try input.fileHandleForWriting.close()
            return p
        }
        let a = try session(1), b = try session(2)
        a.waitUntilExit()
        b.waitUntilExit()
        let recorded = try String(contentsOfFile: "\(dir)/r.story", encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("set width") }
        #expect(recorded.count == 60, "\(recorded)")
        #expect(Set(recorded).count == 60)
    }

    @Test func replacingAFileKeepsItsPermissions() throws {
        let dir = temporaryFolder()
        for path in ["\(dir)/s.story", "\(dir)/x.txt"] {
            FileManager.default.createFile(atPath: path, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o600])
        }
        let r = try Binary.run(["-c", "stories", "-c", "save --force \(dir)/s.story", "-c", "export 003 \(dir)/x.txt --force"])
        #expect(r.status == 0, "\(r.stderr)")
        for path in ["\(dir)/s.story", "\(dir)/x.txt"] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(path): \(String(mode ?? 0, radix: 8))")
            #expect(try String(contentsOfFile: path, encoding: .utf8) != "old\n")
        }
    }

    @Test func aKilledSaveLeavesNoLitterForLong() throws {
        let dir = temporaryFolder()
        // The temporary file of a save whose process is gone (kill -9 mid-write).
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = "\(dir)/.s.story.\(gone.processIdentifier).tmp"
        FileManager.default.createFile(atPath: stale, contents: Data("# half a scr".utf8))
        #expect(try Binary.run(["-c", "stories", "-c", "save \(dir)/s.story"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.story"])
    }

    @Test func recordOnAFullDiskLeavesNoEmptyFile() throws {
        let mount = temporaryFolder()
        let ok = try Binary.run(["/bin/mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", mount], direct: true)
        try #require(ok.status == 0, "mounting a tmpfs needs root, as on CI: \(ok.stderr)")
        defer { _ = try? Binary.run(["/bin/umount", mount], direct: true) }
        FileManager.default.createFile(atPath: "\(mount)/filler", contents: Data(repeating: 65, count: 16 * 1024))
        let r = try Binary.run(["-c", "record \(mount)/r.story", "-c", "show 1"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot record to '\(mount)/r.story'"), "\(r.stderr)")
        #expect(r.stdout.contains("HE HAD EVERYTHING"), "the session goes on")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount) == ["filler"])
    }

    @Test func lostOutputFailsTheRun() throws {
        let full = try Binary.run(["/bin/sh", "-c", "exec \"$0\" -c stories >/dev/full", Binary.path], direct: true)
        #expect(full.status == 1)
        #expect(full.stderr.contains("cannot write the output: No space left on device"), "\(full.stderr)")
        let closed = try Binary.run(["/bin/sh", "-c", "exec \"$0\" -c stories >&-", Binary.path], direct: true)
        #expect(closed.status == 1)
        #expect(closed.stderr.contains("cannot write the output: stdout is closed"), "\(closed.stderr)")
    }
}
