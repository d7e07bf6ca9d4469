import Foundation
import Testing

/// Whatever people scrape or paste: each bad file is one clear line, the rest loads, and
/// nothing crashes or hangs. The small hostile files live in Tests/EndToEndTests/Hostile;
/// the ones git cannot hold (a loop, an unreadable file, 50 MB) are made here.
@Suite(.serialized) struct HostileInputTests {
    static let hostile = Binary.root.appendingPathComponent("Tests/EndToEndTests/Hostile").path

    @Test func hostileCorpusLoadsWhatItCanAndSaysWhatItSkipped() throws {
        let dir = temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.hostile) {
            try FileManager.default.copyItem(atPath: "\(Self.hostile)/\(name)", toPath: "\(dir)/\(name)")
        }
        try FileManager.default.createDirectory(atPath: "\(dir)/nested", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/nested/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/dangling.txt", withDestinationPath: "\(dir)/nowhere.txt")
        // 50 MB of story in one file: it loads, and a search over it answers.
        let paragraph = String(repeating: "He walked out and I rebuilt my life, one slow morning at a time. ", count: 40) + "\n"
        let handle = FileManager.default.createFile(atPath: "\(dir)/fifty-megabytes.txt", contents: nil)
        #expect(handle)
        let big = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(dir)/fifty-megabytes.txt"))
        let chunk = Data(String(repeating: paragraph, count: 200).utf8)
        while try big.offset() < 50_000_000 { try big.write(contentsOf: chunk) }
        try big.close()

        let started = Date()
        let r = try Binary.run(["--json", dir, "-c", "stories", "-c", "find 'never breaks' --limit 1", "-c", "show crlf",
                                "-c", "characters all", "-c", "outline fifty-megabytes"])
        #expect(Date().timeIntervalSince(started) < 120, "no hang")
        #expect(r.status == 1, "only the outline of the 50 MB story fails")
        let docs = try r.json()
        let rows = docs[0]["stories"] as! [[String: Any]]
        #expect(rows.first { $0["id"] as? String == "fifty-megabytes" }?["ending"] is NSNull)
        #expect((docs[3]["skipped"] as? [String]) == ["fifty-megabytes"])
        #expect((docs[4]["error"] as? String)?.hasPrefix("fifty-megabytes is too long to analyse (") == true)
        let ids = Set((docs[0]["stories"] as! [[String: Any]]).map { $0["id"] as! String })
        #expect(ids == ["utf16-le-bom", "utf16-be-bom", "crlf", "lone-cr", "name with spaces and ünïcödé — ok", "five-thousand-lines", "fifty-megabytes"])
        let skips = r.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("error: ") }
        #expect(skips.allSatisfy { $0.hasPrefix("skipped ") }, "\(skips)")
        #expect(skips.count == 5, "\(skips)")
        #expect(skips.contains { $0.hasSuffix("invalid-utf8.txt: not valid UTF-8 (bad byte at offset 16)") })
        #expect(skips.contains { $0.hasSuffix("nul-filled.txt: binary file (it contains NUL bytes)") })
        #expect(skips.contains { $0.hasSuffix("empty.txt: empty file") })
        #expect(skips.contains { $0.hasSuffix("nested/loop: symbolic link loop") })
        #expect(skips.contains { $0.hasSuffix("dangling.txt: broken or looping symbolic link") })
        #expect((docs[1]["total"] as? Int ?? 0) == 5000)
        #expect((docs[2]["paragraphs"] as! [String]) == ["He left on a Tuesday. Then he came back, and I said GET OUT."])
        #expect(((docs[2]["repairs"] as! [String: Any])["line_ends"] as! Int) == 3)
    }

    @Test func unreadableFileIsSkippedWithAReason() throws {
        let dir = temporaryFolder()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir)
        try "He left. He came back.\n".write(toFile: "\(dir)/ok.txt", atomically: true, encoding: .utf8)
        try "Secret.\n".write(toFile: "\(dir)/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: "\(dir)/ok.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: "\(dir)/secret.txt")
        // Root reads anything, so run as nobody when we are root.
        let r = getuid() == 0
            ? try Binary.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", Binary.path, "--json", dir, "-c", "stories"], direct: true)
            : try Binary.run(["--json", dir, "-c", "stories"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("skipped \(dir)/secret.txt: cannot be read (permission denied)"), "\(r.stderr)")
        #expect((try r.json()[0]["stories"] as! [[String: Any]]).count == 1)
    }
}
