import Foundation

/// Writes that never leave a half-written file and never clobber one by surprise.
public enum AtomicFile {
    /// Writes `text` to `path` through a temporary file in the same folder and a rename, so a
    /// reader sees the old file or the new one, never a torn one. Refuses to replace an
    /// existing file unless `force` is set.
    public static func write(_ text: String, to path: String, force: Bool) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: path), !force {
            throw ShellError("'\(path)' exists; add --force to replace it")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw ShellError("cannot write '\(path)': folder '\(folder)' does not exist")
        }
        let temp = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let data = Data(text.utf8)
        guard fm.createFile(atPath: temp, contents: nil) else {
            throw ShellError("cannot write '\(path)': \(errnoDescription(folder: folder))")
        }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temp))
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            try? fm.removeItem(atPath: temp)
            throw ShellError("cannot write '\(path)': \(error.localizedDescription) (the old file, if any, is unchanged)")
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(atPath: temp)
            throw ShellError("cannot write '\(path)': \(reason)")
        }
    }

    private static func errnoDescription(folder: String) -> String {
        if !FileManager.default.isWritableFile(atPath: folder) { return "folder '\(folder)' is not writable" }
        return String(cString: strerror(errno))
    }
}

/// A file that grows one line at a time, flushed to disk after each, so a killed session
/// keeps every line it finished (`record`).
public final class AppendLog {
    public let path: String
    private let handle: FileHandle

    public init(path: String, header: String) throws {
        self.path = path
        let fm = FileManager.default
        let fresh = !fm.fileExists(atPath: path)
        if fresh, !fm.createFile(atPath: path, contents: nil) {
            throw ShellError("cannot record to '\(path)': cannot create it")
        }
        guard let h = FileHandle(forWritingAtPath: path) else {
            throw ShellError("cannot record to '\(path)': permission denied")
        }
        handle = h
        handle.seekToEndOfFile()
        if fresh { try append(header, newline: false) }
    }

    public func append(_ line: String, newline: Bool = true) throws {
        do {
            try handle.write(contentsOf: Data((newline ? line + "\n" : line).utf8))
            try handle.synchronize()
        } catch {
            throw ShellError("cannot record to '\(path)': \(error.localizedDescription)")
        }
    }

    deinit { try? handle.close() }
}
