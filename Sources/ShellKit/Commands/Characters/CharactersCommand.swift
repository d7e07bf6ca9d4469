import ArgumentParser
import StoryKit

/// `characters [STORY|all]`: the cast of one story, or the corpus-wide cast table.
public struct CharactersCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "characters",
        abstract: "Who is in a story: names, roles, aliases, mentions, quotes; `all` for the corpus.",
        discussion: "Characters the text never names are listed by the role noun it uses (\"our daughter\"). `characters all` puts one story per row with its narrator, leaver, children, rivals and helpers: the view for a projector.",
        aliases: ["cast"])
    public static let group = CommandGroup.characters
    public static let examples = ["characters 001", "characters all", "characters 002+get-out"]
    public static let completions: [Completion] = [.storyOrAll]

    @Argument(help: "A story, or `all` (the default).")
    var story: String = "all"

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        if story == "all" {
            let (docs, skipped) = session.analysableDocuments()
            try session.prefetch(docs, through: .cast)
            let rows = session.castRows.values(for: docs) { CastTableResult.Row(story: $0.id, cast: $0.cast) }
            return CastTableResult(stories: rows, skipped: skipped)
        }
        let doc = try session.analysed(story)
        return CharactersResult(story: doc.id, members: doc.cast.members)
    }
}

/// The `characters` shape of CONTRACT.md.
struct CharactersResult: CommandResult {
    var story: String
    var members: [CastMember]

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(story, forKey: AnyKey("story"))
        try c.encode(members.map(CharacterJSON.init), forKey: AnyKey("characters"))
    }

    func render(_ context: RenderContext) -> String {
        let s = context.style
        if members.isEmpty { return "no characters found in \(story)" }
        let rows = members.map { m -> [String] in
            [m.name.map { s.bold($0) } ?? s.italic(m.label), RoleStyle.paint(m.role, s), m.gender?.rawValue ?? "–",
             String(m.mentions), String(m.quotes), "¶\(m.firstParagraph)", m.aliases.filter { $0 != m.name && $0 != m.label }.joined(separator: ", ")]
        }
        return TextTable(headers: ["character", "role", "gender", "mentions", "quotes", "first", "aliases"], rows: rows,
                         flexible: 6, rightAligned: [3, 4]).render(context)
    }
}

/// One character in the JSON of `characters` and `character`.
struct CharacterJSON: Encodable {
    var m: CastMember
    init(_ m: CastMember) { self.m = m }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(m.name, forKey: AnyKey("name"))
        try c.encode(m.label, forKey: AnyKey("label"))
        try c.encode(m.role.rawValue, forKey: AnyKey("role"))
        try c.encode(m.gender?.rawValue, forKey: AnyKey("gender"))
        try c.encode(m.aliases, forKey: AnyKey("aliases"))
        try c.encode(m.mentions, forKey: AnyKey("mentions"))
        try c.encode(m.quotes, forKey: AnyKey("quotes"))
        try c.encode(m.firstParagraph, forKey: AnyKey("first_paragraph"))
        try c.encode(m.paragraphs, forKey: AnyKey("paragraphs"))
        try c.encode(m.plural, forKey: AnyKey("plural"))
    }
}

/// Roles in a fixed colour each, so a table reads at a glance.
enum RoleStyle {
    static func paint(_ role: Role, _ s: Style) -> String {
        switch role {
        case .narrator: return s.cyan(role.rawValue)
        case .leaver: return s.red(role.rawValue)
        case .child: return s.green(role.rawValue)
        case .rival: return s.magenta(role.rawValue)
        case .helper: return s.blue(role.rawValue)
        case .family: return s.yellow(role.rawValue)
        case .other: return s.dim(role.rawValue)
        }
    }
}

/// `characters all`: one row per story, one column per role.
struct CastTableResult: CommandResult {
    /// The columns after the story, in order.
    static let roles: [Role] = [.narrator, .leaver, .child, .rival, .helper, .family, .other]

    /// One story's row. Its cells and their widths are made once, since the session keeps
    /// rows per story and a big table is mostly the measuring of its cells.
    struct Row: Encodable {
        var story: String
        var cast: Cast
        /// The story cell, then one cell per role of `roles`.
        let cells: [String]
        let widths: [Int]
        /// Bit i: the story has someone in `roles[i]`.
        let present: Int

        init(story: String, cast: Cast) {
            self.story = story
            self.cast = cast
            var cells = [String(story.prefix(12))]
            var present = 0
            for (i, role) in CastTableResult.roles.enumerated() {
                let names = cast.members(role).map { $0.name ?? $0.label }
                if !names.isEmpty { present |= 1 << i }
                cells.append(names.isEmpty ? "–" : names.joined(separator: ", "))
            }
            self.cells = cells
            self.widths = cells.map(\.displayWidth)
            self.present = present
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: AnyKey.self)
            try c.encode(story, forKey: AnyKey("story"))
            try c.encode(cast.members.map(CharacterJSON.init), forKey: AnyKey("characters"))
        }

        func cell(_ role: Role) -> String {
            let names = cast.members(role).map { $0.name ?? $0.label }
            return names.isEmpty ? "–" : names.joined(separator: ", ")
        }
    }
    var stories: [Row]
    /// Stories too long to analyse, left out.
    var skipped: [String] = []

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(stories, forKey: AnyKey("stories"))
        try c.encode(skipped, forKey: AnyKey("skipped"))
    }

    func jsonLine() -> String {
        var shell = self
        shell.stories = []
        let rows = stories
        return JSONLine.encode(shell, streaming: "stories", count: rows.count) { rows[$0] }
    }

    func render(_ context: RenderContext) -> String {
        let used = Self.roles.indices.filter { i in stories.contains { $0.present & (1 << i) != 0 } }
        let columns = [0] + used.map { $0 + 1 }
        var table = TextTable(headers: ["story"] + used.map { RoleStyle.paint(Self.roles[$0], context.style) },
                              rows: stories.map { row in columns.map { row.cells[$0] } })
        table.cellWidths = stories.map { row in columns.map { row.widths[$0] } }
        table.flexible = used.count
        return table.render(context) + TooLong.note(skipped, context)
    }
}
