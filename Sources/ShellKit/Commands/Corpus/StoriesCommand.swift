import ArgumentParser
import StoryKit

/// `stories`: the corpus at a glance.
public struct StoriesCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories of the session with their size, ending and retellings.",
        aliases: ["ls"])
    public static let group = CommandGroup.corpus
    public static let examples = ["stories", "stories --ending get-out", "stories --sort words", "stories --sort title"]

    @Option(help: "Only the stories with this ending.")
    var ending: EndingKind?

    @Option(help: "The order: by size (longest first), title or id (default: the corpus order, which the numbers follow).")
    var sort: SortKey?

    enum SortKey: String, ArgumentChoice {
        case words, paragraphs, title, id
    }

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let docs = session.corpus.documents
        // Retellings first: their sketches are scratch, and freed before the analysis grows the
        // heap, the analysis reuses their memory instead of adding to it (a lower peak).
        let variants = session.variants
        try session.prefetch(docs, through: .structure)
        // Rows keep their corpus number, so `show 3` still means the third story whatever the order.
        var rows = docs.enumerated().map { i, d in
            StoriesResult.Row(index: i + 1, id: d.id, title: d.title, file: d.file, words: d.wordCount,
                              paragraphs: d.paragraphs.count, ending: d.isAnalysable ? d.structure.ending.kind : nil,
                              variantOf: variants[d.id], origin: d.origin?.command)
        }
        if let ending { rows = rows.filter { $0.ending == ending } }
        switch sort {
        case .words: rows.sort { $0.words != $1.words ? $0.words > $1.words : $0.index < $1.index }
        case .paragraphs: rows.sort { $0.paragraphs != $1.paragraphs ? $0.paragraphs > $1.paragraphs : $0.index < $1.index }
        case .title: rows.sort { ($0.title ?? "\u{10FFFF}").localizedStandardCompare($1.title ?? "\u{10FFFF}") == .orderedAscending }
        case .id: rows.sort { $0.id < $1.id }
        case nil: break
        }
        return StoriesResult(stories: rows, filtered: ending != nil)
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
        var ending: EndingKind?
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
    /// Whether `--ending` left some out (an empty list then means none matched, not none loaded).
    var filtered = false

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(stories, forKey: AnyKey("stories"))
    }

    func render(_ context: RenderContext) -> String {
        if stories.isEmpty { return filtered ? "no stories with that ending" : "no stories loaded (try: load PATH)" }
        let s = context.style
        let rows = stories.map { r -> [String] in
            var title = r.title ?? s.dim("(untitled)")
            if r.title == nil, let o = r.origin { title = s.dim("remix: ") + o }
            if let v = r.variantOf { title = s.yellow("≈\(v.prefix(3)) ") + title }
            return [String(r.index), r.id, String(r.words), String(r.paragraphs), r.ending.map(s.ending) ?? s.dim("too long"), title]
        }
        var table = TextTable(headers: ["#", "id", "words", "¶", "ending", "title"], rows: rows, flexible: 5, rightAligned: [0, 2, 3])
        table.keyColumn = 1
        return table.render(context)
    }
}
