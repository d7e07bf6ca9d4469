import ArgumentParser
import StoryKit

/// `character NAME [in STORY]`: everything about one character.
public struct CharacterCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "character",
        abstract: "One character: aliases, role, where they appear, and what they say.",
        discussion: "NAME is a name, an alias or a role noun (\"John\", \"our daughter\", \"narrator\"), matched without regard to case. Without `in STORY`, every story with such a character is shown.")
    public static let group = CommandGroup.characters
    public static let examples = ["character John in 001", "character \"our daughter\" in 000", "character narrator in 003", "character Colin"]
    public static let completions: [Completion] = [.character, .words(["in"]), .story]

    @Argument(help: "The character, then optionally `in STORY`.")
    var words: [String]

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        var name = words
        var docs = session.analysableDocuments().documents
        if let i = name.lastIndex(of: "in"), i > 0, i == name.count - 2 {
            docs = [try session.analysed(name[i + 1])]
            name = Array(name[..<i])
        }
        let query = name.joined(separator: " ")
        // Across the corpus: every cast on all cores first (and Ctrl-C stops it), then the search.
        if docs.count > 1 { try session.prefetch(docs, through: .cast) }
        var found: [CharacterResult.Entry] = []
        for doc in docs {
            let cast = doc.cast
            for m in cast.members where CharacterMatch.matches(query, m) {
                let lines = cast.turns.filter { $0.speaker == m.id }.map { CharacterResult.Line(paragraph: $0.paragraph, text: $0.text) }
                found.append(.init(story: doc.id, character: m, lines: lines))
            }
        }
        if found.isEmpty {
            let known = docs.count == 1 ? docs[0].cast.members.map { $0.name ?? $0.label } : []
            let hint = known.isEmpty ? "" : "; characters of \(docs[0].id) are \(known.joined(separator: ", "))"
            throw ShellError("no character '\(query)'\(docs.count == 1 ? " in \(docs[0].id)" : "")\(hint)")
        }
        return CharacterResult(query: query, matches: found)
    }
}

enum CharacterMatch {
    static func matches(_ query: String, _ m: CastMember) -> Bool {
        let q = normalise(query)
        if Role(rawValue: q) == m.role { return true }
        return ([m.name, m.label].compactMap { $0 } + m.aliases).contains { normalise($0) == q || normalise($0).hasSuffix(" " + q) }
    }

    static func normalise(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "’", with: "'")
    }
}

struct CharacterResult: CommandResult {
    struct Line: Encodable { var paragraph: Int; var text: String }
    struct Entry: Encodable {
        var story: String
        var character: CastMember
        var lines: [Line]
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: AnyKey.self)
            try c.encode(story, forKey: AnyKey("story"))
            try c.encode(CharacterJSON(character), forKey: AnyKey("character"))
            try c.encode(Ranges.of(character.paragraphs).map { [$0.lowerBound, $0.upperBound] }, forKey: AnyKey("appears"))
            try c.encode(lines, forKey: AnyKey("lines"))
        }
    }
    var query: String
    var matches: [Entry]

    /// Across several stories, each shows its first lines only; `character NAME in STORY` has all.
    static let linesPerStory = 3

    func render(_ context: RenderContext) -> String {
        let s = context.style
        let across = Set(matches.map(\.story)).count > 1
        var summary = ""
        if across {
            let stories = Set(matches.map(\.story)).count
            let list = matches.prefix(8).map { "\($0.story.prefix(12)) (\($0.character.role.rawValue))" }.joined(separator: ", ")
            summary = (s.bold("\(query)") + ": \(matches.count) \(matches.count == 1 ? "character" : "characters") in \(stories) stories — " + list
                + (matches.count > 8 ? ", …" : "")).wrapped(to: context.width, indent: "  ") + "\n\n"
        }
        return summary + matches.map { e in
            let m = e.character
            var out = [s.bold(m.name ?? m.label) + "  " + RoleStyle.paint(m.role, s) + s.dim("  in \(e.story)")]
            if let g = m.gender { out.append("  gender    \(g.rawValue)") }
            let aliases = m.aliases.filter { $0 != m.name }
            if !aliases.isEmpty { out.append("  aliases   " + aliases.joined(separator: ", ")) }
            out.append("  mentions  \(m.mentions), first in ¶\(m.firstParagraph)")
            out.append(Ranges.describe(m.paragraphs).wrapped(to: context.width, indent: "            ", firstIndent: "  appears   "))
            if e.lines.isEmpty {
                out.append("  says      " + s.dim("(no quoted lines)"))
            } else {
                out.append("  says (\(e.lines.count)):")
                let shown = across ? Array(e.lines.prefix(Self.linesPerStory)) : e.lines
                defer {
                    if shown.count < e.lines.count {
                        out.append(s.dim("          … \(e.lines.count - shown.count) more (character \(Lexer.quote(query)) in \(e.story.prefix(12)))"))
                    }
                }
                for l in shown {
                    out.append(("“" + l.text + "”").wrapped(to: context.width, indent: "          ", firstIndent: s.dim("  ¶\(l.paragraph)".padded(to: 8)) + "  "))
                }
            }
            return out.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}

/// Paragraph numbers as runs: [1,2,3,7,8] → 1–3, 7–8.
enum Ranges {
    static func of(_ numbers: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for n in numbers.sorted() {
            if let last = runs.last, last.upperBound + 1 >= n {
                runs[runs.count - 1] = last.lowerBound...max(n, last.upperBound)
            } else {
                runs.append(n...n)
            }
        }
        return runs
    }

    static func describe(_ numbers: [Int]) -> String {
        let runs = of(numbers)
        if runs.isEmpty { return "–" }
        return runs.map { $0.count == 1 ? "¶\($0.lowerBound)" : "¶\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
    }
}
