/// Cuts sentences into `Token`s in one pass over the UTF-8 bytes of their paragraph.
///
/// A word is a run of letters and digits with inner apostrophes (’ read as '). ASCII bytes are
/// classified directly; any other scalar is decoded and asked for its Unicode properties, as a
/// scalar walk would. The current word is written, lower-cased when ASCII, into a scratch
/// buffer the caller owns, and an ASCII word is numbered by probing the vocabulary with those
/// bytes; a word found there takes the vocabulary's `String`, so only unknown words make one.
struct TokenScanner {
    private(set) var tokens: [Token] = []
    private let vocabulary = Vocabulary.shared
    // The sentence being scanned.
    private var sentence = 0, paragraph = 0, position = 0, base = 0
    /// The paragraph's quotations, sorted and merged, and the first one not yet passed: words
    /// come in order through a paragraph, so each is tested against one range, not all.
    private var quotes: [Range<Int>] = []
    private var quoteCursor = 0, lastAt = 0

    init(capacity: Int) {
        tokens.reserveCapacity(capacity)
    }

    /// Sets the quotation ranges (UTF-16 offsets) of the paragraph whose sentences come next.
    mutating func setQuotes(_ ranges: [Range<Int>]) {
        quoteCursor = 0
        lastAt = 0
        guard ranges.count > 1 else {
            quotes = ranges.first?.isEmpty == true ? [] : ranges
            return
        }
        // A union of ranges contains a point exactly when one of them does.
        var merged: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        quotes = merged
    }

    /// Appends the words of `s`, the sentence numbered `index`, using `word` (at least as many
    /// bytes as the sentence has, and `ByteTable.inlineBytes`) as scratch; its paragraph's
    /// quotes must be set.
    mutating func scan(_ s: Sentence, index: Int, word w: UnsafeMutablePointer<UInt8>) {
        sentence = index
        paragraph = s.paragraph - 1
        position = 0
        base = s.range.lowerBound
        let span = s.span
        ByteText.withBytes(span.source) { u in
            // The word being read, in locals: the loop runs once per byte.
            var count = 0, wordStart = 0
            var hasUpper = false, hasLower = false, ascii = true, capital = false
            // `offset` counts UTF-16 units, as quote ranges do.
            var offset = 0
            var i = Int(span.utf8Start)
            let end = Int(span.utf8End)
            while true {
                let b: UInt8 = i < end ? u[i] : 0x20
                if b < 0x80 {
                    if b &- 0x41 < 26 {
                        if count == 0 { wordStart = offset; capital = true }
                        hasUpper = true
                        w[count] = b | 0x20
                        count += 1
                    } else if b &- 0x61 < 26 {
                        if count == 0 { wordStart = offset }
                        hasLower = true
                        w[count] = b
                        count += 1
                    } else if b &- 0x30 < 10 {
                        if count == 0 { wordStart = offset }
                        w[count] = b
                        count += 1
                    } else if b == 0x27 {
                        if count > 0 { w[count] = b; count += 1 }
                    } else if count > 0 {
                        emit(w, count, at: wordStart, capital: capital, upper: hasUpper, lower: hasLower, ascii: ascii)
                        count = 0
                        hasUpper = false; hasLower = false; ascii = true; capital = false
                    }
                    if i >= end { break }
                    offset += 1
                    i += 1
                    continue
                }
                let (v, length) = ByteText.scalar(at: i, in: u)
                if v == 0x2019 {
                    if count > 0 { w[count] = 0x27; count += 1 }
                } else if v &- 0x2010 >= 0x18, let sc = Unicode.Scalar(v), sc.properties.isAlphabetic {
                    // (Dashes, quotation marks, bullets and the ellipsis, U+2010…2027, are not letters.)
                    if count == 0 { wordStart = offset; capital = sc.properties.isUppercase }
                    ascii = false
                    if sc.properties.isUppercase { hasUpper = true } else if sc.properties.isLowercase { hasLower = true }
                    // Kept as written: a word beyond ASCII is lower-cased by `String` at its end.
                    for k in 0..<length { w[count + k] = u[i + k] }
                    count += length
                } else if count > 0 {
                    emit(w, count, at: wordStart, capital: capital, upper: hasUpper, lower: hasLower, ascii: ascii)
                    count = 0
                    hasUpper = false; hasLower = false; ascii = true; capital = false
                }
                offset += v > 0xFFFF ? 2 : 1
                i += length
            }
        }
    }

    /// Appends the word in `w[0..<count]` (trailing apostrophes dropped) as a token.
    private mutating func emit(_ w: UnsafeMutablePointer<UInt8>, _ count: Int, at wordStart: Int,
                               capital: Bool, upper hasUpper: Bool, lower hasLower: Bool, ascii: Bool) {
        var n = count
        while n > 0, w[n - 1] == 0x27 { n -= 1 }
        guard n > 0 else { return }
        let word = UnsafeBufferPointer(start: w, count: n)
        let lower: String
        let id: Int32
        if ascii {
            if let k = vocabulary.bytes.index(padded: word) {
                // The same bytes, so the same string, already made.
                id = Int32(k)
                lower = vocabulary.words[k]
            } else {
                id = -1
                // ASCII, so valid: built in place rather than through the repairing decoder.
                lower = String(unsafeUninitializedCapacity: n) { buffer in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(word))
                    return n
                }
            }
        } else {
            // Lower-case ASCII letters went in lower-cased; String.lowercased() leaves them alone.
            lower = String(decoding: word, as: UTF8.self).lowercased()
            id = vocabulary.ids[lower] ?? -1
        }
        let at = base + wordStart
        if at < lastAt { quoteCursor = 0 }
        lastAt = at
        while quoteCursor < quotes.count, quotes[quoteCursor].upperBound <= at { quoteCursor += 1 }
        let quoted = quoteCursor < quotes.count && quotes[quoteCursor].lowerBound <= at
        tokens.append(Token(text: lower, capitalized: capital, shouted: n > 1 && hasUpper && !hasLower,
                            quoted: quoted, sentence: sentence, paragraph: paragraph,
                            position: position, id: id, lex: id >= 0 ? vocabulary.valence[Int(id)] : 0,
                            classes: id >= 0 ? vocabulary.classes[Int(id)] : []))
        position += 1
    }
}
