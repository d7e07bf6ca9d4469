import ArgumentParser
import Foundation
import StoryKit

/// `find TEXT`: keyword in context across the corpus.
public struct FindCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find text across the stories, shown in context with story and paragraph.",
        discussion: "Matching ignores case and treats curly and straight apostrophes alike. Several words are one phrase. --word matches whole words only (`find --word he` skips \"the\"); --regex reads TEXT as a regular expression (ICU syntax, case ignored).")
    public static let group = CommandGroup.corpus
    public static let examples = ["find GET OUT", "find \"came back\"", "find sorry --in 001", "find daddy --limit 5", "find --word he", "find --regex \"forg(ive|ave)\""]

    @Argument(help: "The text to find.")
    var words: [String]

    @Option(name: .customLong("in"), help: ArgumentHelp("Only this story.", valueName: "story"))
    var story: String?

    @Option(help: "Show at most this many matches (0: all).")
    var limit = 50

    @Flag(help: "Whole words only.")
    var word = false

    @Flag(help: "TEXT is a regular expression.")
    var regex = false

    public init() {}

    /// The words of the query as one argument (they are one phrase anyway), the options as given.
    public static func prepare(_ arguments: [String]) -> [String] {
        var words: [String] = [], options: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if spec.option(named: a)?.takesValue == true, !a.contains("=") {
                options.append(a)
                if i + 1 < arguments.count { options.append(arguments[i + 1]) }
                i += 2
                continue
            }
            if a.hasPrefix("-"), a.count > 1 { options.append(a) } else { words.append(a) }
            i += 1
        }
        return (words.isEmpty ? [] : [words.joined(separator: " ")]) + options
    }

    public mutating func run(in session: Session) throws -> any CommandResult {
        let query = words.joined(separator: " ")
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw ShellError("find: nothing to find") }
        let docs = try story.map { [try session.story($0)] } ?? session.corpus.documents
        if word || regex {
            guard !(word && regex) else { throw ShellError("find: --word and --regex do not go together (use \\b in the expression)") }
            let hits = try PatternSearch.find(query, regex: regex, in: docs, limit: limit <= 0 ? Int.max : limit, isCancelled: session.isCancelled)
            return FindResult(query: query, total: hits.total, matches: hits.matches.map {
                .init(story: $0.story, paragraph: $0.paragraph, before: $0.before, match: $0.match, after: $0.after)
            })
        }
        let hits = try TextSearch.find(query, in: docs, limit: limit <= 0 ? Int.max : limit, isCancelled: session.isCancelled)
        return FindResult(query: query, total: hits.total, matches: hits.matches.map {
            .init(story: $0.story, paragraph: $0.paragraph, before: $0.before, match: $0.match, after: $0.after)
        })
    }
}

struct FindResult: CommandResult {
    struct Match: Encodable { var story: String; var paragraph: Int; var before: String; var match: String; var after: String }
    var query: String
    var total: Int
    var matches: [Match]

    func render(_ context: RenderContext) -> String {
        let s = context.style
        if matches.isEmpty { return "no matches for '\(query)'" }
        let idWidth = matches.map { $0.story.prefix(12).count }.max() ?? 3
        let where_ = matches.map { "\($0.story.prefix(12))".padded(to: idWidth) + " ¶\($0.paragraph)" }
        let gutter = where_.map(\.displayWidth).max() ?? 0
        let room = max(20, context.width - gutter - 2)
        let side = max(8, (room - (matches.map(\.match.displayWidth).max() ?? 0)) / 2)
        var lines = zip(matches, where_).map { m, w -> String in
            let before = String(m.before.suffix(side))
            let after = String(m.after.prefix(side))
            let left = String(repeating: " ", count: max(0, side - before.displayWidth)) + before
            return s.dim(w.padded(to: gutter)) + "  " + left + s.bold(s.yellow(m.match)) + after
        }
        if total > matches.count { lines.append(s.dim("… \(total - matches.count) more (use --limit 0 for all)")) }
        else { lines.append(s.dim("\(total) \(total == 1 ? "match" : "matches")")) }
        return lines.joined(separator: "\n")
    }
}
