import CLibedit
import Foundation
import StoryKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interactive line input on top of libedit: emacs keys, history (Up/Down,
/// Ctrl-R), Tab completion, Ctrl-C cancels the line, Ctrl-D on an empty line
/// ends input.
///
/// Use from one thread only (the main one). When stdin is not a terminal,
/// libedit reads plain lines and prints no prompt, which suits piped scripts.
final class LineEditor {
    /// What the completer returns for the line being typed.
    struct Completion {
        /// Character offset in the line where the word being completed starts.
        /// The text from there to the cursor is replaced by the chosen candidate.
        var replaceFrom: Int
        /// Full replacement words (not just suffixes), shown in the given order.
        var candidates: [String]

        init(replaceFrom: Int, candidates: [String]) {
            self.replaceFrom = replaceFrom
            self.candidates = candidates
        }
    }

    /// The outcome of `readLine`.
    enum Input: Equatable {
        /// A line, without its trailing newline. Not added to history: call `remember`.
        case line(String)
        /// Ctrl-C: the half-typed line was dropped; show a fresh prompt.
        case interrupted
        /// Ctrl-D on an empty line, or end of piped input.
        case endOfFile
    }

    typealias Completer = (_ line: String, _ cursor: Int) -> Completion

    /// Maximum number of entries kept in memory and in the history file.
    let historySize = 1000

    private let el: OpaquePointer        // EditLine *
    private let history: OpaquePointer   // History *
    private let historyFile: String?
    private let completer: Completer
    private let interactive: Bool        // stdin is a terminal
    private var prompt: UnsafeMutablePointer<CChar>?
    private var lastEntry: String?
    private var warnedAboutHistoryFile = false
    /// Run once, when libedit first waits for a key: the prompt is on the screen by then.
    var whenWaiting: (() -> Void)?

    /// Ctrl-C at the prompt is handled in two steps (see `cancelLine`).
    private enum CancelState { case none, shown, finished }
    private var cancelState = CancelState.none
    /// Ctrl-C while reading piped (non-terminal) input.
    private var pipedInterrupt = false

    /// - Parameters:
    ///   - programName: used by libedit to select `~/.editrc` lines (`storyshell:bind ...`).
    ///   - historyFile: plain UTF-8 file, one entry per line; loaded now,
    ///     appended to by `remember`. nil: no persistent history.
    ///   - completer: called on Tab with the whole line and the cursor as a
    ///     character offset.
    init(programName: String, historyFile: String?, completer: @escaping Completer) {
        LineEditor.configureLocale()
        Interrupt.install()
        self.historyFile = historyFile
        self.completer = completer
        self.interactive = isatty(STDIN_FILENO) != 0

        guard let el = el_init(programName, storyshell_stdin(), storyshell_stdout(), storyshell_stderr()),
              let history = history_init()
        else { fatalError("libedit: el_init/history_init failed") }
        self.el = el
        self.history = history

        storyshell_history_setsize(history, Int32(historySize))
        storyshell_history_setunique(history, 1)

        storyshell_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        storyshell_el_set_editor(el, "emacs")
        storyshell_el_set_signal(el, 0)   // our own SIGINT/SIGWINCH handling, see Interrupt
        storyshell_el_set_getcfn(el, lineEditorReadChar)
        storyshell_el_set_prompt(el, lineEditorPrompt, 1)  // "\u{1}" brackets invisible prompt text
        storyshell_el_set_hist(el, history)

        storyshell_el_addfn(el, "storyshell-complete", "Complete the word at the cursor", lineEditorComplete)
        storyshell_el_addfn(el, "storyshell-cancel", "Cancel the line (Ctrl-C)", lineEditorCancel)
        storyshell_el_bind(el, "^I", "storyshell-complete")
        storyshell_el_bind(el, "^C", "storyshell-cancel")
        storyshell_el_bind(el, "^R", "em-inc-search-prev")
        // Users may override all of this in ~/.editrc (or $EDITRC).
        el_source(el, nil)

        loadHistory()
    }

    deinit {
        el_end(el)           // also restores the terminal mode
        history_end(history)
        free(prompt)
    }

    // MARK: - Reading

    /// Shows `prompt` and reads one line. Invisible parts of the prompt (colour
    /// escapes) must be wrapped in "\u{1}" … "\u{1}" so the width comes out right.
    func readLine(prompt: String) -> Input {
        free(self.prompt)
        self.prompt = strdup(prompt)
        Interrupt.consume()   // a Ctrl-C during the previous command must not cancel this line
        cancelState = .none
        pipedInterrupt = false

        var count: Int32 = 0
        let buffer = el_wgets(el, &count)

        if cancelState != .none || pipedInterrupt {
            cancelState = .none
            pipedInterrupt = false
            Interrupt.consume()
            if interactive { write("\n") }
            return .interrupted
        }
        guard let buffer, count > 0 else {
            if interactive { write("\n") }   // leave the terminal on a fresh line
            return .endOfFile
        }
        var line = LineEditor.string(from: buffer, count: Int(count))
        while line.last == "\n" || line.last == "\r" || line.last == "\r\n" { line.removeLast() }
        return .line(line)
    }

    // MARK: - History

    /// Adds `line` to the in-memory history and appends it to the history file
    /// at once. Blank lines and repeats of the previous entry are skipped;
    /// embedded newlines become spaces, trailing whitespace is dropped (Tab
    /// completion leaves a space after the word).
    func remember(_ line: String) {
        var entry = String(line.map { $0.isNewline ? " " : $0 })
        while entry.last?.isWhitespace == true { entry.removeLast() }
        guard !entry.allSatisfy(\.isWhitespace), entry != lastEntry else { return }
        lastEntry = entry
        storyshell_history_enter(history, entry)
        guard let historyFile else { return }
        if !LineEditor.append(entry + "\n", toFile: historyFile) {
            warnOnce("cannot write history file \(historyFile): \(String(cString: strerror(errno)))")
        }
    }

    private func loadHistory() {
        guard let historyFile else { return }
        let dir = (historyFile as NSString).deletingLastPathComponent
        if !dir.isEmpty {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        // A regular file only, read with a cap: a FIFO or a device there must not hang the start.
        guard case .success(let data) = CorpusLoader.readRegularFile(historyFile, limit: 16 * 1024 * 1024) else { return }
        let all = String(decoding: data, as: UTF8.self)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
            .filter { !$0.allSatisfy(\.isWhitespace) && $0 != "_HiStOrY_V2_" }
        let kept = all.suffix(historySize)
        for entry in kept { storyshell_history_enter(history, entry) }
        lastEntry = kept.last
        // The file only grows by appending; trim it now and then (atomically).
        if all.count > 2 * historySize {
            let tmp = historyFile + ".tmp.\(getpid())"
            if FileManager.default.createFile(atPath: tmp, contents: Data(kept.map { $0 + "\n" }.joined().utf8),
                                              attributes: [.posixPermissions: 0o600]) {
                if rename(tmp, historyFile) != 0 { unlink(tmp) }
            }
        }
    }

    /// One `write(2)` with O_APPEND: a crash loses nothing, and concurrent
    /// sessions append whole lines.
    private static func append(_ text: String, toFile path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { errno = EINVAL; return false }
        return writeAll(fd, Array(text.utf8))
    }

    private func warnOnce(_ message: String) {
        guard !warnedAboutHistoryFile else { return }
        warnedAboutHistoryFile = true
        fputs("storyshell: \(message)\n", storyshell_stderr())
    }

    // MARK: - Terminal

    /// Width of the terminal: TIOCGWINSZ, else $COLUMNS, else 80.
    static var terminalColumns: Int {
        if let size = windowSize(), size.ws_col > 0 { return Int(size.ws_col) }
        if let value = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), value > 0 { return value }
        return 80
    }

    /// Height of the terminal: TIOCGWINSZ, else $LINES, else 24.
    static var terminalRows: Int {
        if let size = windowSize(), size.ws_row > 0 { return Int(size.ws_row) }
        if let value = ProcessInfo.processInfo.environment["LINES"].flatMap(Int.init), value > 0 { return value }
        return 24
    }

    private static func windowSize() -> winsize? {
        for fd in [STDOUT_FILENO, STDIN_FILENO, STDERR_FILENO] {
            var size = winsize()
            if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 { return size }
        }
        return nil
    }

    /// libedit converts wide characters with the C library's locale: it must be
    /// a UTF-8 one before el_init, or "café" is mangled. Falls back to C.UTF-8
    /// when the environment names none (LANG unset in containers, cron, ...).
    /// LC_NUMERIC stays "C" so C-level number formatting never prints "3,14".
    private static func configureLocale() {
        setlocale(LC_ALL, "")
        setlocale(LC_NUMERIC, "C")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        if codeset != "UTF-8" && codeset != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    private func write(_ text: String) {
        fputs(text, storyshell_stdout())
        fflush(storyshell_stdout())
    }

    // MARK: - Callbacks (called by libedit through the C trampolines below)

    fileprivate var promptPointer: UnsafeMutablePointer<CChar>? { prompt }

    /// Replaces libedit's reader: decodes UTF-8 from stdin, and turns a SIGINT
    /// (read(2) failing with EINTR while `Interrupt.requested` is set) into a
    /// Ctrl-C keystroke, which is bound to `cancelLine`.
    fileprivate func readChar(_ out: UnsafeMutablePointer<wchar_t>) -> Int32 {
        let ctrlC: wchar_t = 3
        if cancelState == .shown { out.pointee = ctrlC; return 1 }
        if let waiting = whenWaiting {
            whenWaiting = nil
            waiting()
        }
        var value: UInt32 = 0
        var pending = 0   // continuation bytes still expected
        while true {
            // A SIGINT landing between this check and read(2) is only seen at
            // the next keystroke; the window is a few instructions wide.
            if Interrupt.consume() {
                guard interactive else { pipedInterrupt = true; errno = EINTR; return -1 }
                out.pointee = ctrlC
                return 1
            }
            if Interrupt.resized.exchange(false, ordering: .acquiringAndReleasing) { el_resize(el) }

            var byte: UInt8 = 0
            let n = read(STDIN_FILENO, &byte, 1)
            if n == 0 { return 0 }
            if n < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if pending > 0 {
                if byte & 0xC0 == 0x80 {
                    value = value << 6 | UInt32(byte & 0x3F)
                    pending -= 1
                    if pending == 0 {
                        out.pointee = wchar_t(bitPattern: Unicode.Scalar(value)?.value ?? 0xFFFD)
                        return 1
                    }
                    continue
                }
                pending = 0   // broken sequence: drop it, treat this byte afresh
            }
            switch byte {
            case 0x00..<0x80: out.pointee = wchar_t(byte); return 1
            case 0xC2..<0xE0: value = UInt32(byte & 0x1F); pending = 1
            case 0xE0..<0xF0: value = UInt32(byte & 0x0F); pending = 2
            case 0xF0..<0xF5: value = UInt32(byte & 0x07); pending = 3
            default: continue  // stray continuation or invalid lead byte
            }
        }
    }

    /// Ctrl-C. First call: move to the end of the line, show "^C", redraw
    /// (so the cursor leaves the line cleanly). `readChar` then feeds another
    /// Ctrl-C at once, and the second call ends `el_wgets`.
    fileprivate func cancelLine() -> UInt8 {
        switch cancelState {
        case .none:
            cancelState = .shown
            let info = el_wline(el)!.pointee
            el_cursor(el, Int32(info.lastchar - info.cursor))
            insert("^C")
            return UInt8(CC_REFRESH)
        case .shown, .finished:
            cancelState = .finished
            return UInt8(CC_NEWLINE)
        }
    }

    /// Tab.
    fileprivate func complete() -> UInt8 {
        let info = el_wline(el)!.pointee
        let scalars = LineEditor.scalars(from: info.buffer, count: info.lastchar - info.buffer)
        let cursorScalars = info.cursor - info.buffer
        let line = String(String.UnicodeScalarView(scalars))
        let beforeCursor = String(String.UnicodeScalarView(scalars[..<cursorScalars]))
        let cursor = beforeCursor.count

        let completion = completer(line, cursor)
        var seen = Set<String>()
        let candidates = completion.candidates.filter { seen.insert($0).inserted }
        guard !candidates.isEmpty else { return UInt8(CC_ERROR) }
        let from = min(max(completion.replaceFrom, 0), cursor)
        let typed = String(beforeCursor.dropFirst(from))

        if candidates.count == 1 {
            let word = candidates[0]
            replace(typed, with: word.hasSuffix("/") ? word : word + " ")
            return UInt8(CC_REFRESH)
        }
        let common = LineEditor.longestCommonPrefix(candidates)
        if common.count > typed.count {
            replace(typed, with: common)
            return UInt8(CC_REFRESH)
        }
        write("\n" + LineEditor.columns(candidates, width: LineEditor.terminalColumns))
        return UInt8(CC_REDISPLAY)
    }

    /// Replaces `typed` (just before the cursor) with `text`, touching only
    /// what differs.
    private func replace(_ typed: String, with text: String) {
        if text.hasPrefix(typed) {
            insert(String(text.dropFirst(typed.count)))
        } else {
            el_deletestr(el, Int32(typed.unicodeScalars.count))
            insert(text)
        }
    }

    private func insert(_ text: String) {
        guard !text.isEmpty else { return }
        var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        el_winsertstr(el, wide)
    }

    // MARK: - Helpers

    static func longestCommonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let chars = Array(word)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
            prefix.removeSubrange(n...)
        }
        return String(prefix)
    }

    /// Lays out words column-major, like ls; ends with a newline.
    static func columns(_ words: [String], width: Int) -> String {
        let cell = (words.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / cell)
        let rows = (words.count + perRow - 1) / perRow
        var out = ""
        for row in 0..<rows {
            var line = ""
            for col in 0..<perRow {
                let i = col * rows + row
                guard i < words.count else { break }
                let isLast = (col + 1) * rows + row >= words.count
                line += isLast ? words[i] : words[i].padding(toLength: cell, withPad: " ", startingAt: 0)
            }
            out += line + "\n"
        }
        return out
    }

    fileprivate static func scalars(from buffer: UnsafePointer<wchar_t>, count: Int) -> [Unicode.Scalar] {
        (0..<count).map { Unicode.Scalar(UInt32(bitPattern: buffer[$0])) ?? "\u{FFFD}" }
    }

    private static func string(from buffer: UnsafePointer<wchar_t>, count: Int) -> String {
        String(String.UnicodeScalarView(scalars(from: buffer, count: count)))
    }

    fileprivate static func from(_ el: OpaquePointer?) -> LineEditor? {
        guard let el, let data = storyshell_el_get_clientdata(el) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }
}

/// write(2) until done, retrying after EINTR. False on any other error (EPIPE, ...).
func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            return false
        }
        offset += n
    }
    return true
}

// C trampolines: no captures; they find the LineEditor through EL_CLIENTDATA.

private func lineEditorPrompt(_ el: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    LineEditor.from(el)?.promptPointer
}

private func lineEditorReadChar(_ el: OpaquePointer?, _ out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
    guard let editor = LineEditor.from(el), let out else { return -1 }
    return editor.readChar(out)
}

private func lineEditorComplete(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
    LineEditor.from(el)?.complete() ?? UInt8(CC_ERROR)
}

private func lineEditorCancel(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
    LineEditor.from(el)?.cancelLine() ?? UInt8(CC_NEWLINE)
}
