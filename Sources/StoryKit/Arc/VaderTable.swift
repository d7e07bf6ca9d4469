/// The VADER lexicon, boosters and negations by vocabulary number.
///
/// The vocabulary holds every word of the three lists, so a token's number (found once, when
/// the token layer read the word) gives every fact the rules need about it: no word is looked
/// up again for the arc.
struct VaderTable: Sendable {
    struct Entry: Sendable {
        var valence: Double?
        var boost: Double?
        var negation: Bool
    }

    private let entries: [Entry]
    private let but: Int32

    static let shared = VaderTable(lexicon: VaderLexicon.shared)

    private init(lexicon: [String: Double]) {
        let vocab = Vocabulary.shared
        entries = vocab.words.map { w in
            Entry(valence: lexicon[w], boost: SentimentScorer.boosters[w], negation: SentimentWords.negations.contains(w))
        }
        but = vocab.ids["but"] ?? -1
    }

    /// Whether a word of three bytes or more ends in "n't".
    @inline(__always) static func endsInNT(_ u: String.UTF8View) -> Bool {
        var i = u.endIndex
        u.formIndex(before: &i)
        guard u[i] == 0x74 else { return false }  // t
        u.formIndex(before: &i)
        guard u[i] == 0x27 else { return false }  // '
        u.formIndex(before: &i)
        return u[i] == 0x6E  // n
    }

    /// The word as the rules see it; nil for a word of one character, which VADER drops.
    @inline(__always)
    func word(_ t: Token) -> VaderWord? {
        let u = t.text.utf8
        let n = u.count
        if n == 1 || (n <= 4 && t.text.count == 1) { return nil }
        // "n't" ends a negation whatever comes before it. By bytes: a token is letters, digits
        // and apostrophes, so its last three bytes are its last three characters.
        let nt = n >= 3 && Self.endsInNT(u)
        guard t.id >= 0 else { return VaderWord(valence: nil, boost: nil, negation: nt, but: false, caps: t.shouted) }
        let e = entries[Int(t.id)]
        return VaderWord(valence: e.valence, boost: e.boost, negation: e.negation || nt, but: t.id == but, caps: t.shouted)
    }
}
