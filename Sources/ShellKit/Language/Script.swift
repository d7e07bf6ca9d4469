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

    /// Reads a script; comment and blank lines are dropped, `#=> ` output lines attach to the
    /// command above them.
    public static func read(_ path: String) throws -> Script {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShellError("cannot read script '\(path)'")
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
        var inHeader = true
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.hasPrefix(Self.outputMarker) || line == "#=>" {
                guard !lines.isEmpty else { continue }
                let body = line == "#=>" ? "" : String(line.dropFirst(Self.outputMarker.count))
                lines[lines.count - 1].expectedOutput = (lines[lines.count - 1].expectedOutput ?? []) + [body]
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                // A blank line ends the header block and separates notes from what follows.
                if inHeader, !notes.isEmpty { notes = [] }
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
        return Script(path: path, lines: lines)
    }

    /// Marks a line of recorded output under a command in a checked script.
    public static let outputMarker = "#=> "

    /// A command's output as `#=> ` comment lines.
    public static func outputLines(_ output: String) -> String {
        guard !output.isEmpty else { return "" }
        return output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "#=>\n" : outputMarker + $0 + "\n" }.joined()
    }

    /// The comment block that opens a saved or recorded script.
    public static func header(version: String, corpus: [String], date: Date = Date()) -> String {
        let stamp = ISO8601DateFormatter().string(from: date)
        var text = "# storyshell session script\n# saved \(stamp) by storyshell \(version)\n"
        text += "# corpus: \(corpus.isEmpty ? "(none)" : corpus.joined(separator: " "))\n"
        text += "# replay: storyshell --script FILE   (or `source FILE` in the shell)\n"
        return text
    }
}
