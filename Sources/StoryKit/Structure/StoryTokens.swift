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
            // One pass over the UTF-8 bytes; `offset` counts UTF-16 units, as quote ranges do.
            var word: [UInt8] = []
            word.reserveCapacity(24)
            var wordStart = 0
            var position = 0
            var offset = 0
            var hasUpper = false, hasLower = false, ascii = true
            func flush() {
                while let last = word.last, last == 0x27 { word.removeLast() }
                var lead = 0
                while lead < word.count, word[lead] == 0x27 { lead += 1 }
                if lead > 0 { word.removeFirst(lead) }
                defer { word.removeAll(keepingCapacity: true); hasUpper = false; hasLower = false; ascii = true }
                guard !word.isEmpty else { return }
                let first = word[0]
                let cap: Bool
                let lower: String
                if ascii {
                    cap = first >= 0x41 && first <= 0x5A
                    for k in word.indices where word[k] >= 0x41 && word[k] <= 0x5A { word[k] += 0x20 }
                    lower = String(decoding: word, as: UTF8.self)
                } else {
                    let raw = String(decoding: word, as: UTF8.self)
                    cap = raw.unicodeScalars.first!.properties.isUppercase
                    lower = raw.lowercased()
                }
                let shouted = word.count > 1 && hasUpper && !hasLower
                let at = base + wordStart
                let quoted = quotes.contains { $0.contains(at) }
                let id = Vocabulary.id(lower)
                tokens.append(Token(text: lower, capitalized: cap, shouted: shouted, quoted: quoted,
                                    sentence: si, paragraph: p, position: position,
                                    id: id, lex: id >= 0 ? Vocabulary.shared.valence[Int(id)] : 0))
                position += 1
            }
            var utf8 = s.text.utf8.makeIterator()
            var pending: UInt8? = nil
            while let b = pending ?? utf8.next() {
                pending = nil
                if b < 0x80 {
                    let isWordChar = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                    if isWordChar || (b == 0x27 && !word.isEmpty) {
                        if word.isEmpty { wordStart = offset }
                        if b >= 0x41 && b <= 0x5A { hasUpper = true } else if b >= 0x61 { hasLower = true }
                        word.append(b)
                    } else if !word.isEmpty {
                        flush()
                    }
                    offset += 1
                    continue
                }
                // A multi-byte character: gather its bytes and decode the scalar.
                var bytes: [UInt8] = [b]
                let count = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                while bytes.count < count, let c = utf8.next() {
                    if c & 0xC0 != 0x80 { pending = c; break }
                    bytes.append(c)
                }
                var scalar: Unicode.Scalar? = nil
                for sc in String(decoding: bytes, as: UTF8.self).unicodeScalars { scalar = sc; break }
                let v = scalar?.value ?? 0xFFFD
                if v == 0x2019 {
                    if !word.isEmpty { word.append(0x27) } else if !word.isEmpty { flush() }
                } else if let sc = scalar, sc.properties.isAlphabetic {
                    if word.isEmpty { wordStart = offset }
                    ascii = false
                    if sc.properties.isUppercase { hasUpper = true } else if sc.properties.isLowercase { hasLower = true }
                    word.append(contentsOf: bytes)
                } else if !word.isEmpty {
                    flush()
                }
                offset += v > 0xFFFF ? 2 : 1
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
