import Foundation

/// A story written out as a file: the formats of `export STORY FILE`.
public enum StoryFormat: String, CaseIterable, Sendable {
    case txt, md, json, html, twee, ink

    /// The format a file name implies (`.tw` and `.twee` are Twee; `.htm` is HTML).
    public init?(fileName: String) {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "txt", "text": self = .txt
        case "md", "markdown": self = .md
        case "json": self = .json
        case "html", "htm": self = .html
        case "twee", "tw", "tw3": self = .twee
        case "ink": self = .ink
        default: return nil
        }
    }
}

public enum StoryExport {
    /// Plain text: the title, a blank line, then one paragraph a line, as storyshell reads it.
    public static func text(_ doc: StoryDocument) -> String {
        ([doc.title.map { $0 + "\n" }].compactMap { $0 } + doc.paragraphs).joined(separator: "\n") + "\n"
    }

    /// Markdown: the title as a heading, paragraphs separated by blank lines.
    public static func markdown(_ doc: StoryDocument) -> String {
        var md = "# \(OutlineMarkdown.escape(doc.title ?? doc.id))\n\n"
        if let origin = doc.origin { md += "*A remix made with `\(origin.command)`.*\n\n" }
        var paragraphs = doc.paragraphs.map(escapeParagraph)
        // A remix marks where its own ending begins.
        if let seam = doc.origin?.seam, seam >= 1, seam <= paragraphs.count {
            paragraphs.insert("---\n\n*The remix’s ending begins here (¶\(seam)).*", at: seam - 1)
        }
        md += paragraphs.joined(separator: "\n\n") + "\n"
        return md
    }

    /// JSON: the story and its analysis, for other tools.
    public static func json(_ doc: StoryDocument) -> String {
        let s = doc.structure
        let object: [String: Any] = [
            "id": doc.id,
            "title": doc.title ?? NSNull(),
            "paragraphs": doc.paragraphs,
            "ending": s.ending.kind.rawValue,
            "beats": s.beats.map { ["beat": $0.kind.rawValue, "first": $0.first, "last": $0.last] },
            "characters": doc.cast.members.map { ["name": $0.name ?? NSNull(), "label": $0.label, "role": $0.role.rawValue] as [String: Any] },
            "origin": doc.origin.map { ["command": $0.command, "sources": $0.sources] as [String: Any] } ?? NSNull(),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A line of prose that Markdown would otherwise read as markup (a list, a heading, a rule).
    static func escapeParagraph(_ p: String) -> String {
        guard let first = p.first else { return p }
        if "#>-+*".contains(first) || (first.isNumber && p.contains(". ")) { return "\\" + p }
        return p
    }
}
