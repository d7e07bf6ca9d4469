/// The VADER lexicon, boosters and negations by vocabulary number.
///
/// The vocabulary holds every word of the three lists, so one probe of its byte table (the
/// one the structure pass already uses) gives every fact the rules need about a word, instead
/// of three `String`-keyed dictionary lookups per word and per look-back.
struct VaderTable: Sendable {
    struct Entry: Sendable {
        var valence: Double?
        var boost: Double?
        var negation: Bool
    }

    /// The lexicon, for words that are not ASCII.
    let lexicon: [String: Double]
    private let vocabulary: ByteTable
    private let entries: [Entry]

    static let shared = VaderTable(lexicon: VaderLexicon.shared)

    private init(lexicon: [String: Double]) {
        let vocab = Vocabulary.shared
        self.lexicon = lexicon
        vocabulary = vocab.bytes
        entries = vocab.words.map { w in
            Entry(valence: lexicon[w], boost: SentimentScorer.boosters[w], negation: SentimentWords.negations.contains(w))
        }
    }

    /// The word whose lower-cased ASCII bytes are `lower` (curly apostrophes already folded to '),
    /// which starts a buffer readable for at least `ByteTable.inlineBytes` bytes.
    @inline(__always)
    func word(_ lower: UnsafeBufferPointer<UInt8>, caps: Bool) -> VaderWord {
        let n = lower.count
        // "n't" ends a negation whatever comes before it.
        let nt = n >= 3 && lower[n - 3] == 0x6E && lower[n - 2] == 0x27 && lower[n - 1] == 0x74
        let but = n == 3 && lower[0] == 0x62 && lower[1] == 0x75 && lower[2] == 0x74
        guard let i = vocabulary.index(padded: lower) else {
            return VaderWord(valence: nil, boost: nil, negation: nt, but: but, caps: caps)
        }
        let e = entries[i]
        return VaderWord(valence: e.valence, boost: e.boost, negation: e.negation || nt, but: but, caps: caps)
    }
}
