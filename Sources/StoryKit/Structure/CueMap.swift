/// Per-paragraph cue scores of one story: every lexicon run once over its tokens.
///
/// The beat and ending rules then reason over small arrays instead of rescanning text.
final class CueMap {
    struct Hit: Sendable {
        var label: String
        var weight: Double
        var paragraph: Int      // 0-based
        var sentence: Int
        var speech: Bool
        var shouted: Bool
        /// First token of the match.
        var token: Int
        /// A "but" comes before it in its sentence: it takes back what came before.
        var afterBut: Bool
        /// What kind of cue it is (`CueLine.Kind`).
        var kind = CueLine.Kind.plain
        /// One past the last token of the match.
        var end = 0
    }

    let tokens: StoryTokens
    let partner: Partner
    let paragraphCount: Int
    /// What each token is to the partner.
    let marks: [PartnerMark]
    /// Hits of each lexicon once found, by its place in `CueIndex.shared.lexicons`.
    private var cache: [[[Hit]]?] = Array(repeating: nil, count: CueIndex.shared.lexicons.count)
    /// Every lexicon's matches, found in one pass on first use.
    private lazy var matches = CueIndex.shared.matches(tokens.tokens, marks: marks)

    init(tokens: StoryTokens, partner: Partner, paragraphCount: Int) {
        self.tokens = tokens
        self.partner = partner
        self.paragraphCount = paragraphCount
        self.marks = partner.marks(tokens.tokens)
    }

    /// Hits of a lexicon, grouped by paragraph (0-based); each lexicon runs once per story.
    func hits(_ lexicon: PhraseLexicon) -> [[Hit]] {
        let at = CueIndex.shared.position(of: lexicon)
        if let done = cache[at] { return done }
        var out = Array(repeating: [Hit](), count: paragraphCount)
        let t = tokens.tokens
        for m in matches[at] {
            let cue = lexicon.cues[m.cue]
            // A stranger who turns out to be the partner ("a man stepped out") is one only of
            // the partner's sex.
            if cue.subject == .man && partner.gender != .male || cue.subject == .woman && partner.gender != .female { continue }
            let first = t[m.start]
            var afterBut = false
            var k = m.start - 1
            while k >= 0, t[k].sentence == first.sentence {
                if t[k].id == Self.butID { afterBut = true; break }
                k -= 1
            }
            out[first.paragraph].append(Hit(label: cue.label, weight: cue.weight, paragraph: first.paragraph,
                                            sentence: first.sentence, speech: first.quoted,
                                            shouted: t[m.start..<m.end].allSatisfy(\.shouted), token: m.start, afterBut: afterBut, kind: cue.kind, end: m.end))
        }
        cache[at] = out
        return out
    }

    /// A cheap valence per sentence for choosing summaries and splits: the VADER values of its
    /// words, summed and normalised, without the full rules (the arc layer applies those).
    private(set) lazy var sentenceValence: [Double] = tokens.bySentence.map { r in
        var sum = 0.0
        for i in r { sum += Double(tokens.tokens[i].lex) }
        return sum / (sum * sum + 15).squareRoot()
    }

    static func total(_ hits: [Hit]) -> Double { hits.reduce(0) { $0 + $1.weight } }

    static let butID = Vocabulary.id("but")
}
