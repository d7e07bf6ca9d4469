/// The structure layer: the beats of the story and how it ends.
public struct Structure: Sendable, Equatable {
    /// Beats in story order; a story may lack some kinds. In the genre's order, but for a story
    /// told from its return, where the return comes first and the leaving is told looking back.
    public var beats: [BeatSpan]
    public var ending: Ending
    /// The story opens on the return and tells the leaving afterwards.
    public var toldFromReturn: Bool

    public init(beats: [BeatSpan], ending: Ending, toldFromReturn: Bool = false) {
        self.beats = beats
        self.ending = ending
        self.toldFromReturn = toldFromReturn
    }

    public func beat(_ kind: BeatKind) -> BeatSpan? { beats.first { $0.kind == kind } }
}

public enum BeatKind: String, Sendable, Codable, CaseIterable, Comparable {
    case setup, departure, struggle, rebuilding
    case `return`
    case confrontation, resolution

    public static func < (a: BeatKind, b: BeatKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A beat: a run of paragraphs (1-based, inclusive).
public struct BeatSpan: Sendable, Equatable {
    public var kind: BeatKind
    public var first: Int
    public var last: Int
    /// The key sentence, shared with the story's text rather than copied.
    var summarySpan: TextSpan
    /// A key sentence from the beat.
    public var summary: String {
        get { summarySpan.string }
        set { summarySpan = TextSpan(newValue) }
    }
    /// Indices into `Cast.members` of the characters on stage in this beat.
    public var onStage: [Int]

    public init(kind: BeatKind, first: Int, last: Int, summary: String, onStage: [Int] = []) {
        self.init(kind: kind, first: first, last: last, summarySpan: TextSpan(summary), onStage: onStage)
    }

    init(kind: BeatKind, first: Int, last: Int, summarySpan: TextSpan, onStage: [Int]) {
        self.kind = kind
        self.first = first
        self.last = last
        self.summarySpan = summarySpan
        self.onStage = onStage
    }

    public static func == (a: BeatSpan, b: BeatSpan) -> Bool {
        a.kind == b.kind && a.first == b.first && a.last == b.last && a.summary == b.summary && a.onStage == b.onStage
    }

    public var paragraphs: ClosedRange<Int> { first...last }
}

public enum EndingKind: String, Sendable, Codable, CaseIterable {
    case forgive
    case getOut = "get-out"
    case movedOn = "moved-on"
}

/// How the story ends, and the line that decides it.
public struct Ending: Sendable, Equatable {
    public var kind: EndingKind
    /// The sentence that decides the ending.
    public var evidence: String
    /// 1-based paragraph of the evidence.
    public var paragraph: Int
    /// Each cue that was weighed, for `outline` to explain the decision.
    public var cues: [String] {
        get { CastMember.split(cueText) }
        set { cueText = CastMember.join(newValue) }
    }
    /// The cues in one string (see `CastMember.aliases`).
    private var cueText: String
    /// How sure the decision is, 0…1: the winning side's lead over the next, times how much
    /// evidence there is at all. No cue at all is 0.
    public var confidence: Double

    /// Below this, views say the ending is uncertain.
    public static let uncertainBelow = 0.35
    public var isUncertain: Bool { confidence < Self.uncertainBelow }

    public init(kind: EndingKind, evidence: String, paragraph: Int, cues: [String] = [], confidence: Double = 1) {
        self.kind = kind
        self.evidence = evidence
        self.paragraph = paragraph
        cueText = CastMember.join(cues)
        self.confidence = confidence
    }
}
