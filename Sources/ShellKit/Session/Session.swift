import Foundation
import StoryKit

/// The state of one shell session, and the one place where a line of input becomes a run
/// command. The front end (libedit, `-c`, `--script`, stdin) and the tests all drive it with
/// plain strings and read what it emits.
public final class Session {
    public static let version = "0.1.0"

    public internal(set) var corpus: Corpus
    public var settings = Settings()
    /// Built-in endings for `splice` (samples/endings, plus endings the user `load`s). The
    /// folder given to `readEndings(from:)` is read when a command first asks for them.
    public var endingLibrary: EndingLibrary {
        get {
            readPendingEndings()
            return endings
        }
        set {
            pendingEndings = nil
            endings = newValue
        }
    }
    private var endings = EndingLibrary()
    private var pendingEndings: String?

    /// The built-in endings of `folder`, read on first use: parsing them costs more than the
    /// rest of the start together, and most sessions never splice. A broken file is reported
    /// then, as a warning.
    public func readEndings(from folder: String) {
        pendingEndings = folder
    }

    private func readPendingEndings() {
        guard let folder = pendingEndings else { return }
        pendingEndings = nil
        do { endings = try EndingLibrary(folder: folder) } catch { warn("storyshell: \(error)") }
    }
    public let registry: CommandRegistry
    /// Receives every result, error and warning as it happens.
    public var sink: (Emission) -> Void = { _ in }
    /// Polled by long commands; the front end sets it from SIGINT.
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Terminal facts the front end knows.
    public var terminalWidth = 80
    public var terminalColor = false
    /// True while `--safe` or `source --safe` is in force.
    public var safeMode: SafeMode?

    /// Corpus paths given on the command line, for script headers and the `load` line that
    /// opens a saved script.
    public let initialPaths: [String]
    /// The bundled corpus, when the session opened on it because no PATH was given.
    public var bundledCorpus: String?
    /// Files skipped while loading `initialPaths`, so a saved `load` line records what it printed.
    public var initialSkipped = 0
    /// Set by `--check`: commands that write files say what they would write and write nothing,
    /// so that checking a lesson leaves the disk as it was and passes every time.
    public var dryRun = false
    /// The successful, replayable commands of the session, in order: what `save` writes.
    public private(set) var log: [LoggedCommand] = []
    /// Every command run so far with what it printed or the error it gave: for transcripts.
    public private(set) var transcript: [TranscriptEntry] = []
    /// `record FILE` in force.
    var recorder: AppendLog?
    /// Set by `quit`.
    public internal(set) var wantsToQuit = false
    /// Count of failed commands, for the exit status.
    public private(set) var failures = 0
    /// The lesson being stepped through, if any.
    public internal(set) var lesson: Lesson?
    /// Scripts being sourced, innermost last, so a script cannot source itself forever.
    var sourcing: [String] = []
    /// The teacher's notes of the lesson step being run, for the transcript.
    var pendingNotes: [String] = []

    private var variantsCache: [String: String]?
    /// The columns of `outline all` and the rows of `characters all`, per story object.
    let outlineColumns = DocumentMemo<OutlineColumn>()
    let castRows = DocumentMemo<CastTableResult.Row>()

    public init(corpus: Corpus = Corpus(), initialPaths: [String] = [], registry: CommandRegistry = .standard) {
        self.corpus = corpus
        self.initialPaths = initialPaths
        self.registry = registry
        initialCount = corpus.count
    }

    /// How many stories the session opened with.
    let initialCount: Int

    /// The `load` line that opens a saved script when the session opened on PATHs, so that
    /// the script replays on those stories and not on whatever corpus the replay opens with;
    /// with what that line prints, for `save --with-output`.
    public var initialLoadLine: (line: String, output: String)? {
        guard !initialPaths.isEmpty, initialCount > 0 else { return nil }
        let result = LoadResult(loaded: Array(repeating: "", count: initialCount), skipped: initialSkipped, total: initialCount, added: initialCount)
        return (Lexer.join(["load", "--replace"] + initialPaths), result.render(RenderContext(width: transcriptWidth, color: false)))
    }

