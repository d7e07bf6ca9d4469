import Foundation
import StoryKit

/// Tab completion over the registry's declarations: command names, then each command's
/// positional completions (stories, characters, files, fixed words), its options and their
/// values, as its `spec` reads them from the declaration.
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
        let spec = type.spec
        if partial.hasPrefix("-") {
            return (start, spec.optionNames.filter { $0.hasPrefix(partial) })
        }
        // The value of an option: what its declaration says it takes. After an option the
        // command lacks, nothing; after a flag, the positional arguments go on.
        if let word = before.last, word.hasPrefix("-"), !word.contains("=") {
            guard let option = spec.option(named: word) else { return (start, []) }
            if option.takesValue {
                return (start, candidates(option.completion, partial: partial, words: Array(before.dropFirst()), session: session))
            }
        }
        var positional = 0
        var skipNext = false
        for word in before.dropFirst() {
            if skipNext { skipNext = false; continue }
            if word.hasPrefix("-") {
                skipNext = !word.contains("=") && spec.option(named: word)?.takesValue == true
                continue
            }
            positional += 1
        }
        let kinds = type.completions
        guard !kinds.isEmpty else { return (start, []) }
        let kind = kinds[min(positional, kinds.count - 1)]
        return (start, candidates(kind, partial: partial, words: Array(before.dropFirst()), session: session))
    }

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
