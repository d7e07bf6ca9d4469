/// The story as the cast passes read it: its tokens and their vocabulary, with where each
/// paragraph and quotation starts. Built once from the tokens, read by every pass, changed by
/// none; the token source can change under it.
struct CastText {
    let paragraphs: Paragraphs
    let quotes: [QuoteSpan]
    let title: String?
    let tokens: [CastToken]
    let vocab: CastVocabulary
    /// Per quote: its first and last token.
    let quoteRange: [(Int, Int)?]
    /// Per paragraph (0-based): its quotes.
    let quotesByPara: [[Int]]
    /// Per paragraph: its first token; one more entry, `tokens.count`.
    let firstTokenOfPara: [Int]
    /// Per quote: a word quoted inside a sentence ("he needed “room to breathe”"), not a line.
    let quotedInSentence: [Bool]
    /// Child words ("school", "puzzle") outside speech, per sentence.
    let childCuesBySentence: [Int: Int]

    init(tokens t: [CastToken], vocabulary: CastVocabulary, paragraphs: Paragraphs, quotes: [QuoteSpan], title: String?) {
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.title = title
        tokens = t
        vocab = vocabulary
        var quoteRange = [(Int, Int)?](repeating: nil, count: quotes.count)
        var quotesByPara = [[Int]](repeating: [], count: paragraphs.count)
        var firstTokenOfPara = [Int](repeating: t.count, count: paragraphs.count + 1)
        for (q, span) in quotes.enumerated() where span.paragraph >= 1 && span.paragraph <= paragraphs.count {
            quotesByPara[span.paragraph - 1].append(q)
        }
        var childCues: [Int: Int] = [:]
        for (i, tok) in t.enumerated() {
            if firstTokenOfPara[tok.para] > i { firstTokenOfPara[tok.para] = i }
            if tok.quote >= 0 {
                if let (f, _) = quoteRange[tok.quote] { quoteRange[tok.quote] = (f, i) } else { quoteRange[tok.quote] = (i, i) }
            } else if tok.isWord && tok.has(.childCues) {
                childCues[tok.sentence, default: 0] += 1
            }
        }
        for p in stride(from: paragraphs.count - 1, through: 0, by: -1) where firstTokenOfPara[p] == t.count {
            firstTokenOfPara[p] = firstTokenOfPara[p + 1]
        }
        quotedInSentence = quoteRange.map { r in
            guard let (f, _) = r, f > 0, t[f].isQuoteMark, t[f - 1].para == t[f].para else { return false }
            return t[f - 1].isWord
        }
        self.quoteRange = quoteRange
        self.quotesByPara = quotesByPara
        self.firstTokenOfPara = firstTokenOfPara
        childCuesBySentence = childCues
    }

    /// The strings of token `k`, from the story's vocabulary.
    func lower(_ k: Int) -> String { vocab.lower(tokens[k]) }
    func text(_ k: Int) -> String { vocab.text(tokens[k]) }
}
