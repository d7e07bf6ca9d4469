import ArgumentParser
import StoryKit

/// `splice STORY --ending KIND [--from DONOR] [--as NAME]` and
/// `splice STORY --at BEAT --with DONOR [--from BEAT]`: a remix that becomes a story of the
/// session, so every other command (and a further splice) works on it. Replayed by `save`,
/// so a saved session rebuilds its remixes; deterministic, so they come back identical.
public struct SpliceCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "splice",
        abstract: "Give a story another ending, or join two stories at a beat.",
        discussion: """
            With --ending, keeps STORY through its return beat and the leaver's plea, then ends it the way asked: \
            with --from, DONOR's reply and resolution (or a built-in ending by name); without, the story of the corpus whose \
            cast fits best, else a built-in ending from samples/endings. With --at and --with, keeps STORY through BEAT and \
            continues with DONOR from its --from beat (default: the next beat). Donor names, role nouns and pronouns are \
            rewritten for STORY's cast; what cannot be mapped is dropped, and the report lists every rewrite and drop. \
            A donor or ending that does not fit (a child one story has and the other has not, a return in another scene, \
            too little surviving, an ending under three paragraphs) is refused with the reason; --force uses it anyway. \
            The remix checks itself and lists warnings (a donor name left, a pronoun with no referent, plural agreement, \
            a doubled referent, mixed quotation marks, a place word that contradicts the return, a reply without its \
            question); --strict makes any warning an error.
            """)
    public static let group = CommandGroup.remix
    public static let examples = [
        "splice 002 --ending get-out", "splice 001 --ending forgive --from 002", "splice 001 --ending forgive --from 000 --force",
        "splice 003 --ending forgive --as second-try",
        "splice 002 --at rebuilding --with 001", "splice 003 --ending moved-on --from moved-on-the-garden",
        "splice 004 --ending forgive --from 002 --map 'Ava=Colin' --title 'A Second Chance'", "splice 002 --ending get-out --strict",
    ]
    public static let completions: [Completion] = [.story]

    @Argument(help: "The story to keep the beginning of.")
    var story: String

    @Option(help: "The ending to give it.")
    var ending: EndingKind?

    @Option(help: ArgumentHelp("With --ending: the donor story or built-in ending. With --with: the donor's beat to continue from.", valueName: "donor"))
    var from: String?

    @Option(name: .customLong("as"), help: "The remix's id (default STORY+KIND, or STORY+DONOR).")
    var name: String?

    @Option(help: ArgumentHelp("The beat of STORY to cut after.", valueName: "beat"))
    var at: BeatKind?

    @Option(name: .customLong("with"), help: ArgumentHelp("The story to continue with, for --at.", valueName: "donor"))
    var donor: String?

    @Option(help: "Map a donor character to one of STORY's: 'DONOR NAME=RECIPIENT NAME' (repeatable).")
    var map: [String] = []

    @Option(help: "The remix's title (default: STORY's title with the remix named).")
    var title: String?

    @Flag(help: "Use a donor or ending that does not fit, with a note.")
    var force = false

    @Flag(help: "Make any self-check warning an error.")
    var strict = false

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let recipient = try session.analysed(story)
        if let name { try Self.checkName(name, in: session) }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty || title.contains(where: \.isNewline) {
            throw ShellError("splice: --title needs one line of text")
        }
        let splicer = Splicer(library: session.endingLibrary, overrides: try map.map { try Self.override($0, recipient: recipient) }, force: force)
        let short = Splicer.shortID(recipient.id)
        let splice: Splicer.Splice
        var defaultID: String
        do {
            if at != nil || donor != nil {
                guard let at, let donor else { throw ShellError("splice: --at and --with go together (splice STORY --at BEAT --with DONOR)") }
                if ending != nil { throw ShellError("splice: give either --ending or --at/--with, not both") }
                let d = try session.analysed(donor)
                splice = try splicer.splice(recipient, at: at, with: d, from: try from.map { try BeatKind.parse($0, command: "splice", option: "--from") })
                defaultID = "\(short)+\(Splicer.shortID(d.id))"
            } else {
                let kind = ending
                if let from {
                    if let template = session.endingLibrary.template(named: from) {
                        if let kind, kind != template.kind { throw ShellError("splice: \(from) is a \(template.kind.rawValue) ending, not \(kind.rawValue)") }
                        splice = try splicer.splice(recipient, template: template)
                    } else {
                        let d = try session.analysed(from)
                        if d.id == recipient.id { throw ShellError("splice: a story cannot be its own donor") }
                        splice = try splicer.splice(recipient, ending: kind, donor: d)
                    }
                } else {
                    guard let kind else { throw ShellError("splice: say which ending (--ending \(EndingKind.allValueStrings.joined(separator: "|"))) or give --from DONOR") }
                    splice = try splicer.splice(recipient, ending: kind, corpus: session.analysableDocuments().documents)
                }
                defaultID = "\(short)+\(splice.ending?.rawValue ?? "remix")"
            }
        } catch let e as RemixError {
            throw ShellError("splice: \(e.description)")
        }
        if let name { defaultID = name }
        var id = defaultID
        var n = 2
        while session.corpus.document(id: id) != nil {
            id = "\(defaultID)-\(n)"
            n += 1
        }
        let warnings = splice.report.warnings
        if strict, !warnings.isEmpty {
            throw ShellError("splice: --strict and \(warnings.count) warning\(warnings.count == 1 ? "" : "s"): " + warnings.map(\.description).joined(separator: "; "))
        }
        let origin = Origin(command: Lexer.join(words), sources: [recipient.id] + (splice.donorID.map { [$0] } ?? []),
                            seam: splice.kept.upperBound + 1, ending: splice.ending, warnings: warnings.map(\.description))
        let what = splice.ending.map { "\($0.rawValue) ending" } ?? "remix"
        let heading = title ?? "\(recipient.title ?? Splicer.shortID(recipient.id)) (a remix: \(splice.donorID.map { "with \(Splicer.shortID($0))’s " } ?? "")\(what))"
        let doc = StoryDocument(id: id, clean: CleanText(title: heading, paragraphs: splice.paragraphs), origin: origin)
        session.add([doc])
        return SpliceResult(id: id, title: heading, recipient: recipient.id, donor: splice.donorID, template: splice.template,
                            ending: splice.ending?.rawValue, kept: .init(first: splice.kept.lowerBound, last: splice.kept.upperBound),
                            donorParagraphs: splice.donorRange.map { .init(first: $0.lowerBound, last: $0.upperBound) },
                            rewrites: splice.report.rewrites, drops: splice.report.drops, notes: splice.report.notes,
                            warnings: warnings, paragraphs: splice.paragraphs.count)
    }

    /// `--as` must not take a name that already means a story: an id, a prefix of ids, or a number.
    static func checkName(_ name: String, in session: Session) throws {
        guard !name.isEmpty, !name.contains(where: { $0.isWhitespace || $0.isNewline }) else { throw ShellError("splice: --as needs a name without spaces") }
        if name.allSatisfy(\.isNumber) { throw ShellError("splice: --as \(name) is a number, and numbers name stories by their place in `stories`") }
        switch session.corpus.resolve(name) {
        case .success(let d): throw ShellError("splice: --as \(name) already names \(d.id); choose another name")
        case .failure(.ambiguous(_, let candidates)): throw ShellError("splice: --as \(name) is a prefix of \(candidates.prefix(3).joined(separator: ", ")); choose another name")
        case .failure(.unknown): break
        }
    }

    /// Parses `DONOR NAME=RECIPIENT NAME`; the recipient side is looked up in STORY's cast for its sex.
    static func override(_ text: String, recipient: StoryDocument) throws -> CastMap.Override {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw ShellError("splice: --map takes 'DONOR NAME=RECIPIENT NAME'; got '\(text)'")
        }
        let member = recipient.cast.members.first { m in ([m.name, m.label].compactMap { $0 } + m.aliases).contains { $0.lowercased() == parts[1].lowercased() } }
        return CastMap.Override(donor: parts[0], recipient: member?.name ?? parts[1], gender: member?.gender)
    }

    /// The command as typed, normalised: what the remix's origin shows.
    var words: [String] {
        var w = ["splice", story]
        if let ending { w += ["--ending", ending.rawValue] }
        if let at { w += ["--at", at.rawValue] }
        if let donor { w += ["--with", donor] }
        if let from { w += ["--from", from] }
        if let name { w += ["--as", name] }
        for m in map { w += ["--map", m] }
        if let title { w += ["--title", title] }
        if force { w.append("--force") }
        if strict { w.append("--strict") }
        return w
    }
}
