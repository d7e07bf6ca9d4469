import Foundation
import StoryKit

/// Tab completion over the registry's declarations: command names, then each command's
/// positional completions (stories, characters, files, fixed words) and its options.
public struct Completer {
    public init() {}

    /// Candidates for the word that ends at `cursor` (a character offset), and where it starts.
    public func complete(_ line: String, cursor: Int, in session: Session) -> (start: Int, candidates: [String]) {
        let head = String(line.prefix(cursor))
        // The word being completed starts after the last unquoted space.
        var start = 0
        var quoted = false
        for (i, c) in head.enumerated() {
            if c == "\"" { quoted.toggle() }
            if c == " ", !quoted { start = i + 1 }
        }
        let partial = String(head.dropFirst(start)).replacingOccurrences(of: "\"", with: "")
        let before = (try? Lexer.split(String(head.prefix(start)))) ?? []
        guard let name = before.first else {
            return (start, session.registry.names.filter { $0.hasPrefix(partial) }.sorted())
        }
        guard let type = session.registry.command(named: name) else { return (start, []) }
        if partial.hasPrefix("-") {
            return (start, type.optionNames.filter { $0.hasPrefix(partial) })
        }
        // The value of an option: what that option names, wherever it appears.
        if let option = before.last, option.hasPrefix("-"), Self.optionValues[option] != nil || !type.optionNames.contains(option) {
            guard let kind = Self.optionValues[option] else { return (start, []) }
            return (start, candidates(kind, partial: partial, words: Array(before.dropFirst()), session: session))
        }
        var positional = 0
        var skipNext = false
        for word in before.dropFirst() {
            if skipNext { skipNext = false; continue }
            if word.hasPrefix("-") { skipNext = Self.optionValues[word] != nil; continue }
            positional += 1
        }
        let kinds = type.completions
        guard !kinds.isEmpty else { return (start, []) }
        let kind = kinds[min(positional, kinds.count - 1)]
        return (start, candidates(kind, partial: partial, words: Array(before.dropFirst()), session: session))
    }

    /// Options that take a value, and what the value is. Flags are not listed: after one,
    /// completion goes on with the positional arguments.
    static let optionValues: [String: Completion] = [
        "--by": .character, "--in": .story, "--from": .story, "--with": .story,
        "--format": .words(["text", "md", "json", "svg", "html", "txt", "twee", "ink"]),
        "--ending": .words(["forgive", "get-out", "moved-on"]), "--sort": .words(["words", "paragraphs", "title", "id"]),
        "--at": .words(BeatKind.allCases.map(\.rawValue)),
        "--output": .file, "-o": .file, "--limit": .none, "--width": .none, "--height": .none, "--last": .none, "--as": .none,
    ]

    func candidates(_ kind: Completion, partial: String, words: [String], session: Session) -> [String] {
        switch kind {
        case .story, .storyOrAll, .storyOrSession:
            var ids = session.corpus.ids
            if kind == .storyOrAll { ids.append("all") }
            if kind == .storyOrSession { ids.append("session") }
            return ids.filter { $0.hasPrefix(partial) }
        case .character:
            var names = Set<String>()
            // Characters of the story named on the line if any, else of every story analysed so far.
            let docs = words.compactMap { try? session.story($0) }
            for d in (docs.isEmpty ? session.corpus.documents : docs) where d.isAnalysable {
                for m in d.cast.members { names.insert(m.name ?? m.label) }
            }
            return names.filter { $0.lowercased().hasPrefix(partial.lowercased()) }.sorted().map(Lexer.quote)
        case .file:
            return files(matching: partial)
        case .words(let words):
            return words.filter { $0.hasPrefix(partial) }
        case .none:
            return []
        }
    }

    func files(matching partial: String) -> [String] {
        let expanded = (partial as NSString).expandingTildeInPath
        let folder: String
        let prefix: String
        if partial.hasSuffix("/") {
            folder = expanded
            prefix = ""
        } else {
            folder = (expanded as NSString).deletingLastPathComponent
            prefix = (expanded as NSString).lastPathComponent
        }
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        let base = partial.hasSuffix("/") ? partial : String(partial.dropLast(prefix.count))
        return listed.filter { $0.hasPrefix(prefix) && (!$0.hasPrefix(".") || prefix.hasPrefix(".")) }.sorted().map { name in
            var isDir: ObjCBool = false
            let full = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(name)
            FileManager.default.fileExists(atPath: full, isDirectory: &isDir)
            return Lexer.quote(base + name) + (isDir.boolValue ? "/" : "")
        }
    }
}