    /// The width of plain transcripts (`save --with-output`, `--check`): the `set width`
    /// in force, or 80, never the terminal's, so that a lesson checks the same everywhere.
    public var transcriptWidth: Int { settings.width ?? 80 }

    /// How results render now.
    public var renderContext: RenderContext {
        RenderContext(width: settings.width ?? terminalWidth, color: settings.color ?? terminalColor)
    }

    public func render(_ result: any CommandResult) -> String { result.render(renderContext) }

    // MARK: Running commands

    /// Runs one line. Returns false when it failed. Blank lines and comments succeed silently.
    /// `typed` says the line is the user's own input (the prompt, stdin), where a lesson's
    /// Enter, `n`, `b` and `q` apply; by default, lines without a location are.
    @discardableResult
    public func execute(_ line: String, location: String? = nil, typed: Bool? = nil) -> Bool {
        if lesson != nil, typed ?? (location == nil), lessonInput(line) { return true }
        let words: [String]
        do {
            words = try Lexer.split(line)
        } catch {
            return fail(error.description, line: line, location: location)
        }
        guard let name = words.first else { return true }
        guard let type = registry.command(named: name) else {
            return fail(registry.unknownCommandMessage(name), line: line, location: location)
        }
        if let safe = safeMode, type.writesFiles {
            return fail("\(type.name) writes files, which \(safe.origin) does not allow", line: line, location: location)
        }
        do {
            var command = try registry.parse(type, Array(words.dropFirst()))
            let started = DispatchTime.now(), timed = settings.timer
            let result = try command.run(in: self)
            defer { if timed { reportTime(since: started) } }
            if type.isReplayed, (result as? Replayed)?.logged ?? true, safeMode?.origin != SafeMode.sourceOrigin {
                record(Self.replayable(words, type), result: result)
            }
            if !(result is Replayed) {
                transcript.append(TranscriptEntry(command: line, result: result, error: nil, name: type.name, kept: type.isReplayed && !type.writesFiles, notes: pendingNotes))
                sink(.result(result, command: line))
            }
            return true
        } catch let help as HelpRequest {
            sink(.result(Message(help.text), command: line))
            return true
        } catch let error as ShellError {
            return fail(error.message + optionValueHint(words, error.message), line: line, location: location)
        } catch {
            let message = type.message(for: error)
            return fail(message + optionValueHint(words, message), line: line, location: location)
        }
    }

    /// Runs every line of a script in order. Stops early on a failure when bail is on.
    /// Returns the number of failed commands.
    @discardableResult
    public func run(script: Script, bail: Bool? = nil) -> Int {
        // Known by its real path while it runs, so no spelling of it can source it again.
        sourcing.append(realPath(script.path) ?? script.path)
        defer { sourcing.removeLast() }
        var failed = 0
        for line in script.lines {
            if isCancelled() { break }
            if !execute(line.text, location: "\(script.path):\(line.number)") {
                failed += 1
                if bail ?? settings.bail { break }
            }
        }
        return failed
    }

    private func fail(_ message: String, line: String, location: String?) -> Bool {
        failures += 1
        let message = message.withVisibleControls
        transcript.append(TranscriptEntry(command: line, result: nil, error: message))
        sink(.error(location.map { "\($0): \(message)" } ?? message, command: line))
        return false
    }

