/// The character layer: who is in the story, what the text calls them, and who says what.
public struct Cast: Sendable, Equatable {
    /// The narrator first, then the others in order of first appearance.
    public var members: [CastMember]
    /// Every quotation of the story with its speaker, in reading order (scare quotes too,
    /// with kind `.mention` and no speaker).
    public var quotes: [AttributedQuote]
    /// The dialogue as a script: one turn per utterance, a line split by its speech tag joined.
    public var turns: [DialogueTurn]

    public init(members: [CastMember] = [], quotes: [AttributedQuote] = [], turns: [DialogueTurn] = []) {
        self.members = members
        self.quotes = quotes
        self.turns = turns
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
    public var aliases: [String]
    /// Names, role nouns and pronouns that clearly refer to them.
    public var mentions: Int
    /// Quotations attributed to them.
    public var quotes: Int
    /// 1-based paragraph of the first mention.
    public var firstParagraph: Int
    /// 1-based paragraphs in which they are mentioned or speak, ascending.
    public var paragraphs: [Int]
    /// More than one person under one label ("the twins").
    public var plural: Bool

    public init(id: Int, name: String?, label: String, role: Role, gender: Gender?, aliases: [String] = [],
                mentions: Int = 0, quotes: Int = 0, firstParagraph: Int, paragraphs: [Int] = [], plural: Bool = false) {
        self.id = id
        self.name = name
        self.label = label
        self.role = role
        self.gender = gender
        self.aliases = aliases
        self.mentions = mentions
        self.quotes = quotes
        self.firstParagraph = firstParagraph
        self.paragraphs = paragraphs
        self.plural = plural
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
    public var paragraph: Int
    /// The words of the quotation, shared with the paragraph rather than copied.
    private(set) var span: TextSpan
    public var text: String {
        get { span.string }
        set { span = TextSpan(newValue) }
    }
    /// Index into `Cast.members`, or nil when the speaker is not known for sure.
    public var speaker: Int?
    /// The cue that decided the speaker.
    public var cue: Cue
    /// Speech, or a scare quote the narration only holds up.
    public var kind: QuoteKind = .speech
    /// UTF-16 offsets of the quotation, marks included, in its paragraph.
    public var range: Range<Int> = 0..<0

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
        self.paragraph = paragraph
        self.span = span
        self.speaker = speaker
        self.cue = cue
    }
}
