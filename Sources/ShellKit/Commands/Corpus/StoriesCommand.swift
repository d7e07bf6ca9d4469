import ArgumentParser
import StoryKit

/// `stories`: the corpus at a glance.
public struct StoriesCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories of the session with their size, ending and retellings.",
        aliases: ["ls"])
    public static let group = CommandGroup.corpus
    public static let examples = ["stories"]

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let docs = session.corpus.documents
        try session.prefetch(docs, through: .structure)
        let variants = session.variants
        return StoriesResult(stories: docs.enumerated().map { i, d in
            StoriesResult.Row(index: i + 1, id: d.id, title: d.title, file: d.file, words: d.wordCount,
                              paragraphs: d.paragraphs.count, ending: d.isAnalysable ? d.structure.ending.kind.rawValue : nil,
                              variantOf: variants[d.id], origin: d.origin?.command)
        })
    }
}

struct StoriesResult: CommandResult {
    struct Row: Encodable {
        var index: Int
        var id: String
        var title: String?
        var file: String?
        var words: Int
        var paragraphs: Int
        /// nil for a story too long to analyse.
        var ending: String?
        var variantOf: String?
        var origin: String?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(index, forKey: .index)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(file, forKey: .file)
            try c.encode(words, forKey: .words)
            try c.encode(paragraphs, forKey: .paragraphs)
            try c.encode(ending, forKey: .ending)
            try c.encode(variantOf, forKey: .variantOf)
            try c.encodeIfPresent(origin, forKey: .origin)
        }
        enum CodingKeys: CodingKey { case index, id, title, file, words, paragraphs, ending, variantOf, origin }
    }
    var stories: [Row]

    func render(_ context: RenderContext) -> String {
        if stories.isEmpty { return "no stories loaded (try: load PATH)" }
        let s = context.style
        let rows = stories.map { r -> [String] in
            var title = r.title ?? s.dim("(untitled)")
            if r.title == nil, let o = r.origin { title = s.dim("remix: ") + o }
            if let v = r.variantOf { title = s.yellow("≈\(v.prefix(3)) ") + title }
            return [String(r.index), r.id, String(r.words), String(r.paragraphs), r.ending.map { ending($0, s) } ?? s.dim("too long"), title]
        }
        return TextTable(headers: ["#", "id", "words", "¶", "ending", "title"], rows: rows, flexible: 5, rightAligned: [0, 2, 3])
            .render(context)
    }

    func ending(_ e: String, _ s: Style) -> String {
        switch e {
        case "forgive": return s.green(e)
        case "get-out": return s.red(e)
        default: return s.blue(e)
        }
    }
}
