/// What the walk learns about each quotation (one entry per quote), for the quote rules after
/// it. Fresh for every walk but for `embedded`, which the first walk hands to the second.
struct QuoteEvidence {
    /// Speaker entity and cue, from a tag or an action beat.
    var speaker: [Int?]
    var cue: [AttributedQuote.Cue]
    /// The subject of the narration just before a lone untagged line (or `silentNarrator`).
    var fallback: [Int?]
    /// Entities named as addressee, and parent words used as vocatives ("Mom!").
    var vocatives: [[Int]]
    var parentVocatives: [[Gender]]
    /// A word quoted inside a sentence, a scare quote or a remembered line: no turn of dialogue.
    var embedded: [Bool]
    /// The speaker came from an action beat or the narration before, not a tag.
    var weakCue: [Bool]
    /// The last person other than the narrator referred to before the line.
    var lastMentioned: [Int?]
    /// A tag that says the narrator was addressed (`told me`).
    var addressedNarrator: [Bool]
    /// The role phrase a tag's "he" or "she" goes on from, when the walk had not met it yet
    /// (`His mom fed me. “…,” she told me`), and whether it was its sentence's subject:
    /// `QuoteAttributor` settles it.
    var continuesFrom: [(token: Int, mainSubject: Bool)?]

    init(count n: Int, embedded: [Bool]) {
        speaker = Array(repeating: nil, count: n)
        cue = Array(repeating: .unknown, count: n)
        fallback = Array(repeating: nil, count: n)
        vocatives = Array(repeating: [], count: n)
        parentVocatives = Array(repeating: [], count: n)
        self.embedded = embedded
        weakCue = Array(repeating: false, count: n)
        lastMentioned = Array(repeating: nil, count: n)
        addressedNarrator = Array(repeating: false, count: n)
        continuesFrom = Array(repeating: nil, count: n)
    }

    /// `fallback` of a line after the narrator's silence (not an entity).
    static let silentNarrator = -1
}

/// A parent word used as a name ("Daddy", "Mom"): whose parent it means depends on who speaks,
/// so it waits for the quote rules.
struct ParentWordUse {
    var tok: Int
    /// The quote it stands in, or -1.
    var quote: Int
    var gender: Gender
    var vocative: Bool
}

/// A phrase the walk cannot place before the roles are known: "the boy" (the one son), "his
/// dad" said of a child (one of the children's parents).
struct PendingReference {
    var tok: Int
    var gender: Gender
    var surface: String
}

/// One walk's result: the scene where it ended, what it learned of each quote, and what it
/// left for the roles.
struct WalkResult {
    var scene: CastScene
    var quotes: QuoteEvidence
    var parentUses: [ParentWordUse]
    var childRefs: [PendingReference]
    var parentNouns: [PendingReference]
    /// Named as the one the partner left for ("left me for Elise").
    var rivals: Set<Int>
}
