import Foundation
@testable import StoryKit

/// The segmenter's rules on each paragraph's UTF-16 units, written plainly: the reference
/// `SegmentScanner` (the one implementation, which reads UTF-8 bytes in place) is held to by
/// `SegmenterBytePathTests`.
extension Segmenter {
    /// The same segmentation found on each paragraph's UTF-16 units: the reference the byte
    /// path is tested against.
    static func segmentUTF16(_ paragraphs: Paragraphs) -> Segmentation {
        var found = SegmentationBuilder(paragraphs)
        for i in paragraphs.indices {
            found.startParagraph()
            // Ranges are found in UTF-16 units of the paragraph (the offsets the API gives);
            // spans keep UTF-8 offsets into the story's one string.
            let base = paragraphs.utf8Range(i).lowerBound
            let (units, toUTF8) = UTF8Offsets.transcode(paragraphs.slice(i), base: base)
            for r in sentenceRanges(units) {
                found.sentence(paragraph: i, utf16: r, utf8: toUTF8[r])
            }
            for (r, inner, unclosed) in quoteRanges(units) {
                found.quote(paragraph: i, utf16: r, innerUTF8: toUTF8[inner], unclosed: unclosed)
            }
        }
        return found.build()
    }

    // UTF-16 code units used below.
    fileprivate static let space: UInt16 = 0x20, period: UInt16 = 0x2E, bang: UInt16 = 0x21, question: UInt16 = 0x3F
    fileprivate static let ellipsis: UInt16 = 0x2026, straightQuote: UInt16 = 0x22, openCurly: UInt16 = 0x201C, closeCurly: UInt16 = 0x201D
    fileprivate static let closers: Set<UInt16> = [0x22, 0x27, 0x201D, 0x2019, 0x29]

