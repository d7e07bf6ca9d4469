import Foundation
import Testing

/// `--safe` and `source --safe` (issue 16): the real path decides, never its spelling, and an
/// untrusted script leaves nothing of itself in the user's files.
@Suite(.serialized) struct SafeModeTrustTests {
    /// `sc/` (the allowed corpus, with a story) and, outside it, a secret file and a folder
    /// of secret stories; `sc/leak.txt`, `sc/etcdir` and `sc/secretdir` link out.
    func layout() throws -> (root: String, sc: String) {
        let root = temporaryFolder()
        let fm = FileManager.default
        try fm.createDirectory(atPath: "\(root)/sc", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: "\(root)/outside/dir", withIntermediateDirectories: true)
        try "He left. He came back. I said GET OUT.\n".write(toFile: "\(root)/sc/mine.txt", atomically: true, encoding: .utf8)
        try "TOP SECRET password hunter2.\n".write(toFile: "\(root)/outside/secret.txt", atomically: true, encoding: .utf8)
        try "SECRET STORY. He left and never came back.\n".write(toFile: "\(root)/outside/dir/hidden.txt", atomically: true, encoding: .utf8)
        try "show 1\n".write(toFile: "\(root)/outside/secret.story", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: "\(root)/sc/leak.txt", withDestinationPath: "\(root)/outside/secret.txt")
        try fm.createSymbolicLink(atPath: "\(root)/sc/etcdir", withDestinationPath: "\(root)/outside/dir")
        try fm.createSymbolicLink(atPath: "\(root)/sc/secretdir", withDestinationPath: "\(root)/outside/dir")
        return (root, "\(root)/sc")
    }

    @Test func linksInsideAPathAreNotFollowedOutOfIt() throws {
        let (_, sc) = try layout()
        let r = try Binary.run(["--safe", sc, "-c", "show leak", "-c", "stories", "-c", "load \(sc)/etcdir"])
        #expect(!r.stdout.contains("SECRET"), "\(r.stdout)")
        #expect(r.stderr.contains("skipped \(sc)/leak.txt: outside the paths --safe allows"), "\(r.stderr)")
        #expect(r.stderr.contains("skipped \(sc)/etcdir: outside the paths --safe allows"), "\(r.stderr)")
        #expect(r.stderr.contains("error: no story 'leak'"))
        #expect(r.stderr.contains("error: load: '\(sc)/etcdir' is outside the paths --safe allows"), "\(r.stderr)")
        #expect(r.status == 1)
        // Without --safe the same links are the user's own business, and they load.
        let trusted = try Binary.run([sc, "-c", "show leak"])
        #expect(trusted.stdout.contains("TOP SECRET"))
    }

    @Test func dotDotAfterALinkIsResolvedBeforeTheCheck() throws {
        let (_, sc) = try layout()
        let escape = "\(sc)/secretdir/../secret"
        let r = try Binary.run(["--safe", sc, "-c", "load \(escape).txt", "-c", "source \(escape).story", "-c", "lesson \(escape).story"])
        #expect(r.status == 1)
        #expect(!r.stdout.contains("SECRET"), "\(r.stdout)")
        let errors = r.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("error: ") }
        #expect(errors == [
            "error: load: '\(escape).txt' is outside the paths --safe allows",
            "error: source: '\(escape).story' is outside the paths --safe allows",
            "error: lesson: '\(escape).story' is outside the paths --safe allows",
        ], "\(errors)")
    }

    @Test func safeCheckUpdateIsRefused() throws {
        let dir = temporaryFolder()
        let script = "stories\n#=> nothing like this\n"
        try script.write(toFile: "\(dir)/c.story", atomically: true, encoding: .utf8)
        let r = try Binary.run(["--safe", "--check", "\(dir)/c.story", "--update"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--safe does not allow"), "\(r.stderr)")
        #expect(try String(contentsOfFile: "\(dir)/c.story", encoding: .utf8) == script)
    }

    @Test func anUntrustedScriptLeavesNoLinesInTheRecording() throws {
        let dir = temporaryFolder()
        try "stories\nfind UNTRUSTED-MARK\n".write(toFile: "\(dir)/theirs.story", atomically: true, encoding: .utf8)
        let r = try Binary.run([], stdin: "record \(dir)/mine.story\nshow 1\nsource --safe \(dir)/theirs.story\nendings\nsave \(dir)/saved.story\n")
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["mine.story", "saved.story"] {
            let text = try String(contentsOfFile: "\(dir)/\(file)", encoding: .utf8)
            #expect(!text.contains("UNTRUSTED-MARK"), "\(file): \(text)")
            #expect(text.hasSuffix("show 1\nsource --safe \(dir)/theirs.story\nendings\n"), "\(file): \(text)")
        }
    }

    @Test func aScriptCannotSourceItselfUnderAnotherSpelling() throws {
        let dir = temporaryFolder()
        try "endings\nsource ././x.story\n".write(toFile: "\(dir)/x.story", atomically: true, encoding: .utf8)
        let r = try Binary.run(["--script", "./x.story"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout.components(separatedBy: "forgive (").count == 2, "endings ran once: \(r.stdout)")
        #expect(r.stderr == "error: ./x.story:2: source: '././x.story' is already being replayed (a script cannot source itself)\n", "\(r.stderr)")
    }
}
