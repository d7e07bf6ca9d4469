import Foundation

/// Reads story files into documents: files named one by one or found in folders, recursively,
/// decoded in parallel. Bad input never stops a load; each file that cannot be used comes back
/// as a `Skip` with a reason a person can act on.
public struct CorpusLoader: Sendable {
    /// File name extensions that hold stories.
    public static let storyExtensions: Set<String> = ["txt", "md"]
    /// Larger files are refused rather than read: nothing scraped is a story at this size.
    public var maxFileSize = 64 * 1024 * 1024
    /// Real paths (no links, no `..`) that every file and folder must lie in, or nil for
    /// anywhere. `--safe` sets it, so a link inside an allowed folder cannot lead out of it.
    public var confinedTo: [String]?
    /// Whether each story is cleaned as it is read (on the loader's threads: every command
    /// needs the clean text). The interactive shell turns it off to show its prompt at once.
    public var cleansWhileLoading = true

    public init() {}

    public struct Skip: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
        /// One line, with any control character of the path shown as `?`: a file name cannot
        /// retitle or clear the terminal it is printed on.
        public var description: String { "skipped \(path.withVisibleControls): \(reason)" }
    }

    public struct Result: Sendable {
        public var documents: [StoryDocument]
        public var skipped: [Skip]
    }

    /// Loads every story under `paths`, in path order (folders sorted by file name).
    /// `isCancelled` is polled between folders and files so a long load can be interrupted.
    public func load(_ paths: [String], isCancelled: @Sendable () -> Bool = { false }) -> Result {
        var walk = Walk(loader: self)
        for path in paths where !isCancelled() { walk.collect(path, isCancelled: isCancelled) }
        let queue = walk.files
        let outcomes = ParallelMap.map(queue.count) { i in isCancelled() ? nil : read(queue[i]) }
        var documents: [StoryDocument] = []
        var skipped = walk.skipped
        for outcome in outcomes {
            switch outcome {
            case .document(let d): documents.append(d)
            case .skip(let s): skipped.append(s)
            case nil: break  // cancelled
            }
        }
        return Result(documents: documents, skipped: skipped)
    }

    /// Whether `real` (a real path) lies inside the confinement.
    func isInside(_ real: String) -> Bool {
        guard let roots = confinedTo else { return true }
        return roots.contains { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    /// The folder walk: depth first, in name order, without recursion (a chain of a thousand
    /// folders is a thousand loop turns, not a thousand stack frames). A folder reached a second
    /// time (through links) is read once, so links can never multiply the work.
    struct Walk {
        let loader: CorpusLoader
        var files: [String] = []
        var skipped: [Skip] = []
        /// Folders read so far, and the ones on the current path, by device and inode.
        var seen = Set<FileKey>()

        struct FileKey: Hashable { var device: UInt64; var inode: UInt64 }

        enum Step { case enter(String, explicit: Bool), leave(FileKey) }

        mutating func collect(_ root: String, isCancelled: () -> Bool) {
            var ancestors = Set<FileKey>()
            var stack: [Step] = [.enter(root, explicit: true)]
            while let step = stack.popLast() {
                if isCancelled() { return }
                switch step {
                case .leave(let key):
                    ancestors.remove(key)
                case .enter(let path, let explicit):
                    var link = stat()
                    guard lstat(path, &link) == 0 else {
                        skipped.append(Skip(path: path, reason: "no such file or folder"))
                        continue
                    }
                    var info = stat()
                    guard stat(path, &info) == 0 else {
                        skipped.append(Skip(path: path, reason: errno == ELOOP || link.st_mode & S_IFMT == S_IFLNK ? "broken or looping symbolic link" : "no such file or folder"))
                        continue
                    }
                    // Only a link (or a path given with links or `..` in it) can lead out of
                    // the confinement; a plain entry of a folder inside stays inside.
                    if loader.confinedTo != nil, explicit || link.st_mode & S_IFMT == S_IFLNK {
                        guard let real = realPath(path), loader.isInside(real) else {
                            skipped.append(Skip(path: path, reason: "outside the paths --safe allows"))
                            continue
                        }
                    }
                    guard info.st_mode & S_IFMT == S_IFDIR else {
                        let ext = (path as NSString).pathExtension.lowercased()
                        if explicit || CorpusLoader.storyExtensions.contains(ext) { files.append(path) }
                        continue
                    }
                    let key = FileKey(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                    if ancestors.contains(key) {
                        skipped.append(Skip(path: path, reason: "symbolic link loop"))
                        continue
                    }
                    guard seen.insert(key).inserted else { continue }  // read already, by another path
                    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                        skipped.append(Skip(path: path, reason: "folder cannot be read (permission denied)"))
                        continue
                    }
                    ancestors.insert(key)
                    stack.append(.leave(key))
                    for name in names.sorted().reversed() where !name.hasPrefix(".") {
                        stack.append(.enter((path as NSString).appendingPathComponent(name), explicit: false))
                    }
                }
            }
        }
    }

    enum Outcome: Sendable {
        case document(StoryDocument)
        case skip(Skip)
    }

    func read(_ path: String) -> Outcome {
        let data: Data
        switch Self.readRegularFile(path, limit: maxFileSize) {
        case .failure(let problem): return .skip(Skip(path: path, reason: problem.description))
        case .success(let bytes): data = bytes
        }
        switch TextDecoder.decode(data) {
        case .failure(let problem):
            return .skip(Skip(path: path, reason: problem.description))
        case .success(let text):
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.withVisibleControls
            let document = StoryDocument(id: id, file: path, text: text)
            // Clean while loading, on the loader's threads: every command needs the clean
            // text, and the later passes stay lazy.
            if cleansWhileLoading { _ = document.clean }
            return .document(document)
        }
    }
}

/// The real path of `path` (realpath(3): absolute, every link and `..` resolved), or nil.
public func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
}

