import Foundation

/// The second pass: sentences and quotations, found by scanning each paragraph once.
///
/// Sentence ends are `.`, `!`, `?` and `…` (with any closing quotes after them) followed by
/// a space and an upper-case letter, a quote or a digit; common abbreviations (`Mr.`, `Dr.`)
/// do not end one. Quotations pair curly marks, or straight ones by alternation; an apostrophe
/// inside a word (`don't`) is never a quote.
public enum Segmenter {
    public static func segment(_ paragraphs: [String]) -> Segmentation {
        var sentences: [Sentence] = []
        var quotes: [QuoteSpan] = []
        var byParagraph: [Range<Int>] = []
        sentences.reserveCapacity(paragraphs.count * 4)
        for (i, text) in paragraphs.enumerated() {
            let start = sentences.count
            let units = Array(text.utf16)
            // Ranges come in increasing order, so one cursor walks the paragraph once and each
            // piece is a slice of the original UTF-8, not a transcoding of UTF-16 units.
            var cursor = Cursor(text)
            for r in sentenceRanges(units) {
                sentences.append(Sentence(paragraph: i + 1, text: cursor.slice(r), range: r))
            }
            byParagraph.append(start..<sentences.count)
            cursor = Cursor(text)
            for (r, inner, unclosed) in quoteRanges(units) {
                quotes.append(QuoteSpan(paragraph: i + 1, text: cursor.slice(inner), range: r, unclosed: unclosed))
            }
        }
        return Segmentation(sentences: sentences, quotes: quotes, sentencesByParagraph: byParagraph)
    }

    // UTF-16 code units used below.
    private static let space: UInt16 = 0x20, period: UInt16 = 0x2E, bang: UInt16 = 0x21, question: UInt16 = 0x3F
    private static let ellipsis: UInt16 = 0x2026, straightQuote: UInt16 = 0x22, openCurly: UInt16 = 0x201C, closeCurly: UInt16 = 0x201D
    private static let closers: Set<UInt16> = [0x22, 0x27, 0x201D, 0x2019, 0x29]

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
    private static func isSpeechTag(_ u: [UInt16], from start: Int) -> Bool {
        var words: [String] = []
        var j = start
        while words.count < 2, j < u.count {
            var k = j
            while k < u.count, u[k] != space { k += 1 }
            words.append(String(decoding: u[j..<k], as: UTF16.self).lowercased().trimmingCharacters(in: .punctuationCharacters))
            j = k + 1
        }
        guard words.count == 2 else { return false }
        return speechVerbs.contains(words[1]) || (speechVerbs.contains(words[0]) && words[0] != words[1])
    }

    static let speechVerbs: Set<String> = [
        "said", "asked", "answered", "replied", "whispered", "shouted", "yelled", "demanded", "added", "mumbled",
        "muttered", "cried", "called", "snapped", "told", "continued", "begged", "pleaded", "insisted", "murmured",
        "sobbed", "screamed", "repeated", "explained", "admitted", "says", "asks", "whispers", "laughed", "sighed",
    ]

    private static func startsSentence(_ c: UInt16) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == openCurly || c == straightQuote || c == 0x2018
            || (c >= 0xC0 && c <= 0xDE)
    }

    private static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "vs", "mt", "e.g", "i.e", "etc"]

    private static func isAbbreviation(_ u: [UInt16], dotAt i: Int) -> Bool {
        var j = i
        while j > 0, u[j - 1] != space { j -= 1 }
        // Only short words can be abbreviations; skip building a string for the rest.
        guard i - j <= 5 else { return false }
        let word = String(decoding: u[j..<i], as: UTF16.self).lowercased()
        return abbreviations.contains(word) || (word.count == 1 && word.first?.isLetter == true)
    }

    private static func trimmed(_ r: Range<Int>, _ u: [UInt16]) -> Range<Int> {
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

/// Walks a string by UTF-16 offsets in increasing order, handing out slices: O(length) in all.
private struct Cursor {
    let text: String
    var index: String.Index
    var offset = 0

    init(_ text: String) {
        self.text = text
        index = text.startIndex
    }

    mutating func slice(_ r: Range<Int>) -> String {
        if r.lowerBound < offset {
            index = text.startIndex
            offset = 0
        }
        let start = text.utf16.index(index, offsetBy: r.lowerBound - offset)
        let end = text.utf16.index(start, offsetBy: r.count)
        index = end
        offset = r.upperBound
        return String(text[start..<end])
    }
}
