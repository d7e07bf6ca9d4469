/// What a pair of quotation marks holds: a line someone says, or words the narrator only
/// holds up ("he needed “room to breathe”", "having kids “someday,” but").
public enum QuoteKind: String, Sendable, Codable {
    /// Speech: a line of dialogue, a letter or a text message read out.
    case speech
    /// A scare quote, a name or a title quoted inside narration: no one says it here.
    case mention = "not-speech"

    /// Decides the kind of one quotation from its form alone, on the story's UTF-8 bytes.
    ///
    /// A quotation is a mention when it is short (at most five words), does not ask or exclaim,
    /// is not left open, has no speech verb just before it (`said “no”`, `told her “go”`, but not
    /// the naming `called “emergency reading”`; reported
    /// speech quoting its words: `said he needed “room to breathe”`) nor a
    /// speech tag just after it (`“fine,” he said`), and either sits inside a sentence (a word
    /// stands right before the opening mark: `needed “room to breathe.”`, `called it “space”`)
    /// or, at the start of a sentence, runs straight on into lower-case narration with no
    /// punctuation of its own (`“Someday” never came`). A comma or colon before the mark, the
    /// start of the paragraph or a sentence end before it, means a line is being introduced.
    static func classify(_ b: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>, inner: Range<Int>, unclosed: Bool) -> QuoteKind {
        guard !unclosed, inner.lowerBound >= paragraph.lowerBound, inner.upperBound <= paragraph.upperBound else { return .speech }
        var words = 0, inWord = false
        for i in inner {
            let c = b[i]
            if c == 0x3F || c == 0x21 { return .speech }
            if c == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        guard words <= 5 else { return .speech }
        // The opening mark, and what stands before it.
        var o = inner.lowerBound - 1
        while o >= paragraph.lowerBound, b[o] == 0x20 { o -= 1 }
        guard o >= paragraph.lowerBound else { return .speech }
        o -= b[o] == 0x22 ? 1 : 3
        while o >= paragraph.lowerBound, b[o] == 0x20 { o -= 1 }
        let before = o >= paragraph.lowerBound ? wordsBefore(b, end: o + 1, lower: paragraph.lowerBound) : []
        if let w1 = before.first {
            // `books she called “emergency reading.”`: calling a thing a name is not saying it.
            if SpeechVerbs.quoteTags.contains(w1), !(w1 == "called" && isWordEnd(b, at: o, lower: paragraph.lowerBound)) { return .speech }
            if before.count > 1, SpeechVerbs.quoteTags.contains(before[1]), w1 != "it", w1 != "this", w1 != "that",
               SpeechVerbs.betweenTagAndLine.contains(w1) || w1.hasSuffix("ly") { return .speech }
            // Reported speech quoting its words: `said he needed “room to breathe.”`
            if before.count > 2, SpeechVerbs.quoteTags.contains(before[2]), SpeechVerbs.tagSubjects.contains(before[1]) { return .speech }
        }
        // The closing mark, and what follows it.
        var c = inner.upperBound
        while c < paragraph.upperBound, b[c] == 0x20 { c += 1 }
        if c < paragraph.upperBound { c += b[c] == 0x22 ? 1 : 3 }
        // A tag goes on the same sentence: after `“…room to breathe.”` a new sentence starts.
        let last = b[inner.upperBound - 1]
        let after = last == 0x2E ? [] : wordsAfter(b, start: c, upper: paragraph.upperBound)
        if after.count == 2, SpeechVerbs.quoteTags.contains(after[1]) || (SpeechVerbs.quoteTags.contains(after[0]) && after[0] != after[1]) {
            return .speech
        }
        if o >= paragraph.lowerBound, isWordEnd(b, at: o, lower: paragraph.lowerBound) { return .mention }
        // At a sentence start: a bare phrase that the narration carries on.
        let punctuated = last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last >= 0x80
        if !punctuated, c < paragraph.upperBound, b[c] == 0x20, c + 1 < paragraph.upperBound, b[c + 1] >= 0x61, b[c + 1] <= 0x7A {
            return .mention
        }
        return .speech
    }

    /// Whether the byte at `i` ends a word (a letter or digit, not punctuation).
    private static func isWordEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int, lower: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        let start = ByteText.scalarStart(before: i + 1, in: b)
        guard start >= lower else { return false }
        let scalar = ByteText.scalar(at: start, in: b).value
        return Unicode.Scalar(scalar).map { Character($0).isLetter } ?? false
    }

    /// Up to three lower-cased words ending at `end` (nearest first), punctuation trimmed.
    private static func wordsBefore(_ b: UnsafeBufferPointer<UInt8>, end: Int, lower: Int) -> [String] {
        var out: [String] = []
        var hi = end
        while out.count < 3, hi > lower {
            var lo = hi
            while lo > lower, b[lo - 1] != 0x20 { lo -= 1 }
            // Punctuation after the farther word ends its clause: it does not introduce the line.
            if !out.isEmpty, [0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x3F].contains(b[hi - 1]) { break }
            out.append(word(b, lo..<hi))
            hi = lo
            while hi > lower, b[hi - 1] == 0x20 { hi -= 1 }
        }
        return out
    }

    /// Up to two lower-cased words starting at `start`, punctuation trimmed.
    private static func wordsAfter(_ b: UnsafeBufferPointer<UInt8>, start: Int, upper: Int) -> [String] {
        var out: [String] = []
        var lo = start
        while lo < upper, b[lo] == 0x20 { lo += 1 }
        while out.count < 2, lo < upper {
            var hi = lo
            while hi < upper, b[hi] != 0x20 { hi += 1 }
            out.append(word(b, lo..<hi))
            lo = hi
            while lo < upper, b[lo] == 0x20 { lo += 1 }
        }
        return out
    }

    private static func word(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, b[lo] < 0x80, Segmenter.isASCIIPunctuation(UInt16(b[lo])) { lo += 1 }
        while hi > lo, b[hi - 1] < 0x80, Segmenter.isASCIIPunctuation(UInt16(b[hi - 1])) { hi -= 1 }
        return String(decoding: b[lo..<hi].lazy.map { c in c >= 0x41 && c <= 0x5A ? c | 0x20 : c }, as: UTF8.self)
    }
}
