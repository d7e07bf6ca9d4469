import ArgumentParser
import StoryKit

/// `quotes STORY [--by NAME]`: the dialogue as a script.
public struct QuotesCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "A story's dialogue laid out as a script (speaker: line).",
        discussion: "Speakers come from speech tags, vocatives and turn-taking; a line whose speaker is not certain is shown with `?` rather than guessed. A line split by its speech tag is one turn, the tag shown as a stage direction in brackets; a scare quote (a word the narration only holds up, such as he needed “room to breathe”) is not a line, and --json lists those under not_speech.",
        aliases: ["dialogue"])
    public static let group = CommandGroup.characters
    public static let examples = ["quotes 001", "quotes 001 --by John", "quotes 003 --by narrator"]
    public static let completions: [Completion] = [.story]

    @Argument(help: "A story.")
    var story: String

    @Option(help: ArgumentHelp("Only the lines of this character (a name, alias, role noun or role).", valueName: "character"))
    var by: String?

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let doc = try session.analysed(story)
        let cast = doc.cast
        var turns = cast.turns
        if let by {
            let ids = Set(cast.members.filter { CharacterMatch.matches(by, $0) }.map(\.id))
            if ids.isEmpty {
                throw ShellError("no character '\(by)' in \(doc.id); characters are \(cast.members.map { $0.name ?? $0.label }.joined(separator: ", "))")
            }
            turns = turns.filter { $0.speaker.map(ids.contains) ?? false }
        }
        return QuotesResult(story: doc.id, lines: turns.map { t in
            .init(paragraph: t.paragraph, speaker: t.speaker.map { cast.members[$0].name ?? cast.members[$0].label }, cue: t.cue.rawValue,
                  text: t.text, parts: t.parts, directions: t.directions)
        }, notSpeech: by != nil ? [] : cast.quotes.filter { !$0.isSpeech }.map { .init(paragraph: $0.paragraph, text: $0.text) })
    }
}

struct QuotesResult: CommandResult {
    struct Line: Encodable {
        var paragraph: Int
        var speaker: String?
        var cue: String
        /// The turn as said: its parts joined with a space.
        var text: String
        var parts: [String] = []
        /// The narration between parts (the speech tag), one fewer than the parts.
        var directions: [String] = []
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: AnyKey.self)
            try c.encode(paragraph, forKey: AnyKey("paragraph"))
            try c.encode(speaker, forKey: AnyKey("speaker"))
            try c.encode(cue, forKey: AnyKey("cue"))
            try c.encode(text, forKey: AnyKey("text"))
            try c.encode(parts, forKey: AnyKey("parts"))
            try c.encode(directions, forKey: AnyKey("directions"))
        }
    }
    struct Mention: Encodable {
        var paragraph: Int
        var text: String
    }
    var story: String
    var lines: [Line]
    /// Scare quotes and other quoted words that are nobody's line.
    var notSpeech: [Mention] = []

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(story, forKey: AnyKey("story"))
        try c.encode(lines, forKey: AnyKey("lines"))
        try c.encode(notSpeech, forKey: AnyKey("not_speech"))
    }

    func render(_ context: RenderContext) -> String {
        let s = context.style
        if lines.isEmpty { return "no quoted lines" }
        let width = min(16, lines.map { ($0.speaker ?? "?").displayWidth }.max() ?? 1)
        return lines.map { l in
            let who = (l.speaker ?? "?").truncated(to: width).padded(to: width)
            let gutter = s.dim("¶\(l.paragraph)".padded(to: 5)) + (l.speaker == nil ? s.dim(who) : s.bold(who)) + "  "
            // A split line reads as one, its speech tag a stage direction in brackets.
            var said = l.parts.first ?? l.text
            for (k, part) in l.parts.dropFirst().enumerated() {
                if k < l.directions.count, !l.directions[k].isEmpty { said += " " + ("[" + l.directions[k] + "]").split(separator: " ").map { s.dim(String($0)) }.joined(separator: " ") }
                said += " " + part
            }
            return said.wrapped(to: context.width, indent: String(repeating: " ", count: width + 7), firstIndent: gutter)
        }.joined(separator: "\n")
    }
}
