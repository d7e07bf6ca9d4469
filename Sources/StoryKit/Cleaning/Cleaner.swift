import Foundation

/// The first pass: raw file text in, the story a reader should see out.
///
/// It normalises line ends, repairs mojibake, drops page noise line by line, picks out a
/// headline, and splits the rest into paragraphs (one non-empty line each). Everything it takes
/// out is recorded, so `show --json` can account for every source line.
public struct Cleaner: Sendable {
    public var rules = NoiseRules()
    public static let standard = Cleaner()

    public init() {}

    public func clean(_ raw: String) -> CleanText {
        var repairs = Repairs()
        var text = raw
        // memchr, not `utf8.contains`: this looks at every byte of every story.
        if ByteText.withBytes(text, { ByteText.index(of: 13, in: $0, from: 0) }) != nil {
            repairs.lineEnds = text.utf8.reduce(0) { $0 + ($1 == 13 ? 1 : 0) }
            text = Self.joiningLineEnds(text)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let (repaired, fixes) = MojibakeRepair.repair(text)
        text = repaired
        repairs.mojibake = fixes

        var removed: [Removal] = []
        var kept: [(line: Int, text: String, words: Int)] = []
        var scratch: [UInt8] = []
        var inComments = false
        // A clean line is a slice of the text, copied as it is: its bytes were checked when the
        // text was made, and decoding them again checked every byte a second time.
        text.makeContiguousUTF8()
        let whole = text
        text.withUTF8 { all in
            // Split on newline bytes: splitting a String by Character walks grapheme clusters.
            var start = 0, n = 0
            while start <= all.count {
                let end = ByteText.index(of: 0x0A, in: all, from: start) ?? all.count
                defer { start = end + 1; n += 1 }
                let source = UnsafeBufferPointer(rebasing: all[start..<end])
                if source.isEmpty { continue }
                var line: String
                if ByteText.needsTidying(source) {
                    Self.tidy(source, into: &scratch, repairs: &repairs)
                    line = String(decoding: scratch, as: UTF8.self)
                } else {
                    let u = whole.utf8
                    line = String(whole[u.index(u.startIndex, offsetBy: start)..<u.index(u.startIndex, offsetBy: end)])
                }
                if line.isEmpty { continue }
                var reason: Removal.Reason?
                var pleas: [Range<String.Index>] = []
                var words = 0
                ByteText.withBytes(line) { bytes in
                    reason = rules.classifyLine(line, bytes: bytes)
                    if reason == nil { pleas = rules.callsToShare(in: line, bytes: bytes) }
                    if reason == nil, pleas.isEmpty { words = Self.wordCount(bytes) }
                }
                if let reason {
                    removed.append(Removal(text: line, reason: reason, line: n + 1))
                    // A comment section ends the article: all that follows its heading is the
                    // form or the comments, never the story.
                    if reason == .chrome, kept.count >= 2, PageChrome.commentHeader(line.lowercased()) { inComments = true }
                    continue
                }
                if inComments {
                    removed.append(Removal(text: line, reason: .chrome, line: n + 1))
                    continue
                }
                if !pleas.isEmpty {
                    // A short question to the reader beside a plea is part of it ("Know someone …?").
                    pleas = rules.sentenceRanges(in: line).filter { r in
                        pleas.contains(r) || (line[r].hasSuffix("?") && ByteText.split(line[r], on: 0x20).count <= 10)
                    }
                    for range in pleas.reversed() {
                        removed.append(Removal(text: ByteText.trimmed(String(line[range])), reason: .callToShare, line: n + 1))
                        line.removeSubrange(range)
                    }
                    line = ByteText.trimmed(line)
                    if line.isEmpty { continue }
                    words = ByteText.withBytes(line, Self.wordCount)
                }
                kept.append((n + 1, line, words))
            }
        }

        var title: String?
        if let first = kept.first, kept.count > 1, Self.isHeadline(first.text) || Self.isShortTitle(first.text, before: kept[1].text) {
            title = first.text
            kept.removeFirst()
            // A subtitle or slug that only says the headline again.
            if let next = kept.first, kept.count > 1, PageChrome.repeatsHeadline(next.text, title: first.text) {
                removed.append(Removal(text: next.text, reason: .chrome, line: next.line))
                kept.removeFirst()
            }
        }
        removed.sort { $0.line < $1.line }
        return CleanText(title: title, paragraphs: kept.map(\.text), removed: removed, repairs: repairs,
                         wordCount: kept.reduce(0) { $0 + $1.words })
    }

    /// CR LF and lone CR become LF, on bytes: Foundation's `replacingOccurrences` bridges
    /// the whole text to UTF-16 and back. Foundation leaves a CR that a combining mark (or
    /// the like) clings to, so a CR beside anything but ASCII or inert punctuation goes the
    /// old way.
    static func joiningLineEnds(_ text: String) -> String {
        let plain = ByteText.withBytes(text) { bytes in
            bytes.indices.allSatisfy { i in
                guard bytes[i] == 13 else { return true }
                let next = i + 1 < bytes.count && bytes[i + 1] == 10 ? i + 2 : i + 1
                return (i == 0 || ByteText.isPlainScalar(before: i, in: bytes))
                    && (next >= bytes.count || ByteText.isPlainScalar(at: next, in: bytes))
            }
        }
        guard plain else {
            return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return ByteText.withBytes(text) { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for i in bytes.indices {
                    let b = bytes[i]
                    if b == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { continue }
                    out[n] = b == 13 ? 10 : b
                    n += 1
                }
                return n
            }
        }
    }

    /// Trims a line and drops invisible debris (controls, zero-width spaces), keeping tabs
    /// and no-break spaces as spaces: on bytes into `out`, since building a String scalar by
    /// scalar and trimming it with Foundation cost more than the rest of the line's cleaning.
    static func tidy(_ line: ByteText.Bytes, into out: inout [UInt8], repairs: inout Repairs) {
        out.removeAll(keepingCapacity: true)
        var i = 0
        while i < line.count {
            let b = line[i]
            if b < 0x80 {
                if b == 0x09 { out.append(0x20) } else if b < 0x20 || b == 0x7F { repairs.controls += 1 } else { out.append(b) }
                i += 1
                continue
            }
            let (v, length) = ByteText.scalar(at: i, in: line)
            switch v {
            case 0x80...0x9F, 0x200B, 0x200E, 0x200F, 0xFEFF: repairs.controls += 1
            case 0xA0: out.append(0x20)
            default: out.append(contentsOf: UnsafeBufferPointer(rebasing: line[i..<(i + length)]))
            }
            i += length
        }
        let kept = out.withUnsafeBufferPointer(ByteText.trimmedBounds)
        if kept.upperBound < out.count { out.removeSubrange(kept.upperBound...) }
        if kept.lowerBound > 0 { out.removeSubrange(..<kept.lowerBound) }
    }

    /// Words of a line: runs of bytes other than a space.
    static func wordCount(_ bytes: ByteText.Bytes) -> Int {
        var words = 0, inWord = false
        for b in bytes {
            if b == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        return words
    }

    /// A headline: one line with no closing sentence punctuation, mostly capitalised words.
    static func isHeadline(_ line: String) -> Bool {
        // A paragraph of prose is no headline: count its words by bytes before upper-casing
        // and splitting it (the first line of most stories is such a paragraph). A word is
        // counted only where it surely starts one of `words` below: an ASCII letter after a
        // space that follows an ASCII byte (no mark can join that space to its neighbours).
        let longProse = ByteText.withBytes(line) { b -> Bool in
            var words = b.first.map { ($0 | 0x20) &- 0x61 < 26 ? 1 : 0 } ?? 0
            var i = 1
            while i < b.count {
                if b[i - 1] == 0x20, (b[i] | 0x20) &- 0x61 < 26, i == 1 || b[i - 2] < 0x80 { words += 1 }
                i += 1
            }
            return words > 40
        }
        if longProse { return false }
        let words = ByteText.split(line, on: 0x20).filter { $0.first?.isLetter == true }
        guard !words.isEmpty, words.count <= 40 else { return false }
        // All capitals: an ASCII lower-case letter says no at once, without upper-casing.
        if !line.utf8.contains(where: { $0 &- 0x61 < 26 }), line.uppercased() == line { return true }
        let capitalised = words.filter { $0.first?.isUppercase == true || PageWords.titleSmallWords.contains($0.lowercased()) }.count
        guard let last = line.last else { return false }
        // Title Case may close with a full stop ("… When He Came Back, I Called the Police."),
        // when nearly every word is capitalised; prose never is.
        if ".?!…\"”’".contains(last) {
            let strict = words.filter { $0.first?.isUppercase == true }.count
            return words.count >= 6 && Double(strict) >= 0.7 * Double(words.count) && Double(capitalised) >= 0.9 * Double(words.count)
        }
        return Double(capitalised) >= 0.75 * Double(words.count)
    }

    /// A headline in sentence case ("Colleen left", "He left when our twins were eleven days
    /// old"): a line of at most twenty words with no closing punctuation, over longer prose.
    static func isShortTitle(_ line: String, before next: String) -> Bool {
        guard let last = line.last, !".?!…\"”’,;:—-".contains(last), line.first?.isLetter == true else { return false }
        let words = ByteText.split(line, on: 0x20).count, nextWords = ByteText.split(next, on: 0x20).count
        return words <= 20 && nextWords >= 15 && 2 * nextWords >= 3 * words
    }
}
