/// The segmenter's rules read straight from a paragraph's UTF-8 bytes, with no UTF-16 copy.
///
/// Every mark the rules look at (`. ! ? … " ' ) ” ’ “ ‘`, the space) is one UTF-16 unit and
/// one scalar, so stepping over it in bytes visits the same positions as stepping over it in
/// units; lengths the rules measure in units (an abbreviation's) are counted as units. Ranges
/// come out as byte offsets into the paragraph; `UTF16Cursor` turns them into the UTF-16
/// offsets the API gives. This is the one implementation; a plain reference on UTF-16 units
/// lives in the tests (`SegmenterReference`), and `SegmenterBytePathTests` holds the two together.
enum SegmentScanner {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    private static let space: UInt8 = 0x20, period: UInt8 = 0x2E, straightQuote: UInt8 = 0x22

    /// Length of the sentence terminator (`.`, `!`, `?`, `…`) at `i`, or 0.
    @inline(__always)
    private static func terminatorLength(at i: Int, _ b: Bytes) -> Int {
        switch b[i] {
        case 0x2E, 0x21, 0x3F: return 1
        case 0xE2: return b[i + 1] == 0x80 && b[i + 2] == 0xA6 ? 3 : 0
        default: return 0
        }
    }

    /// The first `.`, `!`, `?` or 0xE2 (the lead byte of `…`) at or after `i`, or `b.count`.
    @inline(__always)
    private static func nextTerminatorLead(_ b: Bytes, from start: Int) -> Int {
        var i = start
        while i + 8 <= b.count {
            let w = ByteWords.load(b, at: i)
            let m = ByteWords.matches(w, 0x2E) | ByteWords.matches(w, 0x21) | ByteWords.matches(w, 0x3F) | ByteWords.matches(w, 0xE2)
            if m != 0 { return i + ByteWords.firstFlag(m) }
            i += 8
        }
        while i < b.count {
            switch b[i] {
            case 0x2E, 0x21, 0x3F, 0xE2: return i
            default: i += 1
            }
        }
        return i
    }

    /// The first `"` or 0xE2 (the lead byte of `“` and `”`) at or after `i`, or `b.count`.
    @inline(__always)
    private static func nextQuoteLead(_ b: Bytes, from start: Int) -> Int {
        var i = start
        while i + 8 <= b.count {
            let w = ByteWords.load(b, at: i)
            let m = ByteWords.matches(w, 0x22) | ByteWords.matches(w, 0xE2)
            if m != 0 { return i + ByteWords.firstFlag(m) }
            i += 8
        }
        while i < b.count, b[i] != 0x22, b[i] != 0xE2 { i += 1 }
        return i
    }

    /// Length of the closing mark (`"`, `'`, `)`, `”`, `’`) at `i`, or 0.
    @inline(__always)
    private static func closerLength(at i: Int, _ b: Bytes) -> Int {
        switch b[i] {
        case 0x22, 0x27, 0x29: return 1
        case 0xE2: return b[i + 1] == 0x80 && (b[i + 2] == 0x9D || b[i + 2] == 0x99) ? 3 : 0
        default: return 0
        }
    }

    /// Each sentence of the paragraph as a byte range, trimmed and non-empty, in order.
    static func sentences(_ b: Bytes, _ emit: (Range<Int>) -> Void) {
        let n = b.count
        var start = 0, i = 0
        while i < n {
            i = nextTerminatorLead(b, from: i)
            if i >= n { break }
            let t = terminatorLength(at: i, b)
            guard t > 0 else { i += 1; continue }
            var end = i + t
            while end < n { let w = terminatorLength(at: end, b); if w == 0 { break }; end += w }
            // Terminators are not closers: the unit before `end` is a closer iff one was stepped over.
            var quoted = false
            while end < n { let w = closerLength(at: end, b); if w == 0 { break }; end += w; quoted = true }
            if end >= n { break }
            if b[end] == space, end + 1 < n, startsSentence(at: end + 1, b), !(b[i] == period && isAbbreviation(b, dotAt: i)),
               !(quoted && isSpeechTag(b, from: end + 1)) {
                emitTrimmed(start..<end, b, emit)
                start = end + 1
                i = end + 1
                continue
            }
            i = end
        }
        if start < n { emitTrimmed(start..<n, b, emit) }
    }

    @inline(__always)
    private static func emitTrimmed(_ r: Range<Int>, _ b: Bytes, _ emit: (Range<Int>) -> Void) {
        let t = trimmed(r, b)
        if !t.isEmpty { emit(t) }
    }

