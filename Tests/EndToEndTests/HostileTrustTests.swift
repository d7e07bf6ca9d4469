import Foundation
import Testing

/// Hostile input (issue 16): files that are not files, names and texts that carry escape
/// sequences or HTML, and pages that must stay well formed.
@Suite(.serialized) struct HostileTrustTests {
    @Test func aFIFOAndADeviceAreSkippedNotRead() throws {
        let dir = temporaryFolder()
        try "He left. He came back, and I said GET OUT.\n".write(toFile: "\(dir)/good.txt", atomically: true, encoding: .utf8)
        #expect(mkfifo("\(dir)/story.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/zero.txt", withDestinationPath: "/dev/zero")
        let (r, elapsed, _) = try runBounded(["--json", dir, "-c", "stories", "-c", "load \(dir)/story.txt", "-c", "source \(dir)/story.txt"])
        #expect(elapsed < 20)
        #expect(try r.json()[0]["stories"].map { ($0 as! [[String: Any]]).map { $0["id"] as! String } } == ["good"])
        #expect(r.stderr.contains("skipped \(dir)/story.txt: not a regular file (a FIFO)"), "\(r.stderr)")
        #expect(r.stderr.contains("skipped \(dir)/zero.txt: not a regular file (a device)"), "\(r.stderr)")
        #expect(r.stderr.contains("error: cannot read script '\(dir)/story.txt': not a regular file (a FIFO)"), "\(r.stderr)")
    }

    @Test func recordingIntoAFIFOIsRefusedAtOnce() throws {
        let dir = temporaryFolder()
        #expect(mkfifo("\(dir)/r.story", 0o644) == 0)
        let (r, elapsed, _) = try runBounded(["-c", "record \(dir)/r.story", "-c", "endings"])
        #expect(elapsed < 20)
        #expect(r.status == 1)
        #expect(r.stderr == "error: cannot record to '\(dir)/r.story': not a regular file\n", "\(r.stderr)")
        #expect(r.stdout.contains("forgive ("), "the session goes on")
    }

    @Test func escapeSequencesNeverReachTheTerminal() throws {
        let dir = temporaryFolder()
        let esc = "\u{1B}"
        try "A title\n\nHe left.\(esc)]0;PWNED\u{07} He came back.\(esc)[2J I said GET OUT.\n"
            .write(toFile: "\(dir)/retitle\(esc)]0;owned\u{07}.txt", atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: "\(dir)/clear\(esc)[2J\(esc)[H.txt", contents: Data())
        let r = try Binary.run([dir, "-c", "stories", "-c", "show 1 --raw", "-c", "show 1", "-c", "show \(esc)[31m"])
        #expect(r.stdout.contains("retitle?]0;owned?"), "\(r.stdout)")
        #expect(r.stderr.contains("skipped \(dir)/clear?[2J?[H.txt: empty file"), "\(r.stderr)")
        #expect(!r.stdout.contains(esc) && !r.stdout.contains("\u{07}"), "\(r.stdout.debugDescription)")
        #expect(!r.stderr.contains(esc) && !r.stderr.contains("\u{07}"), "\(r.stderr.debugDescription)")
    }

    @Test func markdownExportsShowHTMLAsText() throws {
        let dir = temporaryFolder()
        try """
            When he left <script>alert(1)</script> I cried.

            He came back <img src=x onerror=alert(2)> and knocked.

            <iframe src=javascript:alert(3)></iframe> I said GET OUT & shut the door.

            """.write(toFile: "\(dir)/html.txt", atomically: true, encoding: .utf8)
        let r = try Binary.run([dir, "-c", "export html \(dir)/story.md", "-c", "outline html --format md -o \(dir)/outline.md"])
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["story.md", "outline.md"] {
            let md = try String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)
            for tag in ["<script", "<img", "<iframe"] { #expect(!md.contains(tag), "\(name): \(md)") }
        }
        let story = try String(contentsOfFile: "\(dir)/story.md", encoding: .utf8)
        #expect(story.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(story.contains("GET OUT &amp; shut"))
    }

    @Test func theSessionPageHasNoOptionalsAndCleanAttributes() throws {
        let dir = temporaryFolder()
        let r = try Binary.run(["-c", "stories", "-c", "outline all", "-c", "export session \(dir)/s.html"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: "\(dir)/s.html", encoding: .utf8)
        #expect(!html.contains("Optional("))
        #expect(html.contains("<span class=\"ending forgive\">forgive</span>"))
        let classes = html.components(separatedBy: "class=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!classes.isEmpty)
        #expect(classes.allSatisfy { $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == " " } }, "\(classes)")
    }
}
