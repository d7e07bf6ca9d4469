/// Splits cleaned paragraphs into `CastToken`s in one pass over their UTF-8 bytes.
///
/// ASCII is read byte by byte and a word's bytes go straight from the paragraph to the
/// vocabulary; only words with other scalars (or a curly apostrophe) are copied and decoded.
enum CastTokenizer {
    static func tokenize(_ paragraphs: [String], quotes: [QuoteSpan]) -> [CastToken] {
        var vocab = CastVocabulary(capacity: 64)
        return tokenize(Paragraphs(paragraphs), quotes: quotes, vocab: &vocab)
    }

    /// Tokens whose `form` and `word` ids index `vocab`. The paragraphs are read in place in
    /// their one joined string (a `String` per paragraph cost ≈ 40 K instructions a story).
    static func tokenize(_ paragraphs: Paragraphs, quotes: [QuoteSpan], vocab: inout CastVocabulary) -> [CastToken] {
        var tokens: [CastToken] = []
        let bytes = paragraphs.indices.reduce(0) { $0 + paragraphs.utf8Range($1).count }
        tokens.reserveCapacity(bytes / 4)
        // Most words are shared (`CastSharedWords`): the story's own are a few per kilobyte.
        vocab.reserve(bytes / 64)
        var quotesByPara: [[Int]] = Array(repeating: [], count: paragraphs.count)
        // Quote ranges as plain ints: reading `QuoteSpan.range` per token copied the span (and
        // retained its text).
        var qLo = [Int](repeating: 0, count: quotes.count), qHi = [Int](repeating: 0, count: quotes.count)
        for (i, q) in quotes.enumerated() {
            let r = q.range
            qLo[i] = r.lowerBound
            qHi[i] = r.upperBound
            if q.paragraph >= 1 && q.paragraph <= paragraphs.count { quotesByPara[q.paragraph - 1].append(i) }
        }
        var scanner = Scanner()
        var marks = MarkKinds()
        var firstOfPara = [Int](repeating: 0, count: paragraphs.count + 1)
        var text = paragraphs.text
        text.withUTF8 { all in
            for p in paragraphs.indices {
                firstOfPara[p] = tokens.count
                let r = paragraphs.utf8Range(p)
                scanner.scan(UnsafeBufferPointer(rebasing: all[r]), end: all.baseAddress! + all.count, para: p, into: &tokens, vocab: &vocab)
            }
        }
        firstOfPara[paragraphs.count] = tokens.count
        // Then quotes and sentences, paragraph by paragraph, writing through a buffer pointer:
        // `tokens[t].x = …` checked uniqueness on every write.
        var sentence = 0
        tokens.withUnsafeMutableBufferPointer { tb in
            for p in paragraphs.indices {
                let paraStart = firstOfPara[p], paraEnd = firstOfPara[p + 1]
                // Quotation membership: the spans of a paragraph are sorted and disjoint.
                let qs = quotesByPara[p]
                var qi = 0
                if !qs.isEmpty {
                    for t in paraStart..<paraEnd {
                        let o = tb[t].start
                        while qi < qs.count, qHi[qs[qi]] <= o { qi += 1 }
                        if qi == qs.count { break }
                        let lo = qLo[qs[qi]], hi = qHi[qs[qi]]
                        if o >= lo && o < hi {
                            tb[t].quote = qs[qi]
                            if !tb[t].isWord, o == lo || o == hi - 1, marks.kind(tb[t].form, vocab).isQuote {
                                tb[t].isQuoteMark = true
                            }
                        }
                    }
                }
                // Sentence starts.
                sentence += 1
                var prevWord = -1
                var boundary = true
                for t in paraStart..<paraEnd {
                    if tb[t].isWord {
                        if boundary { tb[t].initial = true; sentence += 1 }
                        tb[t].sentence = sentence
                        boundary = false
                        prevWord = t
                        continue
                    }
                    tb[t].sentence = sentence
                    switch marks.kind(tb[t].form, vocab).end {
                    case .period:
                        if prevWord >= 0, tb[prevWord].has(.titles) || vocab.byteCount(tb[prevWord].word) == 1 { continue }
                        boundary = true
                    case .sentenceEnd:
                        boundary = true
                    case .semicolon:
                        boundary = false
                    case .none:
                        if tb[t].isQuoteMark, qLo[tb[t].quote] == tb[t].start {
                            // An opening mark starts a sentence of speech.
                            boundary = true
                        }
                    }
                }
            }
        }
        return tokens
    }

