/// Outlines as Markdown, for handouts: a table of beats, the deciding line, the cast.
public enum OutlineMarkdown {
    public static func story(_ doc: StoryDocument) -> String {
        let structure = doc.structure, cast = doc.cast
        var md = "# \(escape(doc.title ?? doc.id))\n\n"
        md += "*Story `\(doc.id)` · \(doc.wordCount) words · \(doc.paragraphs.count) paragraphs · ending: **\(structure.ending.kind.rawValue)***\n\n"
        md += "| Beat | Paragraphs | Key sentence | On stage |\n|---|---|---|---|\n"
        for b in structure.beats {
            let onStage = b.onStage.compactMap { $0 < cast.members.count ? cast.members[$0].name ?? cast.members[$0].label : nil }
            md += "| \(b.kind.rawValue) | \(b.first)–\(b.last) | \(escape(b.summary)) | \(escape(onStage.joined(separator: ", "))) |\n"
        }
        let shape = doc.arc.shape
        if !shape.moves.isEmpty {
            let turns = shape.turningPoints.map { "\($0.kind.rawValue) ¶\($0.paragraph): \(escape($0.quotedSentence))" }
            md += "\n**Shape of the arc:** \(shape.name) (\(shape.moves.map(\.rawValue).joined(separator: "–")))"
            md += (turns.isEmpty ? "" : "; turns at " + turns.joined(separator: "; ")) + "\n"
        }
        md += "\n## How it ends: \(structure.ending.kind.rawValue)\n\n> \(escape(structure.ending.evidence))\n>\n> — paragraph \(structure.ending.paragraph)\n"
        if !structure.ending.cues.isEmpty {
            md += "\n" + structure.ending.cues.map { "- \(escape($0))" }.joined(separator: "\n") + "\n"
        }
        if !cast.members.isEmpty {
            md += "\n## Cast\n\n| Character | Role | Also called | Lines |\n|---|---|---|---|\n"
            for m in cast.members {
                let aliases = m.aliases.filter { $0 != m.name && $0 != m.label }
                md += "| \(escape(m.name ?? "*\(m.label)*")) | \(m.role.rawValue) | \(escape(aliases.joined(separator: ", "))) | \(m.quotes) |\n"
            }
        }
        return md
    }

    public static func corpus(_ docs: [StoryDocument]) -> String {
        var md = "# The shared skeleton\n\n| Beat | " + docs.map { "`\($0.id.prefix(3))`" }.joined(separator: " | ") + " |\n"
        md += "|---|" + docs.map { _ in "---|" }.joined() + "\n"
        for kind in BeatKind.allCases {
            md += "| \(kind.rawValue) | " + docs.map { d in
                d.structure.beat(kind).map { "¶\($0.first)–\($0.last)" } ?? "·"
            }.joined(separator: " | ") + " |\n"
        }
        md += "| **ending** | " + docs.map { "**\($0.structure.ending.kind.rawValue)**" }.joined(separator: " | ") + " |\n"
        md += "| shape | " + docs.map { $0.arc.shape.name }.joined(separator: " | ") + " |\n\n"
        for d in docs {
            md += "- `\(d.id)` \(escape(d.title ?? "(untitled)")): “\(escape(d.structure.ending.evidence))”\n"
        }
        return md
    }

    /// Escapes what would break a Markdown table cell or start markup. `<`, `>` and `&` become
    /// entities: a story's `<script>` or `<img onerror>` is text on the page, in every renderer
    /// (a backslash before `<` is not honoured by all of them).
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "|", "*", "_", "`", "[", "]", "#", "\\": out.append("\\"); out.append(c)
            case "\n": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }
}
