import Foundation
import Testing

/// Every input the fuzzers ever found crashing, leaking or hanging (Tests/Fuzz/regressions),
/// and the command seeds, run once more through the same function as the fuzzer: the
/// `FuzzStory` and `FuzzCommand` reproducers, built beside `storyshell` without sanitizers.
/// Each input runs in its own process, so a crash fails its test rather than the whole run,
/// and one that runs past the limit counts as a hang.
@Suite struct FuzzRegressionTests {
    static let regressions = Binary.root.appendingPathComponent("Tests/Fuzz/regressions")
    static let seconds = 120.0

    static func inputs(_ folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    static func tool(_ name: String) -> String {
        URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Runs `tool` on `inputs` in one process; the exit status, or nil when it had to be killed.
    static func replay(_ tool: String, _ inputs: [String]) throws -> (status: Int32?, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = inputs
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        nonisolated(unsafe) var data = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            data = out.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let hung = p.isRunning
        if hung { p.terminate() }
        p.waitUntilExit()
        done.wait()
        let text = String(decoding: data, as: UTF8.self)
        return (hung ? nil : p.terminationStatus, String(text.suffix(2000)))
    }

    static func check(_ tool: String, _ input: String) throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.tool(tool)), "build \(tool) first (swift build)")
        let run = try replay(Self.tool(tool), [input])
        #expect(run.status != nil, "\(tool) \(input) hung (over \(Int(seconds)) s)")
        #expect(run.status == 0, "\(tool) \(input) exited \(run.status.map(String.init) ?? "-"):\n\(run.output)")
    }

    @Test("story inputs that once crashed or hung", arguments: inputs(regressions.appendingPathComponent("story")))
    func story(_ input: String) throws { try Self.check("FuzzStory", input) }

    @Test("command inputs that once crashed or hung", arguments: inputs(regressions.appendingPathComponent("command")))
    func command(_ input: String) throws { try Self.check("FuzzCommand", input) }

    @Test("the fuzz seeds run clean")
    func seeds() throws {
        let story = try Self.replay(Self.tool("FuzzStory"), [Binary.root.appendingPathComponent("Tests/StoryKitTests/Fixtures/stories").path])
        #expect(story.status == 0, "\(story.output)")
        let command = try Self.replay(Self.tool("FuzzCommand"), [Binary.root.appendingPathComponent("Tests/Fuzz/seeds/command").path])
        #expect(command.status == 0, "\(command.output)")
    }
}
