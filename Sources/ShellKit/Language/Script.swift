import Foundation
import StoryKit

/// A session script: plain text, one command a line, `#` comments.
///
/// Scripts are what `save` writes, `record` appends to, and `source`/`--script` replay.
/// Lines keep their numbers so errors can say `FILE:LINE: message`.
public struct Script: Sendable {
    public struct Line: Sendable, Equatable {
        public var number: Int
        public var text: String
        /// The `#=> ` lines written under the command by `save --with-output`.
        public var expectedOutput: [String]?
        /// The comment lines just above the command: a lesson shows them as the teacher's notes.
        public var notes: [String] = []
    }

    public var path: String
    public var lines: [Line]
    /// The comment block that opens the script, up to its first blank line (a lesson's title
    /// and introduction). Not the notes of the first command.
    public var header: [String] = []

    public init(path: String, lines: [Line], header: [String] = []) {
        self.path = path
        self.lines = lines
        self.header = header
    }

    /// Reads a script; comment and blank lines are dropped, `#=> ` output lines attach to the
    /// command above them.
    public static func read(_ path: String) throws -> Script {
        let data: Data
        switch CorpusLoader.readRegularFile(path, limit: 64 * 1024 * 1024) {
        case .success(let bytes): data = bytes
        case .failure(.unreadable(let reason)) where reason == String(cString: strerror(ENOENT)):
            throw ShellError("cannot read script '\(path.withVisibleControls)': no such file")
        case .failure(let problem): throw ShellError("cannot read script '\(path.withVisibleControls)': \(problem)")
        }
        guard case .success(let text) = TextDecoder.decode(data) else {
            if data.isEmpty { return Script(path: path, lines: []) }
            throw ShellError("script '\(path)' is not UTF-8 text")
        }
        return parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) -> Script {
        var lines: [Line] = []
        var notes: [String] = []
        var header: [String] = []
        var inHeader = true
        for (i, raw) in textLines(text).enumerated() {
            let line = String(raw)
            if line.hasPrefix(Self.outputMarker) || line == "#=>" {
                guard !lines.isEmpty else { continue }
                let body = line == "#=>" ? "" : String(line.dropFirst(Self.outputMarker.count))
                lines[lines.count - 1].expectedOutput = (lines[lines.count - 1].expectedOutput ?? []) + [body]
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                // A blank line ends the header block and separates notes from what follows.
                if inHeader, !notes.isEmpty { header = notes; notes = [] }
                inHeader = false
                continue
            }
            if trimmed.hasPrefix("#") {
                notes.append(String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces))
                continue
            }
            inHeader = false
            lines.append(Line(number: i + 1, text: trimmed, expectedOutput: nil, notes: notes))
            notes = []
        }
        return Script(path: path, lines: lines, header: header)
    }

    /// The lines of a script, ended by LF, CRLF or a lone CR. (A Swift `Character` holds CRLF
    /// as one, so splitting on "\n" alone would leave a Windows file as a single line.)
    public static func textLines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// Marks a line of recorded output under a command in a checked script.
    public static let outputMarker = "#=> "

    /// A command's output as `#=> ` comment lines.
    public static func outputLines(_ output: String) -> String {
        guard !output.isEmpty else { return "" }
        return output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "#=>\n" : outputMarker + $0 + "\n" }.joined()
    }

    /// The comment block that opens a saved or recorded script, naming the corpus the session
    /// opened on.
    public static func header(for session: Session, date: Date = Date()) -> String {
        let corpus = session.initialPaths.isEmpty
            ? session.bundledCorpus.map { "\($0) (the bundled samples, loaded when no PATH is given)" } ?? "(none)"
            : session.initialPaths.map(Lexer.quote).joined(separator: " ")
        return header(version: Session.version, corpus: corpus, date: date)
    }

    public static func header(version: String, corpus: String, date: Date = Date()) -> String {
        let stamp = ISO8601DateFormatter().string(from: date)
        var text = "# storyshell session script\n# saved \(stamp) by storyshell \(version)\n"
        text += "# corpus: \(corpus.withVisibleControls)\n"
        text += "# replay: storyshell --script FILE   (or `source FILE` in the shell)\n"
        return text
    }
}
