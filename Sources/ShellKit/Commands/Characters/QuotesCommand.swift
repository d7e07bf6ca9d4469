import ArgumentParser
import StoryKit

/// `quotes STORY [--by NAME]`: the dialogue as a script.
public struct QuotesCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "A story's dialogue laid out as a script (speaker: line).",
        discussion: "Speakers come from speech tags, vocatives and turn-taking; a line whose speaker is not certain is shown with `?` rather than guessed.",
        aliases: ["dialogue"])
    public static let group = CommandGroup.characters
    public static let examples = ["quotes 001", "quotes 001 --by John", "quotes 003 --by narrator"]
    public static let completions: [Completion] = [.story]
    public static let optionNames = ["--by"]

    @Argument(help: "A story.")
    var story: String

    @Option(help: "Only the lines of this character (a name, alias, role noun or role).")
    var by: String?

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let doc = try session.analysed(story)
        let cast = doc.cast
        var quotes = cast.quotes
        if let by {
            let ids = Set(cast.members.filter { CharacterMatch.matches(by, $0) }.map(\.id))
            if ids.isEmpty {
                throw ShellError("no character '\(by)' in \(doc.id); characters are \(cast.members.map { $0.name ?? $0.label }.joined(separator: ", "))")
            }
            quotes = quotes.filter { $0.speaker.map(ids.contains) ?? false }
        }
        return QuotesResult(story: doc.id, lines: quotes.map { q in
            .init(paragraph: q.paragraph, speaker: q.speaker.map { cast.members[$0].name ?? cast.members[$0].label }, cue: q.cue.rawValue, text: q.text)
        })
    }
}

struct QuotesResult: CommandResult {
    struct Line: Encodable {
        var paragraph: Int
        var speaker: String?
        var cue: String
        var text: String
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: AnyKey.self)
            try c.encode(paragraph, forKey: AnyKey("paragraph"))
            try c.encode(speaker, forKey: AnyKey("speaker"))
            try c.encode(cue, forKey: AnyKey("cue"))
            try c.encode(text, forKey: AnyKey("text"))
        }
    }
    var story: String
    var lines: [Line]

    func render(_ context: RenderContext) -> String {
        let s = context.style
        if lines.isEmpty { return "no quoted lines" }
        let width = min(16, lines.map { ($0.speaker ?? "?").displayWidth }.max() ?? 1)
        return lines.map { l in
            let who = (l.speaker ?? "?").truncated(to: width).padded(to: width)
            let gutter = s.dim("¶\(l.paragraph)".padded(to: 5)) + (l.speaker == nil ? s.dim(who) : s.bold(who)) + "  "
            return l.text.wrapped(to: context.width, indent: String(repeating: " ", count: width + 7), firstIndent: gutter)
        }.joined(separator: "\n")
    }
}
