/// A word of the story, lower-cased, with where it stands.
///
/// Cue rules work on words rather than on regular expressions over text, so a story is scanned
/// once and every lexicon lookup is a hash probe; 10,000 stories must outline in seconds.
public struct Token: Sendable, Equatable {
    /// Lower-case letters, digits and inner apostrophes (curly ones folded to `'`).
    public var text: String
    /// Written with a capital first letter.
    public var capitalized: Bool
    /// Written all in capitals and longer than one letter ("GET", "OUT").
    public var shouted: Bool
    /// Inside quotation marks.
    public var quoted: Bool
    /// Index into `Segmentation.sentences`.
    public var sentence: Int
    /// 0-based paragraph.
    public var paragraph: Int
    /// Position in its sentence (0 = first word).
    public var position: Int
    /// Number in `Vocabulary`, or -1 for a word no rule uses.
    var id: Int32 = -1
    /// VADER valence of the word (0 when not in the lexicon).
    var lex: Float = 0
    /// The closed lists the word belongs to.
    var classes: WordClass = []
}

/// Every word of a document, with per-sentence and per-paragraph ranges: the word view of the
/// document's one token layer (`CastTokenizer`'s tokens), for the structure, the arc and the
/// cast's clause cues.
///
/// The view is made from the tokens, not from the text: a word token becomes a `Token` of the
/// segmentation sentence it lies in; a hyphenated word ("well-known", "Ji-woo") becomes its
/// parts, since cue phrases are written part by part; a possessive keeps its "'s" ("colin's"),
/// which the cast's forms drop. Marks are not words here.
struct StoryTokens: Sendable {
    var tokens: [Token]
    /// For each sentence, its range in `tokens`.
    var bySentence: [Range<Int>]
    /// For each paragraph (0-based), its range in `tokens`.
    var byParagraph: [Range<Int>]

    /// The word view of text that has no document: tokenized, then viewed.
    static func read(_ paragraphs: Paragraphs, segments seg: Segmentation) -> StoryTokens {
        var vocab = CastVocabulary(capacity: 0)
        let cast = CastTokenizer.tokenize(paragraphs, quotes: seg.quotes, vocab: &vocab)
        return StoryTokens(cast: cast, vocabulary: vocab, segments: seg, paragraphCount: paragraphs.count)
    }

    init(cast: [CastToken], vocabulary vocab: CastVocabulary, segments seg: Segmentation, paragraphCount: Int) {
        var words = WordMap(vocab)
        var tokens: [Token] = []
        tokens.reserveCapacity(cast.count)
        let sentences = seg.sentences
        var bySentence = [Range<Int>](repeating: 0..<0, count: sentences.count)
        var s = 0                       // the sentence being filled
        var sStart = 0, position = 0
        var sPara = -1, sLo = 0, sHi = 0
        func load(_ k: Int) {
            let sentence = sentences[k]
            sPara = sentence.paragraph - 1
            sLo = sentence.range.lowerBound
            sHi = sentence.range.upperBound
        }
        if !sentences.isEmpty { load(0) }
        for t in cast where t.isWord {
            // Advance to the sentence that holds the token; a word outside every sentence is
            // not read (segmentation drops nothing that holds one).
            while s < sentences.count, sPara < t.para || (sPara == t.para && sHi <= t.start) {
                bySentence[s] = sStart..<tokens.count
                s += 1
                sStart = tokens.count
                position = 0
                if s < sentences.count { load(s) }
            }
            guard s < sentences.count, sPara == t.para, sLo <= t.start else { continue }
            words.append(t, sentence: s, position: &position, to: &tokens)
        }
        while s < sentences.count {
            bySentence[s] = sStart..<tokens.count
            s += 1
            sStart = tokens.count
        }
        var byParagraph: [Range<Int>] = []
        byParagraph.reserveCapacity(paragraphCount)
        let perParagraph = seg.sentencesByParagraph
        for p in 0..<paragraphCount {
            if p < perParagraph.count, let r = Optional(perParagraph[p]), !r.isEmpty {
                byParagraph.append(bySentence[r.lowerBound].lowerBound..<bySentence[r.upperBound - 1].upperBound)
            } else {
                let at = byParagraph.last?.upperBound ?? 0
                byParagraph.append(at..<at)
            }
        }
        self.tokens = tokens
        self.bySentence = bySentence
        self.byParagraph = byParagraph
    }
}

/// Turns the cast's word tokens into the view's `Token`s. What the view needs of a word (its
/// lower-case text, `Vocabulary` number, whether it is hyphenated or shouted) is worked out
/// once per distinct cast id: once per process for the shared words, once per story for the
/// story's own. The facts are kept apart from the strings, so that asking them of a token
/// copies no `String`.
private struct WordMap {
    /// What the view asks of a word besides its text.
    struct Facts {
        var number: Int32
        var hyphenated: Bool
        /// `isShouted(text)`: read from a form id, as the token was written.
        var shouted: Bool