    /// What a punctuation mark does to sentences and quotes, decided once per distinct mark with
    /// the same `String` comparisons the rules always used (so canonical equivalents behave alike).
    struct MarkKinds {
        enum End { case none, period, sentenceEnd, semicolon }
        struct Kind {
            var end: End
            var isQuote: Bool
        }
        /// Kinds of the story's own ids (from `vocab.base`); shared ids carry theirs.
        private var byID: [Kind?] = []

        @inline(__always) mutating func kind(_ form: Int32, _ vocab: CastVocabulary) -> Kind {
            if let k = vocab.sharedMark(form) { return k }
            let id = Int(form - vocab.base)
            if id < byID.count, let k = byID[id] { return k }
            return fill(id, vocab)
        }

        @inline(never) private mutating func fill(_ id: Int, _ vocab: CastVocabulary) -> Kind {
            // Grown to the whole vocabulary at once (marks are asked after every word is read).
            let local = vocab.count - Int(vocab.base)
            if id >= byID.count { byID += Array(repeating: nil, count: max(id + 1, local) - byID.count) }
            let k = Self.kind(of: vocab.string(vocab.base + Int32(id)))
            byID[id] = k
            return k
        }

        static func kind(of c: String) -> Kind {
            let end: End = c == "." ? .period : c == ";" ? .semicolon : (c == "!" || c == "?" || c == "\u{2026}" || c == ":") ? .sentenceEnd : .none
            return Kind(end: end, isQuote: c == "\u{201C}" || c == "\u{201D}" || c == "\"" || c == "'" || c == "\u{2018}")
        }
    }

    /// Reads the tokens of a paragraph; keeps its byte buffers and punctuation ids across paragraphs.
    struct Scanner {
        /// A word as written (curly apostrophes straightened), when it cannot be read in place.
        private var text: [UInt8] = []
        init() {
            text.reserveCapacity(64)
        }

        /// `off` follows the UTF-16 offset that quote ranges use: one unit per scalar, two for a
        /// 4-byte one. `end` is the end of the buffer holding `u`: words read well before it are
        /// read 8 bytes at a time (`WordTable.key(loading:)`).
        mutating func scan(_ u: UnsafeBufferPointer<UInt8>, end: UnsafePointer<UInt8>, para p: Int, into tokens: inout [CastToken],
                           vocab: inout CastVocabulary) {
            let n = u.count
            var i = 0
            var off = 0
            while i < n {
                let b = u[i]
                var len = 1
                if b < 0x80 {
                    if b == 0x20 || b == 0x09 { i += 1; off += 1; continue }
                    if !isAlnum(b) {
                        tokens.append(mark(punctID(b, &vocab), para: p, start: off))
                        i += 1; off += 1
                        continue
                    }
                } else {
                    let (s, l) = decode(u, i)
                    len = l
                    if s == "\u{A0}" { i += len; off += 1; continue }
                    if !isWordScalar(s) {
                        // A curly apostrophe is the straight one.
                        let id = s == "\u{2019}" ? punctID(0x27, &vocab) : vocab.id(bytes: UnsafeBufferPointer(rebasing: u[i..<(i + len)]))
                        tokens.append(mark(id, para: p, start: off))
                        i += len; off += len == 4 ? 2 : 1
                        continue
                    }
                }
                // The word's end: word scalars, and ' ’ - ‐ between two of them. (The scalar before
                // a joiner is always a word scalar: a joiner is only taken when one follows.)
                var j = i
                // UTF-8 bytes beyond the UTF-16 units read so far: the end offset is worked out
                // once, not counted per byte.
                var adj = 0
                var inPlace = true  // all ASCII, no curly apostrophe: the bytes as written
                var upper = 0, letters = 0
                while j < n {
                    let c = u[j]
                    if c < 0x80 {
                        if (c | 0x20) &- 0x61 < 26 {
                            // A letter; bit 5 clear is upper case.
                            letters &+= 1
                            upper &+= Int((~c >> 5) & 1)
                            j &+= 1
                            continue
                        }
                        if c &- 0x30 < 10 { j += 1; continue }
                        if c == 0x27 || c == 0x2D, j + 1 < n, isWord(u, j + 1) { j += 1; continue }
                        break
                    }
                    let (s, l) = decode(u, j)
                    if isWordScalar(s) {
                        inPlace = false
                        j += l; adj += l == 4 ? 2 : l - 1
                        continue
                    }
                    if s == "\u{2019}" || s == "\u{2010}", j + l < n, isWord(u, j + l) {
                        inPlace = false
                        j += l; adj += l - 1
                        continue
                    }
                    break
                }
                var jOff = off + (j - i) - adj
                let token: CastToken
                if inPlace {
                    let w = UnsafeBufferPointer(rebasing: u[i..<j])
                    token = word(w, loadable: w.baseAddress! + 16 <= end, upper: upper, letters: letters, u, &j, &jOff, para: p, start: off, vocab: &vocab)
                } else {
                    token = unicodeWord(u, i, j, &j, &jOff, para: p, start: off, vocab: &vocab)
                }
                tokens.append(token)
                i = j
                off = jOff
            }
        }

