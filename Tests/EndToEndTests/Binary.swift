import Foundation

/// Runs the built `storyshell` (STORYSHELL_BIN, or .build/debug/storyshell) and captures it.
struct Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let path = ProcessInfo.processInfo.environment["STORYSHELL_BIN"] ?? root.appendingPathComponent(".build/debug/storyshell").path

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
        func json() throws -> [[String: Any]] {
            try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        }
    }

    /// Runs with `arguments` from the package root, feeding `stdin` (not a terminal).
    /// With `direct`, `arguments[0]` is the program to run (e.g. setpriv wrapping storyshell).
    static func run(_ arguments: [String], stdin: String = "", cwd: String? = nil, env: [String: String] = [:], direct: Bool = false) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: direct ? arguments[0] : path)
        p.arguments = direct ? Array(arguments.dropFirst()) : arguments
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? root.path)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["STORYSHELLRC"] = ""  // the tester's own ~/.storyshellrc must not change what the tests see
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "storyshell-e2e-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
