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

/// Every word of a document, with per-sentence and per-paragraph ranges.
struct StoryTokens: Sendable {
    var tokens: [Token]
    /// For each sentence, its range in `tokens`.
    var bySentence: [Range<Int>]
    /// For each paragraph (0-based), its range in `tokens`.
    var byParagraph: [Range<Int>]

    init(_ seg: Segmentation, paragraphCount: Int) {
        var scanner = TokenScanner(capacity: seg.sentences.count * 16)
        var bySentence: [Range<Int>] = []
        bySentence.reserveCapacity(seg.sentences.count)
        // Quote ranges per paragraph, in UTF-16 offsets of the paragraph.
        var quoteRanges = Array(repeating: [Range<Int>](), count: paragraphCount)
        for q in seg.quotes where q.paragraph - 1 < paragraphCount { quoteRanges[q.paragraph - 1].append(q.range) }
        // A word is never longer than its sentence, so one scratch buffer serves them all; it
        // has room for the vocabulary's padded probe (`ByteTable.index(padded:)`).
        var longest = ByteTable.inlineBytes
        for s in seg.sentences { longest = max(longest, Int(s.span.utf8End - s.span.utf8Start)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest) { scratch in
            var current = -1
            for (si, s) in seg.sentences.enumerated() {
                let start = scanner.tokens.count
                let p = s.paragraph - 1
                if p != current {
                    scanner.setQuotes(p >= 0 && p < paragraphCount ? quoteRanges[p] : [])
                    current = p
                }
                scanner.scan(s, index: si, word: scratch.baseAddress!)
                bySentence.append(start..<scanner.tokens.count)
            }
        }
        var byParagraph: [Range<Int>] = []
        byParagraph.reserveCapacity(paragraphCount)
        for p in 0..<paragraphCount {
            if p < seg.sentencesByParagraph.count, let r = Optional(seg.sentencesByParagraph[p]), !r.isEmpty {
                byParagraph.append(bySentence[r.lowerBound].lowerBound..<bySentence[r.upperBound - 1].upperBound)
            } else {
                let at = byParagraph.last?.upperBound ?? 0
                byParagraph.append(at..<at)
            }
        }
        self.tokens = scanner.tokens
        self.bySentence = bySentence
        self.byParagraph = byParagraph
    }
}
