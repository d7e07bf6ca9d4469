/// The character layer: who is in the story, what the text calls them, and who says what.
public struct Cast: Sendable, Equatable {
    /// The narrator first, then the others in order of first appearance.
    public var members: [CastMember]
    /// Every quotation of the story with its speaker, in reading order (scare quotes too,
    /// with kind `.mention` and no speaker).
    public var quotes: [AttributedQuote]
    /// The dialogue, kept small: a session holds ten thousand casts, and a turn's parts are
    /// quotations the cast holds already (`turns` builds the script from these).
    var turnRecords: [DialogueTurn.Record] = []
    /// The stage directions of every turn, in order (`Record.directions` counts each turn's).
    var directionSpans: [TextSpan] = []

    public init(members: [CastMember] = [], quotes: [AttributedQuote] = []) {
        self.members = members
        self.quotes = quotes
    }

    /// The dialogue as a script: one turn per utterance, a line split by its speech tag joined.
    public var turns: [DialogueTurn] {
        var at = 0
        return turnRecords.map { r in
            let parts = Int(r.first)..<Int(r.first + r.count)
            let directions = directionSpans[at..<(at + Int(r.count) - 1)].map(\.string)
            at += Int(r.count) - 1
            return DialogueTurn(paragraph: quotes[parts.lowerBound].paragraph, speaker: r.speaker < 0 ? nil : Int(r.speaker),
                                cue: quotes[parts.lowerBound].cue, quotes: Array(parts), partSpans: parts.map { quotes[$0].span },
                                directions: directions)
        }
    }

    public static func == (a: Cast, b: Cast) -> Bool {
        a.members == b.members && a.quotes == b.quotes && a.turns == b.turns
    }

    public var narrator: CastMember? { members.first { $0.role == .narrator } }
    public var leaver: CastMember? { members.first { $0.role == .leaver } }
    public func members(_ role: Role) -> [CastMember] { members.filter { $0.role == role } }
}

/// One character.
public struct CastMember: Sendable, Equatable, Identifiable {
    /// Position in `Cast.members`; quotes refer to speakers by it.
    public var id: Int
    /// The proper name, or nil when the text never gives one.
    public var name: String?
    /// What to call them: the name, or the role noun the text uses ("our daughter").
    public var label: String
    public var role: Role
    public var gender: Gender?
    /// Every other way the text refers to them ("my husband", "Daddy").
    public var aliases: [String] {
        get { Self.split(aliasText) }
        set { aliasText = Self.join(newValue) }
    }
    /// The aliases in one string, split by U+001F (never in clean text): one allocation a
    /// member instead of one an alias, for a session of ten thousand casts.
    private var aliasText: String
    /// Names, role nouns and pronouns that clearly refer to them.
    public var mentions: Int
    /// Quotations attributed to them.
    public var quotes: Int
    /// 1-based paragraph of the first mention.
    public var firstParagraph: Int
    /// 1-based paragraphs in which they are mentioned or speak, ascending.
    public var paragraphs: [Int] {
        get { paragraphs32.map(Int.init) }
        set { paragraphs32 = newValue.map { Int32($0) } }
    }
    /// Stored as 32-bit numbers: a session holds the cast of ten thousand stories.
    private var paragraphs32: [Int32]
    /// More than one person under one label ("the twins").
    public var plural: Bool

    public init(id: Int, name: String?, label: String, role: Role, gender: Gender?, aliases: [String] = [],
                mentions: Int = 0, quotes: Int = 0, firstParagraph: Int, paragraphs: [Int] = [], plural: Bool = false) {
        self.id = id
        self.name = name
        self.label = label
        self.role = role
        self.gender = gender
        aliasText = Self.join(aliases)
        self.mentions = mentions
        self.quotes = quotes
        self.firstParagraph = firstParagraph
        paragraphs32 = paragraphs.map { Int32($0) }
        self.plural = plural
    }
}

extension CastMember {
    static let separator: Character = "\u{1F}"
    static func join(_ words: [String]) -> String { words.joined(separator: String(separator)) }
    static func split(_ text: String) -> [String] {
        // By bytes: U+001F is a control character, a grapheme of its own, so the split is the
        // one `Character`s give, without breaking the text into graphemes.
        text.isEmpty ? [] : text.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}

public enum Role: String, Sendable, Codable, CaseIterable {
    case narrator, leaver, child, rival, helper, family, other
}

public enum Gender: String, Sendable, Codable, CaseIterable {
    case male, female
}

/// A quotation and who said it.
public struct AttributedQuote: Sendable, Equatable {
    // Stored as 32-bit numbers: a session holds every quotation of ten thousand stories.
    private var paragraph32: Int32
    private var speaker32: Int32 = -1
    private var start16: Int32 = 0, end16: Int32 = 0

    public var paragraph: Int {
        get { Int(paragraph32) }
        set { paragraph32 = Int32(newValue) }
    }
    /// The words of the quotation, shared with the paragraph rather than copied.
    private(set) var span: TextSpan
    public var text: String {
        get { span.string }
        set { span = TextSpan(newValue) }
    }
    /// Index into `Cast.members`, or nil when the speaker is not known for sure.
    public var speaker: Int? {
        get { speaker32 < 0 ? nil : Int(speaker32) }
        set { speaker32 = newValue.map(Int32.init) ?? -1 }
    }
    /// The cue that decided the speaker.
    public var cue: Cue
    /// Speech, or a scare quote the narration only holds up.
    public var kind: QuoteKind = .speech
    /// UTF-16 offsets of the quotation, marks included, in its paragraph.
    public var range: Range<Int> {
        get { Int(start16)..<Int(end16) }
        set { start16 = Int32(newValue.lowerBound); end16 = Int32(newValue.upperBound) }
    }

    public var isSpeech: Bool { kind == .speech }

    public static func == (a: AttributedQuote, b: AttributedQuote) -> Bool {
        a.paragraph == b.paragraph && a.speaker == b.speaker && a.cue == b.cue && a.kind == b.kind && a.text == b.text
    }

    public enum Cue: String, Sendable, Codable {
        /// `"…," he said` / `John said`.
        case tag
        /// A vocative or address that names the other speaker.
        case vocative
        /// Alternation in a two-person exchange.
        case turnTaking = "turn-taking"
        /// A line of the text the narrator is writing or reading (letters, texts).
        case context
        case unknown
    }

    public init(paragraph: Int, text: String, speaker: Int?, cue: Cue) {
        self.init(paragraph: paragraph, span: TextSpan(text), speaker: speaker, cue: cue)
    }

    init(paragraph: Int, span: TextSpan, speaker: Int?, cue: Cue) {
        paragraph32 = Int32(paragraph)
        self.span = span
        self.cue = cue
        self.speaker = speaker
    }
}