        private func mark(_ id: Int32, para: Int, start: Int) -> CastToken {
            CastToken(form: id, word: id, para: para, start: start, isWord: false, cap: false, allCaps: false,
                      possessive: false, quote: -1, isQuoteMark: false, initial: false, sentence: 0)
        }

        /// One-byte marks are all shared words.
        @inline(__always) private func punctID(_ b: UInt8, _ vocab: inout CastVocabulary) -> Int32 { vocab.punctID(b) }

        /// An ASCII word read in place, `w` its bytes; `end` moves past a possessive apostrophe.
        private mutating func word(_ w: UnsafeBufferPointer<UInt8>, loadable: Bool, upper: Int, letters: Int, _ u: UnsafeBufferPointer<UInt8>,
                                   _ end: inout Int, _ endOff: inout Int, para p: Int, start: Int,
                                   vocab: inout CastVocabulary) -> CastToken {
            var upper = upper, letters = letters
            let (keep, poss, suffix) = possessive(w, u, &end, &endOff, upper: &upper, letters: &letters)
            let w = UnsafeBufferPointer(rebasing: w[0..<keep])
            let form: Int32
            if loadable && w.count <= 15 {
                let (k0, k1) = WordTable.key(loading: w)
                form = vocab.id(bytes: w, key: k0, k1)
            } else {
                form = vocab.id(bytes: w)
            }
            let word = upper > 0 ? vocab.lowerID(form) : form
            var token = CastToken(form: form, word: word, para: p, start: start, isWord: true, cap: w[0] >= 0x41 && w[0] <= 0x5A,
                                  allCaps: letters >= 2 && upper == letters, possessive: poss, quote: -1,
                                  isQuoteMark: false, initial: false, sentence: 0, lex: vocab.classes(word))
            token.suffix = suffix
            return token
        }

