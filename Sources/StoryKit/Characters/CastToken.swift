/// One word or punctuation mark of a story, with everything the character rules ask of it
/// precomputed once: the lowercase form, capitalisation, whether it sits in quoted speech and
/// whether it starts a sentence. The cast rules then compare ids, small strings and flags only.
///
/// Plain data on purpose (ids, not `String`s): copying a token is a memcpy with no reference
/// counting, and the walks copy tokens constantly. `CastVocabulary.text`/`lower` give the strings.
struct CastToken {
    /// The word as written, curly apostrophes made straight, a trailing possessive `'s` removed:
    /// an id of the story's `CastVocabulary`.
    var form: Int32
    /// The lowercase word, an id of the same vocabulary.
    var word: Int32
    /// 0-based paragraph.
    var para: Int
    /// UTF-16 offset in the paragraph, to place the token against `QuoteSpan.range`.
    var start: Int
    var isWord: Bool
    /// First letter upper case.
    var cap: Bool
    /// Two or more letters, all upper case ("GET", "OUT"): shouting or headline, never a name.
    var allCaps: Bool
    /// A possessive `'s` (or a bare `'` after s) was stripped: "Colin’s" is "Colin".
    var possessive: Bool
    /// Index into `Segmentation.quotes`, or -1 outside quoted speech.
    var quote: Int
    /// The opening or closing mark of its quotation.
    var isQuoteMark: Bool
    /// First word of a sentence (or of a quotation), where capitals say nothing about names.
    var initial: Bool
    /// Running sentence number over the whole story.
    var sentence: Int
    /// The word lists of `CastLexicon` this word is in.
    var lex: CastLexicon.Class = []

    @inline(__always) func has(_ c: CastLexicon.Class) -> Bool { lex.contains(c) }
}

/// A token-indexed map to small ints ("the name span starting here"), as a flat array.
struct TokenIndex {
    var a: [Int32] = []
    init() {}
    init(count: Int) { a = Array(repeating: -1, count: count) }
    subscript(i: Int) -> Int? {
        get { i >= 0 && i < a.count && a[i] >= 0 ? Int(a[i]) : nil }
        set { if i >= 0 && i < a.count { a[i] = Int32(newValue ?? -1) } }
    }
}

/// Splits cleaned paragraphs into `CastToken`s in one pass over their UTF-8 bytes.
enum CastTokenizer {
    static func tokenize(_ paragraphs: [String], quotes: [QuoteSpan]) -> [CastToken] {
        var vocab = CastVocabulary(capacity: 64)
        return tokenize(paragraphs, quotes: quotes, vocab: &vocab)
    }

