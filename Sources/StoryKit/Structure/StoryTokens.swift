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
}

/// Every word of a document, with per-sentence and per-paragraph ranges.
struct StoryTokens: Sendable {
    var tokens: [Token]
    /// For each sentence, its range in `tokens`.
    var bySentence: [Range<Int>]
    /// For each paragraph (0-based), its range in `tokens`.
    var byParagraph: [Range<Int>]

    init(_ seg: Segmentation, paragraphCount: Int) {
        var tokens: [Token] = []
        tokens.reserveCapacity(seg.sentences.count * 16)
        var bySentence: [Range<Int>] = []
        bySentence.reserveCapacity(seg.sentences.count)
        // Quote ranges per paragraph, in UTF-16 offsets of the paragraph.
        var quoteRanges = Array(repeating: [Range<Int>](), count: paragraphCount)
        for q in seg.quotes where q.paragraph - 1 < paragraphCount { quoteRanges[q.paragraph - 1].append(q.range) }
        for (si, s) in seg.sentences.enumerated() {
            let start = tokens.count
            let p = s.paragraph - 1
            let base = s.range.lowerBound
            let quotes = p < paragraphCount ? quoteRanges[p] : []
            var word: [UInt16] = []
            var wordStart = 0
            var position = 0
            var offset = 0
            func flush() {
                while let last = word.last, last == 0x27 { word.removeLast() }
                var lead = 0
                while lead < word.count, word[lead] == 0x27 { lead += 1 }
                if lead > 0 { word.removeFirst(lead) }
                guard !word.isEmpty else { return }
                let raw = String(decoding: word, as: UTF16.self)
                let lower = raw.lowercased()
                let first = raw.unicodeScalars.first!
                let cap = first.properties.isUppercase
                let shouted = word.count > 1 && raw == raw.uppercased() && raw != lower
                let at = base + wordStart
                let quoted = quotes.contains { $0.contains(at) }
                tokens.append(Token(text: lower, capitalized: cap, shouted: shouted, quoted: quoted,
                                    sentence: si, paragraph: p, position: position))
                position += 1
                word.removeAll(keepingCapacity: true)
            }
            for u in s.text.utf16 {
                let isApostrophe = u == 0x27 || u == 0x2019
                let isWordChar = (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A)
                    || (u >= 0xC0 && u < 0x2000 && u != 0xD7 && u != 0xF7)
                if isWordChar || (isApostrophe && !word.isEmpty) {
                    if word.isEmpty { wordStart = offset }
                    word.append(isApostrophe ? 0x27 : u)
                } else if !word.isEmpty {
                    flush()
                }
                offset += 1
            }
            flush()
            bySentence.append(start..<tokens.count)
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
        self.tokens = tokens
        self.bySentence = bySentence
        self.byParagraph = byParagraph
    }
}
