import Foundation
import Testing

/// Untrusted scripts (`--safe`, `source --safe`) and writes that fail: nothing is clobbered,
/// nothing half-written, and the message says what happened.
@Suite(.serialized) struct SafetyTests {
    func untrustedScript(in dir: String) throws -> String {
        let path = "\(dir)/shared-by-a-student.story"
        try """
        stories
        save \(dir)/stolen.story
        export 003 \(dir)/page.html
        record \(dir)/log.story
        outline 003 --format md -o \(dir)/handout.md
        load /etc
        source /etc/hostname
        show 003
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func safeModeOnlyReadsAndPrints() throws {
        let dir = temporaryFolder()
        let script = try untrustedScript(in: dir)
        let r = try Binary.run(["--safe", "--script", script])
        #expect(r.status == 1)
        let errors = r.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 6, "\(errors)")
        #expect(errors[0] == "error: \(script):2: save writes files, which --safe does not allow")
        #expect(errors[1] == "error: \(script):3: export writes files, which --safe does not allow")
        #expect(errors[2] == "error: \(script):4: record writes files, which --safe does not allow")
        #expect(errors[3] == "error: \(script):5: writing '\(dir)/handout.md' is not allowed under --safe")
        #expect(errors[4] == "error: \(script):6: load: '/etc' is outside the paths --safe allows")
        #expect(errors[5] == "error: \(script):7: source: '/etc/hostname' is outside the paths --safe allows")
        #expect(r.stdout.contains("The sound of the key turning"), "reading and printing still work")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["shared-by-a-student.story"])
    }

    @Test func sourceSafeGuardsOnlyTheScript() throws {
        let dir = temporaryFolder()
        let script = try untrustedScript(in: dir)
        let r = try Binary.run([], stdin: "source --safe \(script)\nsave \(dir)/mine.story\n")
        #expect(r.stderr.contains("save writes files, which source --safe does not allow"))
        #expect(r.stderr.contains("source: 6 of 8 commands in \(script) failed"))
        #expect(FileManager.default.fileExists(atPath: "\(dir)/mine.story"), "the user's own save works after it")
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/stolen.story"))
    }

    /// A tmpfs of a few kilobytes: a full disk and a read-only folder, for real.
    func withTinyDisk(_ body: (String) throws -> Void) throws {
        let mount = temporaryFolder()
        let ok = try Binary.run(["/bin/mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount], direct: true)
        try #require(ok.status == 0, "mounting a tmpfs needs root, as on CI: \(ok.stderr)")
        defer { _ = try? Binary.run(["/bin/umount", mount], direct: true) }
        try body(mount)
    }

    @Test func fullDiskLeavesTheOldFileIntact() throws {
        try withTinyDisk { disk in
            let first = try Binary.run(["-c", "stories", "-c", "save \(disk)/s.story"])
            #expect(first.status == 0, "\(first.stderr)")
            let before = try String(contentsOfFile: "\(disk)/s.story", encoding: .utf8)
            // Fill the disk, then try to replace the script with a larger one.
            let filler = FileManager.default.createFile(atPath: "\(disk)/filler", contents: Data(repeating: 65, count: 60_000))
            _ = filler
            var commands: [String] = []
            for i in 0..<300 { commands += ["-c", "find word\(i)"] }
            let r = try Binary.run(commands + ["-c", "save --force \(disk)/s.story"])
            #expect(r.status == 1)
            #expect(r.stderr.contains("cannot write '\(disk)/s.story'"), "\(r.stderr)")
            #expect(r.stderr.contains("No space left on device") || r.stderr.contains("the old file, if any, is unchanged"), "\(r.stderr)")
            #expect(try String(contentsOfFile: "\(disk)/s.story", encoding: .utf8) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk).sorted() == ["filler", "s.story"], "no temporary file left behind")
        }
    }

    @Test func readOnlyFolderGivesAClearError() throws {
        try withTinyDisk { disk in
            #expect(try Binary.run(["-c", "stories", "-c", "save \(disk)/s.story"]).status == 0)
            let remount = try Binary.run(["/bin/mount", "-o", "remount,ro", disk], direct: true)
            try #require(remount.status == 0, "\(remount.stderr)")
            let r = try Binary.run(["-c", "show 1", "-c", "save --force \(disk)/s.story", "-c", "export 003 \(disk)/x.html", "-c", "record \(disk)/r.story"])
            #expect(r.status == 1)
            let errors = r.stderr.split(separator: "\n")
            #expect(errors.count == 3, "\(errors)")
            #expect(errors.allSatisfy { $0.contains("Read-only file system") || $0.contains("not writable") || $0.contains("cannot") }, "\(errors)")
            #expect(r.stdout.contains("HE HAD EVERYTHING"), "the session goes on")
        }
    }

    @Test func recordSurvivesAKilledSession() throws {
        let dir = temporaryFolder()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Binary.path)
        p.currentDirectoryURL = Binary.root
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        input.fileHandleForWriting.write(Data("record \(dir)/r.story\nstories\nshow 2\n".utf8))
        // Wait until both commands have printed, then kill without warning.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("My husband walked out") {
            seen += output.fileHandleForReading.availableData
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let text = try String(contentsOfFile: "\(dir)/r.story", encoding: .utf8)
        #expect(text.hasSuffix("\nstories\nshow 2\n"))
    }
}