    /// Tokens whose `word` ids index `vocab`.
    static func tokenize(_ paragraphs: [String], quotes: [QuoteSpan], vocab: inout CastVocabulary) -> [CastToken] {
        var tokens: [CastToken] = []
        tokens.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count / 4 })
        var quotesByPara: [[Int]] = Array(repeating: [], count: paragraphs.count)
        for (i, q) in quotes.enumerated() where q.paragraph >= 1 && q.paragraph <= paragraphs.count {
            quotesByPara[q.paragraph - 1].append(i)
        }
        var scratch = Scratch()
        var sentence = 0
        for (p, paragraph) in paragraphs.enumerated() {
            let firstOfPara = tokens.count
            var text = paragraph
            text.withUTF8 { scan($0, para: p, into: &tokens, vocab: &vocab, scratch: &scratch) }
            // Quotation membership: the spans of a paragraph are sorted and disjoint.
            let qs = quotesByPara[p]
            var qi = 0
            for t in firstOfPara..<tokens.count {
                let o = tokens[t].start
                while qi < qs.count, quotes[qs[qi]].range.upperBound <= o { qi += 1 }
                if qi < qs.count, quotes[qs[qi]].range.contains(o) {
                    tokens[t].quote = qs[qi]
                    let r = quotes[qs[qi]].range
                    if !tokens[t].isWord, o == r.lowerBound || o == r.upperBound - 1, isQuoteScalar(vocab.text(tokens[t])) {
                        tokens[t].isQuoteMark = true
                    }
                }
            }
            // Sentence starts.
            sentence += 1
            var prevWord: CastToken? = nil
            var boundary = true
            for t in firstOfPara..<tokens.count {
                if tokens[t].isWord {
                    if boundary { tokens[t].initial = true; sentence += 1 }
                    tokens[t].sentence = sentence
                    boundary = false
                    prevWord = tokens[t]
                    continue
                }
                tokens[t].sentence = sentence
                let c = vocab.text(tokens[t])
                if c == "." {
                    if let w = prevWord, w.has(.titles) || vocab.lower(w).utf8.count == 1 { continue }
                    boundary = true
                } else if c == "!" || c == "?" || c == "\u{2026}" || c == ":" || c == ";" {
                    boundary = c != ";"
                } else if tokens[t].isQuoteMark, quotes[tokens[t].quote].range.lowerBound == tokens[t].start {
                    // An opening mark starts a sentence of speech.
                    boundary = true
                }
            }
        }
        return tokens
    }

    /// Reused byte buffers of the word being read, as written and lowercased.
    struct Scratch {
        var text: [UInt8] = []
        var lower: [UInt8] = []
        /// Ids of one-byte punctuation, by byte.
        var punct = [Int32](repeating: -1, count: 128)
        init() {
            text.reserveCapacity(64)
            lower.reserveCapacity(64)
        }
    }

    /// The scalar at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always) static func decode(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(u[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        if b0 < 0xE0 { return (Unicode.Scalar(((b0 & 0x1F) << 6) | (UInt32(u[i + 1]) & 0x3F))!, 2) }
        if b0 < 0xF0 {
            return (Unicode.Scalar(((b0 & 0x0F) << 12) | ((UInt32(u[i + 1]) & 0x3F) << 6) | (UInt32(u[i + 2]) & 0x3F))!, 3)
        }
        let v = ((b0 & 0x07) << 18) | ((UInt32(u[i + 1]) & 0x3F) << 12) | ((UInt32(u[i + 2]) & 0x3F) << 6) | (UInt32(u[i + 3]) & 0x3F)
        return (Unicode.Scalar(v)!, 4)
    }

    /// Reads the tokens of one paragraph. `off` follows the UTF-16 offset that quote ranges use:
    /// one unit per scalar, two for a 4-byte one.
    private static func scan(_ u: UnsafeBufferPointer<UInt8>, para p: Int, into tokens: inout [CastToken],
                             vocab: inout CastVocabulary, scratch: inout Scratch) {
        let n = u.count
        var i = 0
        var off = 0
        while i < n {
            let (s, len) = decode(u, i)
            if s == " " || s == "\t" || s == "\u{A0}" { i += len; off += 1; continue }
            guard isWordScalar(s) else {
                let id: Int32
                if s.value < 0x80 || s == "\u{2019}" {
                    // A curly apostrophe is the straight one.
                    let b = s.value < 0x80 ? Int(s.value) : 0x27
                    if scratch.punct[b] < 0 { scratch.punct[b] = [UInt8(b)].withUnsafeBufferPointer { vocab.id(bytes: $0) } }
                    id = scratch.punct[b]
                } else {
                    id = vocab.id(bytes: UnsafeBufferPointer(rebasing: u[i..<(i + len)]))
                }
                tokens.append(CastToken(form: id, word: id, para: p, start: off, isWord: false, cap: false, allCaps: false,
                                        possessive: false, quote: -1, isQuoteMark: false, initial: false, sentence: 0))
                i += len
                off += len == 4 ? 2 : 1
                continue
            }
            // The word's end: word scalars, and ' ’ - ‐ between two of them. (The scalar before a
            // joiner is always a word scalar: a joiner is only taken when a word scalar follows.)
            var j = i + len
            var jOff = off + (len == 4 ? 2 : 1)
            while j < n {
                let (c, cl) = decode(u, j)
                if isWordScalar(c) { j += cl; jOff += cl == 4 ? 2 : 1; continue }
                if c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}", j + cl < n, isWordScalar(decode(u, j + cl).0) {
                    j += cl; jOff += 1; continue
                }
                break
            }
            scratch.text.removeAll(keepingCapacity: true)
            scratch.lower.removeAll(keepingCapacity: true)
            var upper = 0, letters = 0
            var ascii = true
            var k = i
            while k < j {
                var (c, cl) = decode(u, k)
                k += cl
                if c == "\u{2019}" { c = "'" }
                let v = c.value
                if v < 0x80 {
                    scratch.text.append(UInt8(v))
                    if v >= 0x41 && v <= 0x5A { letters += 1; upper += 1; scratch.lower.append(UInt8(v + 32)) } else {
                        if v >= 0x61 && v <= 0x7A { letters += 1 }
                        scratch.lower.append(UInt8(v))
                    }
                } else {
                    ascii = false
                    scratch.text.append(contentsOf: UTF8.encode(c)!)
                    if c.properties.isAlphabetic { letters += 1; if c.properties.isUppercase { upper += 1 } }
                }
            }
            var poss = false
            let bn = scratch.text.count
            if bn > 2, scratch.text[bn - 2] == 0x27, scratch.text[bn - 1] == 0x73 || scratch.text[bn - 1] == 0x53 {
                let base = ascii ? String(decoding: scratch.lower[0..<(bn - 2)], as: UTF8.self)
                    : String(decoding: scratch.text[0..<(bn - 2)], as: UTF8.self).lowercased()
                if !CastLexicon.contractionBases.contains(base) {
                    if scratch.text[bn - 1] == 0x53 { upper -= 1 }
                    scratch.text.removeLast(2)
                    if ascii { scratch.lower.removeLast(2) }
                    poss = true
                    letters -= 1
                }
            } else if j < n, bn > 1, scratch.text[bn - 1] == 0x73, scratch.text[0] >= 0x41 && scratch.text[0] <= 0x5A {
                // "James’ car": a bare apostrophe after a capitalised s-word.
                let (c, cl) = decode(u, j)
                if c == "\u{2019}" || c == "'", j + cl >= n || !isWordScalar(decode(u, j + cl).0) {
                    poss = true
                    j += cl
                    jOff += 1
                }
            }
            let first = decode(u, i).0
            let cap = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
            let word: Int32, form: Int32
            if ascii {
                word = scratch.lower.withUnsafeBufferPointer { vocab.id(bytes: $0) }
                form = upper == 0 ? word : scratch.text.withUnsafeBufferPointer { vocab.id(bytes: $0) }
            } else {
                // Rare: Unicode lowercasing, as `String.lowercased()` does it.
                form = scratch.text.withUnsafeBufferPointer { vocab.id(bytes: $0) }
                var lower = vocab.strings[Int(form)].lowercased()
                word = lower.withUTF8 { vocab.id(bytes: $0) }
            }
            tokens.append(CastToken(form: form, word: word, para: p, start: off, isWord: true, cap: cap,
                                    allCaps: letters >= 2 && upper == letters, possessive: poss, quote: -1,
                                    isQuoteMark: false, initial: false, sentence: 0, lex: vocab.classes[Int(word)]))
            i = j
            off = jOff
        }
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
        }
        return s.properties.isAlphabetic
    }

    static func isQuoteScalar(_ t: String) -> Bool {
        t == "\u{201C}" || t == "\u{201D}" || t == "\"" || t == "'" || t == "\u{2018}"
    }
}