    @inline(__always)
    private static func trimmed(_ r: Range<Int>, _ b: Bytes) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, b[lo] == space { lo += 1 }
        while hi > lo, b[hi - 1] == space { hi -= 1 }
        return lo..<hi
    }

    /// An upper-case ASCII letter, a digit, `“`, `"`, `‘` or a Latin-1 capital (U+00C0–U+00DE).
    @inline(__always)
    private static func startsSentence(at i: Int, _ b: Bytes) -> Bool {
        let c = b[i]
        switch c {
        case 0x41...0x5A, 0x30...0x39, 0x22: return true
        case 0xC3: return b[i + 1] >= 0x80 && b[i + 1] <= 0x9E
        case 0xE2: return b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x98)
        default: return false
        }
    }

    /// The abbreviations of `Segmenter`, lower-case ASCII packed little-endian into an integer.
    private static let abbreviationKeys: [UInt64] = PageWords.abbreviations
        .map { $0.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) } }

    /// Whether the word ending at the period `i` is an abbreviation or a one-letter initial.
    private static func isAbbreviation(_ b: Bytes, dotAt i: Int) -> Bool {
        var j = i
        var ascii = true
        // Five UTF-16 units take at most fifteen bytes; a longer word is never one.
        while j > 0, b[j - 1] != space {
            j -= 1
            if b[j] >= 0x80 { ascii = false }
            if i - j > 15 { return false }
        }
        if ascii {
            let length = i - j
            guard length <= 5 else { return false }
            if length == 1 { return (b[j] >= 0x41 && b[j] <= 0x5A) || (b[j] >= 0x61 && b[j] <= 0x7A) }
            var key: UInt64 = 0
            for k in stride(from: i - 1, through: j, by: -1) {
                let c = b[k]
                key = key << 8 | UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            }
            return length > 0 && abbreviationKeys.contains(key)
        }
        // Non-ASCII: count UTF-16 units, then the String rules the UTF-16 path uses.
        var units = 0
        for k in j..<i where b[k] & 0xC0 != 0x80 { units += b[k] >= 0xF0 ? 2 : 1 }
        guard units <= 5 else { return false }
        let word = UnsafeBufferPointer(rebasing: b[j..<i])
        if units == 1 { return Segmenter.isLetter(UInt16(ByteText.scalar(at: 0, in: word).value)) }
        return Segmenter.isAbbreviation(String(decoding: word, as: UTF8.self))
    }

    /// `Segmenter.isSpeechTag` on bytes: the two words after a quotation.
    private static func isSpeechTag(_ b: Bytes, from start: Int) -> Bool {
        let n = b.count
        var words: (String, String) = ("", "")
        var count = 0
        var j = start
        while count < 2, j < n {
            var k = j
            while k < n, b[k] != space { k += 1 }
            let w = word(UnsafeBufferPointer(rebasing: b[j..<k]))
            if count == 0 { words.0 = w } else { words.1 = w }
            count += 1
            j = k + 1
        }
        guard count == 2 else { return false }
        return SpeechVerbs.quoteTags.contains(words.1) || (SpeechVerbs.quoteTags.contains(words.0) && words.0 != words.1)
    }

    /// `word` of a string's bytes.
    static func word(_ s: String) -> String { ByteText.withBytes(s) { word($0) } }

    /// `Segmenter.word` on bytes: lower-cased, with punctuation trimmed at the ends.
    private static func word(_ b: Bytes) -> String {
        var lo = 0, hi = b.count
        while lo < hi, b[lo] < 0x80, Segmenter.isASCIIPunctuation(UInt16(b[lo])) { lo += 1 }
        while hi > lo, b[hi - 1] < 0x80, Segmenter.isASCIIPunctuation(UInt16(b[hi - 1])) { hi -= 1 }
        if b[lo..<hi].allSatisfy({ $0 < 0x80 && !Segmenter.isASCIIPunctuation(UInt16($0)) }) {
            return String(decoding: b[lo..<hi].lazy.map { c in c >= 0x41 && c <= 0x5A ? c | 0x20 : c }, as: UTF8.self)
        }
        return Segmenter.foldedWord(String(decoding: b, as: UTF8.self))
    }

    /// Each quotation as byte ranges (whole with its marks, inner trimmed and non-empty) and
    /// whether it was left unclosed, in the order `Segmenter.quoteRanges` gives them.
    static func quotes(_ b: Bytes, _ emit: (Range<Int>, Range<Int>, Bool) -> Void) {
        let n = b.count
        var open = -1, openEnd = 0
        var openedStraight = false, seenOpenCurly = false
        // Quotations found, counting those later dropped for having no words.
        var found = 0
        func add(_ whole: Range<Int>, _ inner: Range<Int>, _ unclosed: Bool) {
            found += 1
            let t = trimmed(inner, b)
            if !t.isEmpty { emit(whole, t, unclosed) }
        }
        var i = 0
        while i < n {
            i = nextQuoteLead(b, from: i)
            if i >= n { break }
            let c = b[i]
            if c == straightQuote {
                if open >= 0 {
                    if openedStraight {
                        add(open..<(i + 1), openEnd..<i, false)
                        open = -1
                    }
                } else {
                    open = i
                    openEnd = i + 1
                    openedStraight = true
                }
                i += 1
            } else if c == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x9C {
                if open >= 0 { add(open..<i, openEnd..<i, true) }
                open = i
                openEnd = i + 3
                openedStraight = false
                seenOpenCurly = true
                i += 3
            } else if c == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x9D {
                if open >= 0 {
                    if !openedStraight {
                        add(open..<(i + 3), openEnd..<i, false)
                        open = -1
                    }
                } else if i > 0, found == 0, !seenOpenCurly {
                    // A paragraph that continues a quotation from the one before.
                    add(0..<(i + 3), 0..<i, true)
                }
                i += 3
            } else {
                i += 1
            }
        }
        if open >= 0, openEnd < n { add(open..<n, openEnd..<n, true) }
    }
}

/// UTF-16 offsets of byte offsets in one paragraph, counted on from the last one asked for
/// (the scanners ask in increasing order).
struct UTF16Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byte = 0, unit = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always)
    mutating func offset(_ p: Int) -> Int {
        if p < byte { byte = 0; unit = 0 }
        var u = unit, k = byte
        // A unit per scalar, two for a scalar of four bytes (a surrogate pair).
        while k + 8 <= p {
            u &+= ByteWords.utf16Count(ByteWords.load(bytes, at: k))
            k += 8
        }
        while k < p {
            let c = bytes[k]
            u &+= (c & 0xC0 != 0x80 ? 1 : 0) &+ (c >= 0xF0 ? 1 : 0)
            k += 1
        }
        byte = p
        unit = u
        return u
    }
}