    static func sentenceRanges(_ u: [UInt16]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = u.count
        while i < n {
            let c = u[i]
            if c == period || c == bang || c == question || c == ellipsis {
                var end = i + 1
                while end < n, u[end] == period || u[end] == bang || u[end] == question || u[end] == ellipsis { end += 1 }
                while end < n, closers.contains(u[end]) { end += 1 }
                if end >= n { break }
                let quoted = end > i + 1 && closers.contains(u[end - 1])
                if u[end] == space, end + 1 < n, startsSentence(u[end + 1]), !(c == period && isAbbreviation(u, dotAt: i)),
                   !(quoted && isSpeechTag(u, from: end + 1)) {
                    ranges.append(trimmed(start..<end, u))
                    start = end + 1
                    i = end + 1
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        if start < n { ranges.append(trimmed(start..<n, u)) }
        return ranges.filter { !$0.isEmpty }
    }

    /// `“Hello?” I answered` or `“No!” Jake said`: a tag after a quotation continues its sentence.
    fileprivate static func isSpeechTag(_ u: [UInt16], from start: Int) -> Bool {
        var words: [String] = []
        var j = start
        while words.count < 2, j < u.count {
            var k = j
            while k < u.count, u[k] != space { k += 1 }
            words.append(word(u[j..<k]))
            j = k + 1
        }
        guard words.count == 2 else { return false }
        return SpeechVerbs.quoteTags.contains(words[1]) || (SpeechVerbs.quoteTags.contains(words[0]) && words[0] != words[1])
    }

    /// A word lower-cased with the punctuation at its ends trimmed. ASCII, the common case, is
    /// folded unit by unit; anything else goes through `String` and Foundation as before.
    static func word(_ units: ArraySlice<UInt16>) -> String {
        var lo = units.startIndex, hi = units.endIndex
        while lo < hi, isASCIIPunctuation(units[lo]) { lo += 1 }
        while hi > lo, isASCIIPunctuation(units[hi - 1]) { hi -= 1 }
        if units[lo..<hi].allSatisfy({ $0 < 0x80 && !isASCIIPunctuation($0) }) {
            return String(decoding: units[lo..<hi].lazy.map { u in UInt8(u >= 0x41 && u <= 0x5A ? u | 0x20 : u) }, as: UTF8.self)
        }
        return foldedWord(String(decoding: units, as: UTF16.self))
    }

    fileprivate static func startsSentence(_ c: UInt16) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == openCurly || c == straightQuote || c == 0x2018
            || (c >= 0xC0 && c <= 0xDE)
    }

    fileprivate static func isAbbreviation(_ u: [UInt16], dotAt i: Int) -> Bool {
        var j = i
        while j > 0, u[j - 1] != space { j -= 1 }
        // Only short words can be abbreviations; skip building a string for the rest.
        guard i - j <= 5 else { return false }
        if i - j == 1 { return isLetter(u[j]) }
        guard u[j..<i].allSatisfy({ $0 < 0x80 }) else {
            return isAbbreviation(String(decoding: u[j..<i], as: UTF16.self))
        }
        return abbreviations.contains(String(decoding: u[j..<i].lazy.map { c in UInt8(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) }, as: UTF8.self))
    }

    fileprivate static func trimmed(_ r: Range<Int>, _ u: [UInt16]) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, u[lo] == space { lo += 1 }
        while hi > lo, u[hi - 1] == space { hi -= 1 }
        return lo..<hi
    }

    /// Each quotation as (whole range, inner range, unclosed).
    static func quoteRanges(_ u: [UInt16]) -> [(Range<Int>, Range<Int>, Bool)] {
        var result: [(Range<Int>, Range<Int>, Bool)] = []
        var open: Int? = nil
        var openedStraight = false
        for (i, c) in u.enumerated() {
            switch c {
            case openCurly:
                if let o = open { result.append((o..<i, (o + 1)..<i, true)) }
                open = i
                openedStraight = false
            case closeCurly:
                if let o = open, !openedStraight {
                    result.append((o..<(i + 1), (o + 1)..<i, false))
                    open = nil
                } else if open == nil, i > 0, result.isEmpty, !u[0..<i].contains(openCurly) {
                    // A paragraph that continues a quotation from the one before.
                    result.append((0..<(i + 1), 0..<i, true))
                }
            case straightQuote:
                if let o = open, openedStraight {
                    result.append((o..<(i + 1), (o + 1)..<i, false))
                    open = nil
                } else if open == nil {
                    open = i
                    openedStraight = true
                }
            default:
                break
            }
        }
        if let o = open, o + 1 < u.count { result.append((o..<u.count, (o + 1)..<u.count, true)) }
        return result.map { whole, inner, unclosed in
            var lo = inner.lowerBound, hi = inner.upperBound
            while lo < hi, u[lo] == space { lo += 1 }
            while hi > lo, u[hi - 1] == space { hi -= 1 }
            return (whole, lo..<hi, unclosed)
        }.filter { !$0.1.isEmpty }
    }
}

/// UTF-16 offsets of one paragraph turned into UTF-8 offsets of the story's string: a shift
/// for ASCII text, a table otherwise.
struct UTF8Offsets {
    private let table: [Int32]?
    /// Where the paragraph starts in the story's string.
    private let base: Int

    /// The paragraph's UTF-16 code units, and where each falls in its UTF-8, in one pass over
    /// the bytes. (`Array(text.utf16)` would also make the string build UTF-16 breadcrumbs that
    /// then live as long as the paragraph: 40 MB over ten thousand stories.)
    static func transcode(_ text: Substring, base: Int = 0) -> ([UInt16], UTF8Offsets) {
        var text = text
        return text.withUTF8 { bytes in
            var units = [UInt16]()
            units.reserveCapacity(bytes.count)
            guard bytes.contains(where: { $0 >= 0x80 }) else {
                units.append(contentsOf: bytes.lazy.map { UInt16($0) })
                return (units, UTF8Offsets(table: nil, base: base))
            }
            var table = [Int32]()
            table.reserveCapacity(bytes.count + 1)
            var i = 0
            let n = bytes.count
            while i < n {
                let (scalar, width) = ByteText.scalar(at: i, in: bytes)
                if scalar > 0xFFFF {
                    let v = scalar - 0x10000
                    units.append(UInt16(0xD800 + (v >> 10)))
                    units.append(UInt16(0xDC00 + (v & 0x3FF)))
                    table.append(Int32(i))
                    table.append(Int32(i))  // the low surrogate: never a boundary
                } else {
                    units.append(UInt16(scalar))
                    table.append(Int32(i))
                }
                i += width
            }
            table.append(Int32(n))
            return (units, UTF8Offsets(table: table, base: base))
        }
    }

    subscript(_ r: Range<Int>) -> Range<Int> {
        guard let table else { return (base + r.lowerBound)..<(base + r.upperBound) }
        return (base + Int(table[r.lowerBound]))..<(base + Int(table[r.upperBound]))
    }
}
