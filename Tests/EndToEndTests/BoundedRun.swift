import Foundation
import Testing

/// Runs the binary with a time limit, killing it by its pid when the limit passes, so that a
/// hang fails its test instead of stalling the suite. With `interruptAfter`, SIGINT is sent as
/// soon as stdout holds that text (waiting on output, never on a clock).
func runBounded(_ arguments: [String], seconds: Double = 30, interruptAfter marker: String? = nil,
                wrapper: [String] = []) throws -> (run: Binary.Run, elapsed: Double, sinceInterrupt: Double?) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: wrapper.first ?? Binary.path)
    p.arguments = wrapper.isEmpty ? arguments : Array(wrapper.dropFirst()) + [Binary.path] + arguments
    p.currentDirectoryURL = Binary.root
    p.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
    let out = temporaryFolder()
    FileManager.default.createFile(atPath: "\(out)/stdout", contents: nil)
    FileManager.default.createFile(atPath: "\(out)/stderr", contents: nil)
    p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(out)/stdout"))
    p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(out)/stderr"))
    p.standardInput = FileHandle.nullDevice
    let ended = DispatchSemaphore(value: 0)
    p.terminationHandler = { _ in ended.signal() }
    let started = Date()
    var interrupted: Date?
    var finished = false
    try p.run()
    while Date().timeIntervalSince(started) < seconds {
        if ended.wait(timeout: .now() + 0.01) == .success { finished = true; break }
        if let marker, interrupted == nil,
           let text = try? String(contentsOfFile: "\(out)/stdout", encoding: .utf8), text.contains(marker) {
            kill(p.processIdentifier, SIGINT)
            interrupted = Date()
        }
    }
    if !finished {
        kill(p.processIdentifier, SIGKILL)
        Issue.record("storyshell \(arguments.prefix(8)) still ran after \(seconds) s")
        ended.wait()
    }
    p.waitUntilExit()
    let run = Binary.Run(status: p.terminationStatus, stdout: try String(contentsOfFile: "\(out)/stdout", encoding: .utf8),
                         stderr: try String(contentsOfFile: "\(out)/stderr", encoding: .utf8))
    return (run, Date().timeIntervalSince(started), interrupted.map { Date().timeIntervalSince($0) })
}