        /// A word with other scalars or a curly apostrophe: copied, then lowercased as
        /// `String.lowercased()` does when it is not ASCII.
        private mutating func unicodeWord(_ u: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, _ end: inout Int, _ endOff: inout Int,
                                          para p: Int, start: Int, vocab: inout CastVocabulary) -> CastToken {
            text.removeAll(keepingCapacity: true)
            var upper = 0, letters = 0
            var ascii = true
            var k = i
            while k < j {
                var (c, cl) = decode(u, k)
                k += cl
                if c == "\u{2019}" { c = "'" }
                let v = c.value
                if v < 0x80 {
                    text.append(UInt8(v))
                    if v >= 0x41 && v <= 0x5A { letters += 1; upper += 1 } else if v >= 0x61 && v <= 0x7A { letters += 1 }
                } else {
                    ascii = false
                    text.append(contentsOf: UTF8.encode(c)!)
                    if c.properties.isAlphabetic { letters += 1; if c.properties.isUppercase { upper += 1 } }
                }
            }
            if ascii {
                let t = text
                return t.withUnsafeBufferPointer { word($0, loadable: false, upper: upper, letters: letters, u, &end, &endOff, para: p, start: start, vocab: &vocab) }
            }
            let (keep, poss, suffix) = text.withUnsafeBufferPointer {
                possessive($0, u, &end, &endOff, upper: &upper, letters: &letters)
            }
            text.removeLast(text.count - keep)
            let form = text.withUnsafeBufferPointer { vocab.id(bytes: $0) }
            let wordID = vocab.lowerID(form)
            let first = decode(u, i).0
            let cap = first.value < 0x80 ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
            var token = CastToken(form: form, word: wordID, para: p, start: start, isWord: true, cap: cap,
                                  allCaps: letters >= 2 && upper == letters, possessive: poss, quote: -1,
                                  isQuoteMark: false, initial: false, sentence: 0, lex: vocab.classes(wordID))
            token.suffix = suffix
            return token
        }

        /// The possessive ending of the word `w` (its bytes, curly apostrophes straightened):
        /// how many bytes stay the form, and which ending went. "Colin's" keeps "Colin" (a
        /// contraction base, "he's", keeps all); "James’ car", a bare apostrophe after a
        /// capitalised s-word, keeps the word and moves `end` past the apostrophe.
        private func possessive(_ w: UnsafeBufferPointer<UInt8>, _ u: UnsafeBufferPointer<UInt8>, _ end: inout Int, _ endOff: inout Int,
                                upper: inout Int, letters: inout Int) -> (keep: Int, possessive: Bool, suffix: CastToken.Suffix) {
            let bn = w.count
            if bn > 2, w[bn - 2] == 0x27, w[bn - 1] == 0x73 || w[bn - 1] == 0x53 {
                // Contraction bases are ASCII: a base with other letters is never one.
                guard !CastLexicon.isContractionBase(UnsafeBufferPointer(rebasing: w[0..<(bn - 2)])) else { return (bn, false, .none) }
                if w[bn - 1] == 0x53 { upper -= 1 }
                letters -= 1
                return (bn - 2, true, w[bn - 1] == 0x53 ? .capitalS : .s)
            }
            if bn > 1, w[bn - 1] == 0x73, w[0] >= 0x41 && w[0] <= 0x5A, let skip = bareApostrophe(u, end) {
                end += skip
                endOff += 1
                return (bn, true, .none)
            }
            return (bn, false, .none)
        }

        /// The length of a ' or ’ at `j` that ends a word (nothing word-like after it), or nil.
        private func bareApostrophe(_ u: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int? {
            guard j < u.count else { return nil }
            let (c, cl) = CastTokenizer.decode(u, j)
            guard c == "\u{2019}" || c == "'" else { return nil }
            return j + cl >= u.count || !CastTokenizer.isWord(u, j + cl) ? cl : nil
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

    /// A-Z a-z 0-9. (`b | 0x20` folds A-Z onto a-z; the wrapping subtractions make each range
    /// one comparison.)
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10
    }

    /// Whether the scalar at byte `i` is a word scalar.
    @inline(__always) static func isWord(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        u[i] < 0x80 ? isAlnum(u[i]) : isWordScalar(decode(u, i).0)
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return isAlnum(UInt8(s.value)) }
        // General Punctuation (dashes, curly quotes, ellipsis) has no alphabetic scalar: skip
        // the property look-up for the commonest non-ASCII scalars of prose.
        if s.value >= 0x2000 && s.value <= 0x206F { return false }
        return s.properties.isAlphabetic
    }
}
