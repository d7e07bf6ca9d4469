import Foundation
import ShellKit
import StoryKit

/// The functions the libFuzzer targets `FuzzStory` and `FuzzCommand` run on each input, and
/// that the regression tests run on every file of Tests/Fuzz/regressions, so that an input
/// that once crashed or hung is checked by `swift test` forever.
public enum FuzzTargets {
    /// The checkout: Sources/FuzzKit/FuzzTargets.swift is three levels below it. Overridden by
    /// STORYSHELL_ROOT for a binary run from elsewhere.
    public static let root: String = {
        if let env = ProcessInfo.processInfo.environment["STORYSHELL_ROOT"], !env.isEmpty { return env }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }()

    // MARK: FuzzStory

    /// Bytes as a file would give them → TextDecoder → StoryDocument → every layer and every
    /// rendering of one story.
    public static func story(_ data: Data) {
        guard case .success(let text) = TextDecoder.decode(data) else { return }
        let doc = StoryDocument(id: "fuzz", file: nil, text: text)
        _ = doc.clean
        _ = doc.segments
        _ = doc.cast
        _ = doc.structure
        _ = doc.arc
        _ = try? TextSearch.find("the", in: [doc])
        _ = doc.computedLayers
        _ = StoryExport.text(doc)
        _ = StoryExport.markdown(doc)
        _ = try? StoryExport.json(doc)
        _ = ArcSVG.render(doc: doc)
        _ = OutlineSVG.render(doc: doc)
        _ = OutlineMarkdown.story(doc)
        _ = StoryHTML.handout(doc)
        _ = TweeExport.twee(doc, family: [doc])
        _ = InkExport.ink(doc, family: [doc])
    }

    // MARK: FuzzCommand

    /// The five samples and the built-in endings, loaded once: documents cache their layers,
    /// so each input pays only for what it computes anew.
    struct Fixture: @unchecked Sendable {
        var samples: String
        var endings: String
        var documents: [StoryDocument]
        var library: EndingLibrary
        /// The working directory of every run: the only place commands may write.
        var scratch: String
    }

    static let fixture: Fixture = {
        let samples = root + "/samples/corpus"
        let endings = root + "/samples/endings"
        let loaded = CorpusLoader().load([samples])
        let library = (try? EndingLibrary(folder: endings)) ?? EndingLibrary()
        let scratch = NSTemporaryDirectory() + "storyshell-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let resolved = URL(fileURLWithPath: scratch).resolvingSymlinksInPath().path
        guard FileManager.default.changeCurrentDirectoryPath(resolved) else {
            fatalError("FuzzCommand: cannot enter the scratch folder \(resolved)")
        }
        atexit { try? FileManager.default.removeItem(atPath: FileManager.default.currentDirectoryPath) }
        return Fixture(samples: samples, endings: endings, documents: loaded.documents, library: library, scratch: resolved)
    }()

    /// At most this many lines of one input run, so an input is a short script, not a soak.
    public static let maxLines = 64

    /// Bytes → UTF-8 lines → `Session.execute` on a fresh session over the samples, whose
    /// results are rendered (text and JSON) and discarded.
    ///
    /// Commands run in a scratch folder that is emptied before each input. A line runs under
    /// `SafeMode` (no writes, reads only of the samples and the scratch folder) when any word
    /// of it could name a path outside the scratch folder, when it is `source` or `lesson`, or
    /// while a lesson is in progress, since the lines those replay are not checked here. So
    /// `save x`, `export 003 x.html` and `record x` write into the scratch folder, and nothing
    /// can write anywhere else.
    public static func command(_ data: Data) {
        let f = fixture
        emptyScratch(f.scratch)
        let session = Session(corpus: Corpus(f.documents), initialPaths: [f.samples])
        session.endingLibrary = f.library
        session.terminalWidth = 80
        let verbose = self.verbose
        session.sink = { [unowned session] emission in
            switch emission {
            case .result(let result, let command):
                let text = session.render(result)
                _ = JSONLine.encode(result)
                if verbose { log("> \(command)\n\(text)") }
            case .error(let message, let command):
                if verbose { log("> \(command)\nerror: \(message)") }
            case .warning(let message):
                if verbose { log("warning: \(message)") }
            }
        }
        let guardrail = SafeMode(origin: "the fuzzer", readable: [f.samples, f.endings, f.scratch])
        var count = 0
        // Lines split on the byte, as readLine and scripts do: "\r\n" is one Character.
        for bytes in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            count += 1
            if count > maxLines || session.wantsToQuit { break }
            let line = String(decoding: bytes, as: UTF8.self)
            session.safeMode = needsGuard(line, session: session) ? guardrail : nil
            session.execute(line)
        }
        session.safeMode = nil
        // What a session makes of its log at the end: the transcript exports.
        _ = session.log.map(\.line)
    }

    /// STORYSHELL_FUZZ_VERBOSE=1 prints what each command of `command` emits, on stderr.
    static let verbose = ProcessInfo.processInfo.environment["STORYSHELL_FUZZ_VERBOSE"] == "1"

    static func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// Whether a line must run under the guardrail (see `command`).
    static func needsGuard(_ line: String, session: Session) -> Bool {
        if session.lesson != nil { return true }
        guard let words = try? Lexer.split(line) else { return true }
        if let first = words.first, first == "source" || first == "lesson" { return true }
        return words.contains { w in
            w.isEmpty || w.hasPrefix(".") || w.hasPrefix("~") || w.contains("/") || w.contains("\0")
                || w.contains("$") || w.unicodeScalars.contains { $0.value < 0x20 }
        }
    }

    static func emptyScratch(_ path: String) {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: path)) ?? [] {
            try? fm.removeItem(atPath: path + "/" + name)
        }
        if fm.currentDirectoryPath != path { _ = fm.changeCurrentDirectoryPath(path) }
    }

    // MARK: Reproducer

    /// The `main` of a target built without libFuzzer: runs `body` on each file named (files
    /// in folders too), printing each name first so a crash names its input.
    public static func reproduce(_ arguments: [String], _ body: (Data) -> Void) -> Int32 {
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) FILE|FOLDER ...\n(built without libFuzzer: runs each input once; see scripts/fuzz)\n".utf8))
            return 2
        }
        var ran = 0
        // Absolute first: FuzzCommand works in its scratch folder.
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = arguments.map { $0.hasPrefix("/") ? $0 : cwd + "/" + $0 }
        for path in absolute.flatMap(files(in:)) {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                return 1
            }
            FileHandle.standardError.write(Data("running \(path) (\(data.count) bytes)\n".utf8))
            body(data)
            ran += 1
        }
        print("ran \(ran) inputs")
        return 0
    }

    /// A file, or the regular files of a folder (not recursive), sorted.
    public static func files(in path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }
}

#if STORYSHELL_LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Hands a fuzz target's command line to libFuzzer's driver. SwiftPM links executables on
/// Linux with `--defsym main=<Target>_main`, so each target's entry point calls this rather
/// than relying on libFuzzer's own `main`.
public func runLibFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, callback)
}
#endif
