import Foundation
import Testing

/// Work that must stay bounded and stoppable (issue 16): long stories, long queries, deep or
/// tangled folders, long command lines, and Ctrl-C in a batch run.
@Suite(.serialized) struct BoundedWorkTests {
    /// Two long stories of `count` paragraphs that share their words but not their order.
    func longStories(_ count: Int) throws -> String {
        let dir = temporaryFolder()
        let words = "he she left came back door rain kitchen night morning said forgive out moved on coffee letter phone car house".split(separator: " ")
        for (name, seed) in [("long-a", 3), ("long-b", 5)] {
            var state = UInt64(seed)
            var text = ""
            for i in 0..<count {
                var line: [Substring] = []
                for _ in 0..<8 {
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    line.append(words[Int(state >> 33) % words.count])
                }
                text += line.joined(separator: " ") + " \(name)\(i).\n\n"
            }
            try text.write(toFile: "\(dir)/\(name).txt", atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func compareOfTwoLongStoriesStaysSmall() throws {
        let dir = try longStories(5000)
        let (r, _, _) = try runBounded(["--json", dir, "-c", "compare long-a long-b"], seconds: 120, wrapper: ["/usr/bin/time", "-f", "maxrss=%M"])
        #expect(r.status == 0, "\(r.stderr)")
        let kilobytes = r.stderr.split(separator: "\n").compactMap { $0.hasPrefix("maxrss=") ? Int($0.dropFirst(7)) : nil }.first ?? .max
        #expect(kilobytes < 200_000, "peak memory \(kilobytes) KB")
        let result = try #require(try r.json().first)
        #expect((result["rows"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func ctrlCStopsACompareAndTheRun() throws {
        let dir = try longStories(5000)
        let (r, _, since) = try runBounded([dir, "-c", "set width 80", "-c", "compare long-a long-b", "-c", "stories"], seconds: 120, interruptAfter: "width 80")
        #expect(r.status == 130, "\(r.stderr)")
        #expect(try #require(since) < 1.5, "stopped within moments of Ctrl-C")
        #expect(r.stderr.contains("error: compare interrupted"), "\(r.stderr)")
        #expect(r.stderr.contains("storyshell: interrupted; the commands after it did not run"))
        #expect(!r.stdout.contains("long-a ↔ long-b") && !r.stdout.contains("words"), "\(r.stdout)")
    }

    @Test func ctrlCStopsAPathologicalPattern() throws {
        let dir = temporaryFolder()
        try (String(repeating: "a", count: 40) + "b\n").write(toFile: "\(dir)/r.txt", atomically: true, encoding: .utf8)
        let (r, _, since) = try runBounded([dir, "-c", "set width 80", "-c", "find --regex \"(a+)+$\"", "-c", "stories"], seconds: 60, interruptAfter: "width 80")
        #expect(r.status == 130, "\(r.stderr)")
        #expect(try #require(since) < 3)
        #expect(r.stderr.contains("error: find interrupted"), "\(r.stderr)")
    }

    @Test func aLongQueryIsNotQuadratic() throws {
        let query = Array(repeating: "a", count: 8000).joined(separator: " ")
        let (r, elapsed, _) = try runBounded(["--json", "-c", "find \(query)"], seconds: 60)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(elapsed < 5, "\(elapsed) s")
        #expect(try r.json().first?["total"] as? Int == 0)
    }

    @Test func deepFoldersLoadInLinearTime() throws {
        let root = temporaryFolder()
        var path = root
        for level in 0..<1000 {
            path += "/d"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            if level % 100 == 99 { try "He left. At level \(level) he came back.\n".write(toFile: "\(path)/s\(level).txt", atomically: true, encoding: .utf8) }
        }
        let (r, elapsed, _) = try runBounded(["--json", root, "-c", "stories"], seconds: 60)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(elapsed < 10, "\(elapsed) s")
        #expect((try r.json().first?["stories"] as? [[String: Any]])?.count == 10)
    }

    @Test func twoLinksPerLevelReadEachFolderOnce() throws {
        let root = temporaryFolder()
        for level in 0..<30 {
            let dir = "\(root)/level\(level)"
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try "He left at level \(level). He came back.\n".write(toFile: "\(dir)/story\(level).txt", atomically: true, encoding: .utf8)
            if level > 0 {
                for link in ["a", "b"] {
                    try FileManager.default.createSymbolicLink(atPath: "\(root)/level\(level - 1)/\(link)", withDestinationPath: dir)
                }
            }
        }
        let (r, elapsed, _) = try runBounded(["--json", "\(root)/level0", "-c", "stories"], seconds: 60)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(elapsed < 10, "\(elapsed) s")
        let ids = (try r.json().first?["stories"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids.count == 30 && Set(ids).count == 30, "\(ids.count) stories")
    }

    @Test func fiveThousandCommandsStartAtOnce() throws {
        var arguments: [String] = []
        for _ in 0..<5000 { arguments += ["-c", "quit"] }
        let (r, elapsed, _) = try runBounded(["--version"] + arguments, seconds: 60)
        #expect(r.status == 0)
        #expect(elapsed < 2, "\(elapsed) s just to read the command line")
        let (batch, _, _) = try runBounded(["-c", "set width 81"] + Array(repeating: ["-c", "set pager off"], count: 5000).flatMap { $0 } + ["-c", "set width 82"], seconds: 120)
        #expect(batch.status == 0)
        #expect(batch.stdout.hasPrefix("width 81\npager off\n") && batch.stdout.hasSuffix("pager off\nwidth 82\n"))
    }
}