extension CorpusLoader {
    /// Why a file could not be read.
    public enum ReadProblem: Error, Equatable, CustomStringConvertible {
        case notRegular(String)
        case tooLarge(limit: Int)
        case unreadable(String)

        public var description: String {
            switch self {
            case .notRegular(let kind): return "not a regular file (\(kind))"
            case .tooLarge(let limit): return "too large (the limit is \(limit / 1_048_576) MB)"
            case .unreadable(let reason): return "cannot be read (\(reason))"
            }
        }
    }

    /// The whole of a regular file, read with a cap: a FIFO, a device or a socket is refused
    /// without blocking (the open does not wait for a writer), and a file that grows past
    /// `limit` while it is read (or a link to /dev/zero) stops at the cap.
    public static func readRegularFile(_ path: String, limit: Int) -> Swift.Result<Data, ReadProblem> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(reason(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(reason(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: return .failure(.notRegular("a FIFO"))
        case S_IFCHR, S_IFBLK: return .failure(.notRegular("a device"))
        case S_IFSOCK: return .failure(.notRegular("a socket"))
        case S_IFDIR: return .failure(.notRegular("a folder"))
        default: return .failure(.notRegular("not a file"))
        }
        if Int(info.st_size) > limit { return .failure(.tooLarge(limit: limit)) }
        var data = Data(count: min(max(Int(info.st_size), 0), limit) + 1)
        var total = 0
        while true {
            if total == data.count {
                if total > limit { return .failure(.tooLarge(limit: limit)) }
                data.count = min(data.count * 2, limit + 1)
            }
            let n = data.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(reason(errno)))
            }
            if n == 0 { break }
            total += n
        }
        if total > limit { return .failure(.tooLarge(limit: limit)) }
        data.count = total
        return .success(data)
    }

    static func reason(_ code: Int32) -> String {
        code == EACCES ? "permission denied" : String(cString: strerror(code))
    }
}

extension String {
    /// The text with every control character (C0, DEL, C1) but tab and line feed shown as `?`,
    /// so that printing it cannot move the cursor, retitle the terminal or clear it.
    public var withVisibleControls: String {
        guard unicodeScalars.contains(where: Self.isHidden) else { return self }
        var out = String.UnicodeScalarView()
        for s in unicodeScalars { out.append(Self.isHidden(s) ? "?" : s) }
        return String(out)
    }

    static func isHidden(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value)
    }
}
