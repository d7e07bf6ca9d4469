import Foundation

/// Reads story files into documents: files named one by one or found in folders, recursively,
/// decoded in parallel. Bad input never stops a load; each file that cannot be used comes back
/// as a `Skip` with a reason a person can act on.
public struct CorpusLoader: Sendable {
    /// File name extensions that hold stories.
    public static let storyExtensions: Set<String> = ["txt", "md"]
    /// Larger files are refused rather than read: nothing scraped is a story at this size.
    public var maxFileSize = 64 * 1024 * 1024

    public init() {}

    public struct Skip: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "skipped \(path): \(reason)" }
    }

    public struct Result: Sendable {
        public var documents: [StoryDocument]
        public var skipped: [Skip]
    }

    /// Loads every story under `paths`, in path order (folders sorted by file name).
    /// `isCancelled` is polled between files so a long load can be interrupted.
    public func load(_ paths: [String], isCancelled: @Sendable () -> Bool = { false }) -> Result {
        var skipped: [Skip] = []
        var files: [String] = []
        for path in paths {
            collect(path, into: &files, skipped: &skipped, explicit: true, visited: [])
        }
        let queue = files
        let outcomes = ParallelMap.map(queue.count) { i in isCancelled() ? nil : read(queue[i]) }
        var documents: [StoryDocument] = []
        for outcome in outcomes {
            switch outcome {
            case .document(let d): documents.append(d)
            case .skip(let s): skipped.append(s)
            case nil: break  // cancelled
            }
        }
        return Result(documents: documents, skipped: skipped)
    }

    private func collect(_ path: String, into files: inout [String], skipped: inout [Skip], explicit: Bool, visited: Set<String>) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            let dangling = (try? fm.destinationOfSymbolicLink(atPath: path)) != nil
            skipped.append(Skip(path: path, reason: dangling ? "broken or looping symbolic link" : "no such file or folder"))
            return
        }
        guard isDir.boolValue else {
            let ext = (path as NSString).pathExtension.lowercased()
            if explicit || Self.storyExtensions.contains(ext) { files.append(path) }
            return
        }
        // The real path (realpath(3): absolute, every link resolved) shows a link back up the
        // tree, so it is reported once and never followed.
        let real = realpath(path, nil).map { p in defer { free(p) }; return String(cString: p) } ?? path
        if visited.contains(real) {
            skipped.append(Skip(path: path, reason: "symbolic link loop"))
            return
        }
        guard let names = try? fm.contentsOfDirectory(atPath: path) else {
            skipped.append(Skip(path: path, reason: "folder cannot be read (permission denied)"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            collect((path as NSString).appendingPathComponent(name), into: &files, skipped: &skipped, explicit: false, visited: visited.union([real]))
        }
    }

    enum Outcome: Sendable {
        case document(StoryDocument)
        case skip(Skip)
    }

    func read(_ path: String) -> Outcome {
        // stat(2) and read(2) directly: FileManager's attribute dictionary costs more than the
        // read itself when ten thousand small files load.
        var info = stat()
        if stat(path, &info) == 0, Int(info.st_size) > maxFileSize {
            return .skip(Skip(path: path, reason: "too large (\(Int(info.st_size) / 1_048_576) MB; the limit is \(maxFileSize / 1_048_576) MB)"))
        }
        guard let data = Self.readAll(path, sizeHint: Int(info.st_size)) else {
            return .skip(Skip(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))".replacingOccurrences(of: "Permission denied", with: "permission denied")))
        }
        switch TextDecoder.decode(data) {
        case .failure(let problem):
            return .skip(Skip(path: path, reason: problem.description))
        case .success(let text):
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let document = StoryDocument(id: id, file: path, text: text)
            // Clean while loading, on the loader's threads: every command needs the clean
            // text, and the later passes stay lazy.
            _ = document.clean
            return .document(document)
        }
    }
}

extension CorpusLoader {
    /// The whole file, or nil with errno set.
    static func readAll(_ path: String, sizeHint: Int) -> Data? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var data = Data(count: max(sizeHint, 0) + 1)
        var total = 0
        while true {
            if total == data.count { data.count *= 2 }
            let n = data.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            total += n
        }
        data.count = total
        return data
    }
}