    /// " — did you mean 'forgive'?" when a failed command gave an option a value close to one
    /// it takes (`--ending forgiv`, `--by Jon`, `--format htm`); "" otherwise, or when the
    /// message already suggests something.
    func optionValueHint(_ words: [String], _ message: String) -> String {
        guard !message.contains("did you mean"), let type = words.first.flatMap(registry.command(named:)) else { return "" }
        for (i, word) in words.enumerated() where i + 1 < words.count {
            guard let option = type.spec.option(named: word), option.takesValue, !word.contains("=") else { continue }
            let value = words[i + 1]
            let choices: [String]
            switch option.completion {
            case .words(let list): choices = list
            case .character:
                choices = Completer().candidates(.character, partial: "", words: Array(words.dropFirst()), session: self)
                    .map { (try? Lexer.split($0).first) ?? $0 }
            default: continue
            }
            guard !choices.contains(value) else { continue }
            let folded = value.lowercased()
            let scored = choices.map { ($0, editDistance(folded, $0.lowercased())) }
            if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, value.count / 2) || best.0.lowercased().hasPrefix(folded) {
                return " — did you mean '\(best.0)'?"
            }
        }
        return ""
    }

    /// `set timer on`: how long the command took, on stderr (never under `--check`, whose
    /// output must be the same on every run).
    func reportTime(since started: DispatchTime) {
        guard settings.timer, !dryRun else { return }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        sink(.warning("time: \(String(format: "%.3f", seconds)) s"))
    }

    /// Writes a warning to the front end's stderr (control characters shown as `?`: warnings
    /// name files, and a file name must not drive the terminal).
    public func warn(_ text: String) { sink(.warning(text.withVisibleControls)) }

    /// The words a script keeps for a command: one that writes a file gets `--force`, so that
    /// the script replays a second time over the files its first replay wrote.
    static func replayable(_ words: [String], _ type: any ShellCommand.Type) -> [String] {
        let spec = type.spec
        guard spec.option(named: "--force") != nil, !words.contains("--force") else { return words }
        // An option whose value is a file (`-o FILE`) is a file the command writes.
        let writes = type.writesFiles || words.dropFirst().contains { spec.option(named: $0)?.completion == .file }
        return writes ? words + ["--force"] : words
    }

    /// Writes a file for a command: atomically, never over an existing file without `force`,
    /// and not at all under `--check`.
    public func writeFile(_ text: String, to path: String, force: Bool) throws {
        if dryRun { return }
        try AtomicFile.write(text, to: path, force: force)
    }

    // MARK: The log of the session

    func record(_ words: [String], result: any CommandResult) {
        log.append(LoggedCommand(words: words, result: result, width: transcriptWidth))
        if let recorder {
            do {
                try recorder.append(Lexer.join(words))
            } catch {
                self.recorder = nil
                warn("\(error); recording stopped")
            }
        }
    }

    // MARK: Corpus

    /// Adds stories (or replaces the corpus), forgetting what depended on the old set.
    public func add(_ documents: [StoryDocument], replacing: Bool = false) {
        if replacing { corpus = Corpus() }
        for d in documents { corpus.add(d) }
        variantsCache = nil
    }

    /// Which story retells which, computed when first asked and kept until the corpus changes.
    public var variants: [String: String] {
        if let variantsCache { return variantsCache }
        let fresh = RetellingDetector().variants(of: corpus.documents.filter { $0.origin == nil && $0.isAnalysable })
        variantsCache = fresh
        return fresh
    }

    /// Resolves a story reference, or throws the error a user can act on.
    public func story(_ reference: String) throws -> StoryDocument {
        switch corpus.resolve(reference) {
        case .success(let d):
            return d
        case .failure(.ambiguous(let r, let candidates)):
            throw ShellError("'\(r)' matches \(candidates.count) stories: \(candidates.prefix(6).joined(separator: ", "))\(candidates.count > 6 ? ", …" : "")")
        case .failure(.unknown(let r, let suggestion)):
            if corpus.isEmpty { throw ShellError("no story '\(r)'; no stories are loaded (try: load PATH)") }
            let range = corpus.count == 1 ? "1" : "1–\(corpus.count)"
            let example = corpus.documents.first.map { "\($0.id.prefix(4))…" } ?? ""
            let hint = suggestion.map { " — did you mean '\($0)'?" } ?? ""
            throw ShellError("no story '\(r)'; stories are \(range), or ids \(example)\(hint)")
        }
    }

    /// Resolves a story for a command that needs its analysis, or says why it cannot have it.
    public func analysed(_ reference: String) throws -> StoryDocument {
        let doc = try story(reference)
        guard doc.isAnalysable else {
            let mb = Double(doc.clean.byteCount) / 1_000_000
            throw ShellError("\(doc.id) is too long to analyse (\((mb * 10).rounded() / 10) MB of text; the limit is \(StoryDocument.analysisLimit / 1_000_000) MB): show and find work on it")
        }
        return doc
    }

    /// The stories the analysis can run on, and the ids of those it cannot (too long).
    public func analysableDocuments() -> (documents: [StoryDocument], skipped: [String]) {
        let docs = corpus.documents
        return (docs.filter(\.isAnalysable), docs.filter { !$0.isAnalysable }.map(\.id))
    }

    /// Computes a layer of every story on all cores, stopping early when cancelled. Stories
    /// too long to analyse are left out.
    public func prefetch(_ all: [StoryDocument], _ layer: @escaping @Sendable (StoryDocument) -> Void) throws {
        let documents = all.filter(\.isAnalysable)
        let cancelled = isCancelled
        DispatchQueue.concurrentPerform(iterations: documents.count) { i in
            if cancelled() { return }
            layer(documents[i])
        }
        if cancelled() { throw ShellError("interrupted") }
    }

    /// The analysis passes after cleaning, in pipeline order.
    public enum Pass: Int, Comparable, Sendable {
        case segments, cast, structure, arc
        public static func < (a: Pass, b: Pass) -> Bool { a.rawValue < b.rawValue }
    }

    /// Computes every story's layers up to `last`, story by story on all cores: the passes of
    /// one story share its token layer, which is dropped once they are done.
    public func prefetch(_ all: [StoryDocument], through last: Pass) throws {
        try prefetch(all) { doc in
            _ = doc.segments
            if last >= .cast { _ = doc.cast }
            if last >= .structure { _ = doc.structure }
            if last >= .arc { _ = doc.arc }
            doc.releaseTokens()
        }
    }
}