        init(_ s: String) {
            number = Vocabulary.id(s)
            // By bytes: "-", and U+2010 as the only place its UTF-8 (E2 80 90) can stand; an
            // ASCII word's shouting is its letters' case.
            var w = s
            let (hyphen, ascii, upper, lower) = w.withUTF8 { b -> (Bool, Bool, Bool, Bool) in
                var hyphen = false, ascii = true, upper = false, lower = false
                for (k, c) in b.enumerated() {
                    if c == 0x2D || (c == 0xE2 && k + 2 < b.count && b[k + 1] == 0x80 && b[k + 2] == 0x90) { hyphen = true }
                    if c >= 0x80 { ascii = false } else if c &- 0x41 < 26 { upper = true } else if c &- 0x61 < 26 { lower = true }
                }
                return (hyphen, ascii, upper, lower)
            }
            hyphenated = hyphen
            shouted = ascii ? s.utf8.count > 1 && upper && !lower : WordMap.isShouted(s, suffix: .none)
        }
    }

    let vocab: CastVocabulary
    let vocabulary = Vocabulary.shared
    /// `WordMap.shared`, read once per story rather than through its lazy global per token.
    let sharedFacts = WordMap.shared
    /// Facts of the story's own words, by cast id − base, once asked.
    var local: [Facts?]

    init(_ vocab: CastVocabulary) {
        self.vocab = vocab
        local = Array(repeating: nil, count: max(0, vocab.count - Int(vocab.base)))
    }

    /// Facts of the shared cast words, made once.
    static let shared: [Facts] = {
        let v = CastVocabulary(capacity: 0)
        return (0..<Int(v.base)).map { Facts(v.string(Int32($0))) }
    }()

    @inline(__always) mutating func facts(_ id: Int32) -> Facts {
        if id < vocab.base { return sharedFacts[Int(id)] }
        let k = Int(id - vocab.base)
        if let f = local[k] { return f }
        let f = Facts(vocab.string(id))
        local[k] = f
        return f
    }

    mutating func append(_ t: CastToken, sentence: Int, position: inout Int, to tokens: inout [Token]) {
        let word = facts(t.word)
        if t.suffix == .none, !word.hyphenated {
            let shouted = t.allCaps || facts(t.form).shouted
            tokens.append(Self.token(vocab.string(t.word), id: word.number, capitalized: t.cap, shouted: shouted, t, sentence, position, vocabulary))
            position += 1
            return
        }
        // Hyphenated or possessive: part by part, from the form as written.
        let form = vocab.string(t.form)
        let parts = form.split(omittingEmptySubsequences: true) { $0 == "-" || $0 == "\u{2010}" }
        for (k, part) in parts.enumerated() {
            let last = k == parts.count - 1
            let suffix = last ? t.suffix : .none
            var text = part.lowercased()
            if suffix != .none { text += "'s" }
            let id = Vocabulary.id(text)
            let first = part.unicodeScalars.first!
            let capitalized = first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
            tokens.append(Self.token(text, id: id, capitalized: capitalized, shouted: Self.isShouted(part, suffix: suffix), t, sentence, position, vocabulary))
            position += 1
        }
    }

    private static func token(_ text: String, id: Int32, capitalized: Bool, shouted: Bool, _ t: CastToken, _ sentence: Int,
                              _ position: Int, _ v: Vocabulary.Table) -> Token {
        Token(text: text, capitalized: capitalized, shouted: shouted, quoted: t.quote >= 0, sentence: sentence, paragraph: t.para,
              position: position, id: id, lex: id >= 0 ? v.valence[Int(id)] : 0, classes: id >= 0 ? v.classes[Int(id)] : [])
    }

    /// Longer than one byte, with an upper-case letter and no lower-case one ("GET", "OUT"),
    /// counting the possessive ending that was taken off.
    static func isShouted<S: StringProtocol>(_ word: S, suffix: CastToken.Suffix) -> Bool {
        var upper = suffix == .capitalS, lower = suffix == .s
        for sc in word.unicodeScalars {
            if sc.isASCII {
                let v = sc.value
                if v &- 0x41 < 26 { upper = true } else if v &- 0x61 < 26 { lower = true }
            } else if sc.properties.isAlphabetic {
                if sc.properties.isUppercase { upper = true } else if sc.properties.isLowercase { lower = true }
            }
            if lower { return false }
        }
        return (word.utf8.count + (suffix == .none ? 0 : 2)) > 1 && upper && !lower
    }
}
