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

    /// JSON: the story and its analysis, for other tools. Typed and encoded with
    /// `JSONEncoder`: a dictionary of `Any` for `JSONSerialization` fails on Linux (Swift values
    /// are not bridged there), and a failure must never pass for an empty file.
    public static func json(_ doc: StoryDocument) throws -> String {
        let s = doc.structure
        let export = JSONStory(
            id: doc.id, title: doc.title, paragraphs: Array(doc.paragraphs), ending: s.ending.kind.rawValue,
            beats: s.beats.map { .init(beat: $0.kind.rawValue, first: $0.first, last: $0.last) },
            characters: doc.cast.members.map { .init(name: $0.name, label: $0.label, role: $0.role.rawValue) },
            origin: doc.origin)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(export), as: UTF8.self) + "\n"
    }

    /// The shape of `export STORY FILE.json`; absent values are written as `null`.
    struct JSONStory: Encodable {
        struct Beat: Encodable { var beat: String; var first: Int; var last: Int }
        struct Character: Encodable {
            var name: String?
            var label: String
            var role: String
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(name, forKey: .name)
                try c.encode(label, forKey: .label)
                try c.encode(role, forKey: .role)
            }
            enum CodingKeys: CodingKey { case name, label, role }
        }
        var id: String
        var title: String?
        var paragraphs: [String]
        var ending: String
        var beats: [Beat]
        var characters: [Character]
        var origin: Origin?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(paragraphs, forKey: .paragraphs)
            try c.encode(ending, forKey: .ending)
            try c.encode(beats, forKey: .beats)
            try c.encode(characters, forKey: .characters)
            try c.encode(origin, forKey: .origin)
        }
        enum CodingKeys: CodingKey { case id, title, paragraphs, ending, beats, characters, origin }
    }

    /// A line of prose that Markdown would otherwise read as markup (a list, a heading, a rule).
    /// Raw HTML in the story (`<script>`, `<img onerror=…>`, `<iframe>`) is made text: `<`, `>`
    /// and `&` become entities, which every Markdown renderer shows as the characters.
    static func escapeParagraph(_ p: String) -> String {
        guard let first = p.first else { return p }
        var text = ""
        text.reserveCapacity(p.utf8.count)
        for c in p {
            switch c {
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "&": text += "&amp;"
            default: text.append(c)
            }
        }
        if "#-+*".contains(first) || (first.isNumber && p.contains(". ")) { return "\\" + text }
        return text
    }
}