/// A command as the session ran it, as words, so a script writes it back exactly, with its
/// result, so `save --with-output` and transcripts show what it printed.
public struct LoggedCommand {
    public var words: [String]
    public var result: any CommandResult
    /// The width its output was laid out for in transcripts.
    public var width: Int
    public var line: String { Lexer.join(words) }
    /// The output as plain text, the same on every terminal.
    public var transcript: String { result.render(RenderContext(width: width, color: false)) }
}

/// `--safe` or `source --safe`: what the untrusted script may read.
public struct SafeMode: Sendable {
    public static let sourceOrigin = "source --safe"
    /// Where it came from, for messages: "--safe" or "source --safe".
    public var origin: String
    /// Real paths (files or folders) reads may come from.
    public var readable: [String]

    public init(origin: String, readable: [String]) {
        self.origin = origin
        self.readable = readable.compactMap(Self.real)
    }

    /// Whether `path` lies inside the readable paths once the kernel resolves it: its real
    /// path (every link and `..` resolved, in that order, as open(2) does) is compared, never
    /// its spelling.
    public func allows(_ path: String) -> Bool {
        guard let real = Self.real(path) else { return false }
        return readable.contains { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    /// The loader's confinement: the same real paths.
    public var loader: CorpusLoader {
        var l = CorpusLoader()
        l.confinedTo = readable
        return l
    }

    /// realpath(3) of the path, or of its folder plus its name when the file does not exist yet.
    static func real(_ path: String) -> String? {
        if let r = realPath(path) { return r }
        let ns = path as NSString
        guard errno == ENOENT, let folder = realPath(ns.deletingLastPathComponent.isEmpty ? "." : ns.deletingLastPathComponent) else { return nil }
        let name = ns.lastPathComponent
        guard name != "..", name != "." else { return nil }
        return (folder as NSString).appendingPathComponent(name)
    }
}

/// Help text asked for with `CMD --help`: output, not an error.
struct HelpRequest: Error { var text: String }

/// A result whose commands already emitted their own output and log entries (`source`).
public struct Replayed: CommandResult {
    public var commands: Int
    /// Whether the command that replayed is itself what a script keeps (`source --safe FILE`:
    /// the untrusted lines are not copied into the user's own scripts, the guarded line is).
    public var logged = false
    public func render(_ context: RenderContext) -> String { "" }
}
