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
            let scalars = Array(text.unicodeScalars)
            var offsets = [Int](repeating: 0, count: scalars.count + 1)
            var off = 0
            for (i, s) in scalars.enumerated() {
                offsets[i] = off
                off += s.utf16.count
            }
            offsets[scalars.count] = off
            let firstOfPara = tokens.count
            var i = 0
            let n = scalars.count
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
                    var word = String.UnicodeScalarView()
                    for k in i..<j { word.append(scalars[k] == "\u{2019}" ? "'" : scalars[k]) }
                    var w = String(word)
                    var poss = false
                    if (w.hasSuffix("'s") || w.hasSuffix("'S")), !CastLexicon.contractionBases.contains(w.dropLast(2).lowercased()) {
                        w.removeLast(2); poss = true
                    } else if j < n, scalars[j] == "\u{2019}" || scalars[j] == "'", w.hasSuffix("s"), j + 1 >= n || !isWordScalar(scalars[j + 1]),
                              w.first?.isUppercase == true {
                        // "James’ car": a bare apostrophe after a capitalised s-word.
                        poss = true
                        j += 1
                    }
                    var upper = 0, letters = 0
                    var ascii = true
                    for u in w.unicodeScalars {
                        let v = u.value
                        if v < 0x80 {
                            if v >= 0x41 && v <= 0x5A { letters += 1; upper += 1 } else if v >= 0x61 && v <= 0x7A { letters += 1 }
                        } else {
                            ascii = false
                            if u.properties.isAlphabetic { letters += 1; if u.properties.isUppercase { upper += 1 } }
                        }
                    }
                    let first = w.unicodeScalars.first!
                    let cap = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
                    let lower = ascii && upper == 0 ? w : w.lowercased()
                    tokens.append(CastToken(text: w, lower: lower, para: p, start: offsets[i], isWord: true, cap: cap,
                                            allCaps: letters >= 2 && upper == letters, possessive: poss, quote: -1,
                                            isQuoteMark: false, initial: false, sentence: 0, lex: CastLexicon.classes[lower] ?? []))
                    i = j
                } else {
                    let t = String(s == "\u{2019}" ? "'" : s)
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
