import Foundation

/// Writes that never leave a half-written file and never clobber one by surprise.
public enum AtomicFile {
    /// Writes `text` to `path` through a temporary file in the same folder and a rename, so a
    /// reader sees the old file or the new one, never a torn one. Refuses to replace an
    /// existing file unless `force` is set; a replaced file keeps its permissions (a private
    /// 600 script stays private).
    public static func write(_ text: String, to path: String, force: Bool) throws {
        let fm = FileManager.default
        var old = stat()
        let exists = stat(path, &old) == 0
        if exists, !force {
            throw ShellError("'\(path)' exists; add --force to replace it")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw ShellError("cannot write '\(path)': folder '\(folder)' does not exist")
        }
        removeStaleTemporaries(of: url)
        let temp = (folder as NSString).appendingPathComponent("\(temporaryPrefix(of: url))\(getpid()).tmp")
        // 0666 less the umask, as any new file; the old file's own mode when replacing one.
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard fd >= 0 else {
            throw ShellError("cannot write '\(path)': \(errnoDescription(folder: folder))")
        }
        var failure: String?
        if exists, old.st_mode & S_IFMT == S_IFREG {
            _ = fchmod(fd, old.st_mode & 0o7777)
        }
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count, failure == nil {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
            } else {
                offset += n
            }
        }
        bytes = []
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temp)
            throw ShellError("cannot write '\(path)': \(failure) (the old file, if any, is unchanged)")
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw ShellError("cannot write '\(path)': \(reason)")
        }
    }

    /// `.NAME.` — the temporary files of a write to NAME are `.NAME.PID.tmp`.
    static func temporaryPrefix(of url: URL) -> String { ".\(url.lastPathComponent)." }

    /// Temporary files a killed storyshell left beside `url` (`.NAME.PID.tmp` whose process is
    /// gone): a later write to the same file clears them, so a crash costs no litter.
    static func removeStaleTemporaries(of url: URL) {
        let folder = url.deletingLastPathComponent().path
        let prefix = temporaryPrefix(of: url)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(4)
            guard let pid = Int32(middle), pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH {
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }

    private static func errnoDescription(folder: String) -> String {
        let reason = String(cString: strerror(errno))
        if !FileManager.default.isWritableFile(atPath: folder) { return "folder '\(folder)' is not writable" }
        return reason
    }
}

/// A file that grows one line at a time, flushed to disk after each, so a killed session
/// keeps every line it finished (`record`). Opened with O_APPEND: each line is one write(2)
/// at the end of the file as it is then, so two sessions recording to one file interleave
/// whole lines and lose none.
public final class AppendLog {
    public let path: String
    private let fd: Int32

    public init(path: String, header: String) throws {
        self.path = path
        // O_EXCL tells a file made now from one that was there, with no race between the two.
        // O_NONBLOCK: a FIFO in the way is refused at once instead of waiting for a reader.
        var fresh = true
        var fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0, errno == EEXIST {
            fresh = false
            fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NONBLOCK)
        }
        guard fd >= 0 else {
            let reason = errno == EACCES ? "permission denied" : errno == ENXIO ? "not a regular file" : String(cString: strerror(errno))
            throw ShellError("cannot record to '\(path)': \(reason)")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw ShellError("cannot record to '\(path)': not a regular file")
        }
        self.fd = fd
        if fresh {
            do {
                try append(header, newline: false)
            } catch {
                // A full disk must not leave an empty script behind.
                close(fd)
                unlink(path)
                throw error
            }
        }
    }

    public func append(_ line: String, newline: Bool = true) throws {
        let bytes = Array((newline ? line + "\n" : line).utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ShellError("cannot record to '\(path)': \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        if fsync(fd) != 0 {
            throw ShellError("cannot record to '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(fd) }
}
