import Foundation
import Testing

/// Exports of remixes through the binary, with file names chosen to break out of the prose: the
/// ink a file name writes stays a comment, the Twee it writes stays plain text.
@Suite struct RemixExportEndToEndTests {
    static let fixture = Binary.root.appendingPathComponent("Tests/ShellKitTests/Fixtures/remix/r2_door_son.txt").path

    func corpus(named name: String) throws -> String {
        let dir = temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: dir + "/" + name)
        return dir
    }

    @Test func aFileNameWithNewlinesWritesNoLiveInk() throws {
        let dir = try corpus(named: "evil\n-> END\n=== pwn ===.txt")
        let out = temporaryFolder()
        let r = try Binary.run([dir, "-c", "splice 1 --ending get-out --as pwn", "-c", "splice 1 --ending forgive", "-c", "export 1 story.ink", "-c", "export pwn remix.ink"], cwd: out)
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["story.ink", "remix.ink"] {
            let ink = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            let lines = ink.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(!lines.contains("=== pwn ==="), "\(file)")
            #expect(lines[1].hasPrefix("// exported by storyshell from "), "\(file)")
            // Every `-> END` closes a knot: the line before it is prose, never the header.
            for (i, l) in lines.enumerated() where l == "-> END" { #expect(i > 3) }
            #expect(ink.contains("* [Tell him to go] -> ") && ink.contains("* [Take him back] -> "), "\(file)")
        }
    }

    @Test func aFileNameWithMarkupWritesNoMarkupInTwee() throws {
        let dir = try corpus(named: "evil><img src=x onerror=alert(9)>.txt")
        let out = temporaryFolder()
        let r = try Binary.run([dir, "-c", "splice 1 --ending forgive --title '[[Second]] chance'", "-c", "splice 1 --ending get-out", "-c", "export 1 story.twee",
                                "-c", "export 2 remix.twee", "-c", "export 1 labelled.twee --label 'forgive=<b>Let him in</b>'"], cwd: out)
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["story.twee", "remix.twee", "labelled.twee"] {
            let twee = try String(contentsOfFile: out + "/" + file, encoding: .utf8)
            #expect(!twee.contains("<img") && !twee.contains("<b>"), "\(file)")
            for line in twee.split(separator: "\n") where line.hasPrefix(":: ") { #expect(!line.contains("<") && !line.contains(">")) }
        }
        let remix = try String(contentsOfFile: out + "/remix.twee", encoding: .utf8)
        #expect(remix.hasPrefix(":: StoryTitle\n[[Second]] chance\n"))
        #expect(try String(contentsOfFile: out + "/labelled.twee", encoding: .utf8).contains("[[&#60;b&#62;Let him in&#60;/b&#62;->"))
    }
}
