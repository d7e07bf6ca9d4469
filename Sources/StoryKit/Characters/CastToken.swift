/// One word or punctuation mark of a story, with everything the character rules ask of it
/// precomputed once: the lowercase form, capitalisation, whether it sits in quoted speech and
/// whether it starts a sentence. The cast rules then compare small strings and flags only.
struct CastToken {
    /// The word as written, curly apostrophes made straight, a trailing possessive `'s` removed.
    var text: String
    var lower: String
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

/// Splits cleaned paragraphs into `CastToken`s in one pass over their Unicode scalars.
enum CastTokenizer {
    static func tokenize(_ paragraphs: [String], quotes: [QuoteSpan]) -> [CastToken] {
        var tokens: [CastToken] = []
        tokens.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count / 4 })
        var quotesByPara: [[Int]] = Array(repeating: [], count: paragraphs.count)
        for (i, q) in quotes.enumerated() where q.paragraph >= 1 && q.paragraph <= paragraphs.count {
            quotesByPara[q.paragraph - 1].append(i)
        }
        var sentence = 0
        for (p, text) in paragraphs.enumerated() {
            // One pass over UTF-8, keeping the UTF-16 offset that quote ranges use.
            var scalars: [Unicode.Scalar] = []
            var offsets: [Int] = []
            scalars.reserveCapacity(text.utf8.count)
            offsets.reserveCapacity(text.utf8.count + 1)
            var off = 0
            for s in text.unicodeScalars {
                scalars.append(s)
                offsets.append(off)
                off += s.value > 0xFFFF ? 2 : 1
            }
            offsets.append(off)
            let firstOfPara = tokens.count
            var i = 0
            let n = scalars.count
            var buf: [UInt8] = []
            var lowBuf: [UInt8] = []
            while i < n {
                let s = scalars[i]
                if s == " " || s == "\t" || s == "\u{A0}" { i += 1; continue }
                if isWordScalar(s) {
                    var j = i + 1
                    while j < n {
                        let c = scalars[j]
                        if isWordScalar(c) { j += 1; continue }
                        if (c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}"), j + 1 < n, isWordScalar(scalars[j + 1]), isWordScalar(scalars[j - 1]) {
                            j += 1; continue
                        }
                        break
                    }
                    buf.removeAll(keepingCapacity: true)
                    lowBuf.removeAll(keepingCapacity: true)
                    var upper = 0, letters = 0
                    var ascii = true
                    for k in i..<j {
                        var u = scalars[k]
                        if u == "\u{2019}" { u = "'" }
                        let v = u.value
                        if v < 0x80 {
                            buf.append(UInt8(v))
                            if v >= 0x41 && v <= 0x5A { letters += 1; upper += 1; lowBuf.append(UInt8(v + 32)) } else {
                                if v >= 0x61 && v <= 0x7A { letters += 1 }
                                lowBuf.append(UInt8(v))
                            }
                        } else {
                            ascii = false
                            buf.append(contentsOf: UTF8.encode(u)!)
                            if u.properties.isAlphabetic { letters += 1; if u.properties.isUppercase { upper += 1 } }
                        }
                    }
                    var poss = false
                    let bn = buf.count
                    if bn > 2, buf[bn - 2] == 0x27, buf[bn - 1] == 0x73 || buf[bn - 1] == 0x53 {
                        let base = ascii ? String(decoding: lowBuf[0..<(bn - 2)], as: UTF8.self) : String(decoding: buf[0..<(bn - 2)], as: UTF8.self).lowercased()
                        if !CastLexicon.contractionBases.contains(base) {
                            buf.removeLast(2)
                            if ascii { lowBuf.removeLast(2) }
                            poss = true
                            letters -= 1
                            if scalars[j - 1].value == 0x53 { upper -= 1 }
                        }
                    } else if j < n, scalars[j] == "\u{2019}" || scalars[j] == "'", bn > 1, buf[bn - 1] == 0x73, j + 1 >= n || !isWordScalar(scalars[j + 1]),
                              buf[0] >= 0x41 && buf[0] <= 0x5A {
                        // "James’ car": a bare apostrophe after a capitalised s-word.
                        poss = true
                        j += 1
                    }
                    let w = String(decoding: buf, as: UTF8.self)
                    let first = scalars[i]
                    let cap = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
                    let lower = ascii ? (upper == 0 ? w : String(decoding: lowBuf, as: UTF8.self)) : w.lowercased()
                    tokens.append(CastToken(text: w, lower: lower, para: p, start: offsets[i], isWord: true, cap: cap,
                                            allCaps: letters >= 2 && upper == letters, possessive: poss, quote: -1,
                                            isQuoteMark: false, initial: false, sentence: 0, lex: CastLexicon.classes[lower] ?? []))
                    i = j
                } else {
                    let t = s == "\u{2019}" ? "'" : String(s)
                    tokens.append(CastToken(text: t, lower: t, para: p, start: offsets[i], isWord: false, cap: false, allCaps: false,
                                            possessive: false, quote: -1, isQuoteMark: false, initial: false, sentence: 0))
                    i += 1
                }
            }
            // Quotation membership: the spans of a paragraph are sorted and disjoint.
            let qs = quotesByPara[p]
            var qi = 0
            for t in firstOfPara..<tokens.count {
                let o = tokens[t].start
                while qi < qs.count, quotes[qs[qi]].range.upperBound <= o { qi += 1 }
                if qi < qs.count, quotes[qs[qi]].range.contains(o) {
                    tokens[t].quote = qs[qi]
                    let r = quotes[qs[qi]].range
                    if !tokens[t].isWord, o == r.lowerBound || o == r.upperBound - 1, isQuoteScalar(tokens[t].text) {
                        tokens[t].isQuoteMark = true
                    }
                }
            }
            // Sentence starts.
            sentence += 1
            var prevWord: String? = nil
            var boundary = true
            for t in firstOfPara..<tokens.count {
                if tokens[t].isWord {
                    if boundary { tokens[t].initial = true; sentence += 1 }
                    tokens[t].sentence = sentence
                    boundary = false
                    prevWord = tokens[t].lower
                    continue
                }
                tokens[t].sentence = sentence
                let c = tokens[t].text
                if c == "." {
                    if let w = prevWord, CastLexicon.titles.contains(w) || w.utf8.count == 1 { continue }
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
