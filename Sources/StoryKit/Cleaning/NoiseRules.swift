import Foundation

/// Rules that recognise page noise around a scraped story.
///
/// They look at the form of a line, not at the words of any one site: a caption names a
/// picture's source after a bar, a counter is a number followed by a short label with no
/// sentence in it, a share plea asks the reader to like or share.
public struct NoiseRules: Sendable {
    public init() {}

    /// Why a whole line is noise, or nil when it is story text.
    public func classifyLine(_ line: String) -> Removal.Reason? {
        ByteText.withBytes(line) { classifyLine(line, bytes: $0) }
    }

    /// The same, given the line's UTF-8 bytes (the cleaner has them at hand).
    func classifyLine(_ line: String, bytes: ByteText.Bytes) -> Removal.Reason? {
        // Cheap byte tests first: most lines are prose with no bar, no colon, and more than
        // eight words, and need no lower-casing at all.
        var spaces = 0
        for b in bytes where b == 0x20 { spaces += 1; if spaces >= 8 { break } }
        // Chrome is a listed short line (all under 30 bytes) or starts with a number or money.
        let short = spaces < 8 && (bytes.count <= 30 || bytes.first.map { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x24 || $0 >= 0xC2 } == true)
        let credit = ByteText.index(of: 0x7C, in: bytes, from: 0) != nil || ByteText.hasPrefix(bytes, "for illustration")
            || (bytes.count < 120 && (ByteText.index(of: 0x3A, in: bytes, from: 0) != nil
                                      || PageWords.captionPhrases.contains { ByteText.contains(bytes, $0) }))
        // Furniture known by its form (a date, an emoji row, a comment heading): short lines only.
        if spaces < 8, bytes.count <= 60, PageChrome.isChrome(line) { return .chrome }
        if bytes.count <= 200, bytes.first.map({ $0 | 0x20 == 0x72 || $0 | 0x20 == 0x61 || $0 | 0x20 == 0x73 }) == true,
           PageChrome.isLink(line) { return .chrome }
        guard credit || short else { return nil }
        if ByteText.isPlain(bytes) {
            if credit, isCaption(plain: bytes) { return .caption }
            if short, isChrome(plain: bytes) { return .chrome }
            return nil
        }
        let lower = line.lowercased()
        if credit, isCaption(lower) { return .caption }
        if short, isChrome(line, lower: lower) { return .chrome }
        return nil
    }

    /// A picture caption: `… | Source: Pexels`, `Photo: …`, `For illustration purposes only.`
    func isCaption(_ lower: String) -> Bool {
        if lower.contains("for illustration purposes only") { return true }
        if lower.count < 120, Self.captionWords.contains(where: { lower.contains($0) }) { return true }
        if let bar = lower.lastIndex(of: "|") {
            let tail = lower[lower.index(after: bar)...].trimmingCharacters(in: .whitespaces)
            if Self.creditWords.contains(where: { tail.hasPrefix($0) }) { return true }
        }
        if Self.creditWords.contains(where: { lower.hasPrefix($0) }), lower.count < 120 { return true }
        return false
    }

    /// The credit prefixes as `String`s, for lines compared `Character` by `Character`.
    private static let creditWords = PageWords.creditPrefixes.map { "\($0)" }
    private static let captionWords = PageWords.captionPhrases.map { "\($0)" }

    /// `isCaption` for a plain line (`ByteText.isPlain`), on its bytes: folding is
    /// lower-casing, a space the only whitespace, and a scalar a Character.
    func isCaption(plain bytes: ByteText.Bytes) -> Bool {
        if ByteText.contains(bytes, "for illustration purposes only") { return true }
        if bytes.count < 120, PageWords.captionPhrases.contains(where: { ByteText.contains(bytes, $0) }) { return true }
        if let bar = bytes.lastIndex(of: 0x7C) {
            var tail = bar + 1
            while tail < bytes.count, bytes[tail] == 0x20 { tail += 1 }
            let rest = ByteText.Bytes(rebasing: bytes[tail...])
            if PageWords.creditPrefixes.contains(where: { ByteText.hasPrefix(rest, $0) }) { return true }
        }
        if PageWords.creditPrefixes.contains(where: { ByteText.hasPrefix(bytes, $0) }) {
            let characters = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return characters < 120
        }
        return false
    }

    /// Site furniture: a short line with no sentence in it, such as `Share this:`,
    /// `Advertisement`, or a counter like `23,761 Meals Donated` / `$2,358 Funded For …`.
    func isChrome(_ line: String, lower: String) -> Bool {
        let trimmed = lower.trimmingCharacters(in: .whitespaces)
        if PageWords.chromeLines.contains(trimmed) { return true }
        let words = trimmed.split(separator: " ")
        guard words.count <= 8, let first = words.first else { return false }
        // A counter: starts with a number (maybe money), and the rest is a Title Case label.
        let number = first.drop(while: { $0 == "$" || $0 == "€" || $0 == "£" })
        if !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "+" || $0 == "k" }),
           number.first?.isNumber == true, words.count >= 2,
           !line.contains(where: { "”\"“?!".contains($0) }), !line.hasSuffix(".") {
            let label = line.split(separator: " ").dropFirst()
            let capitalised = label.filter { $0.first?.isUppercase == true }.count
            return capitalised * 2 >= label.count
        }
        return false
    }

    /// `isChrome` for a plain line (`ByteText.isPlain`), on its bytes.
    func isChrome(plain bytes: ByteText.Bytes) -> Bool {
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        // Every listed line is short; only those are worth a String.
        if hi - lo <= 20, PageWords.chromeLines.contains(String(decoding: bytes[lo..<hi].lazy.map(ByteText.fold), as: UTF8.self)) {
            return true
        }
        // Words: runs of non-spaces.
        var words: [Range<Int>] = []
        var i = lo
        while i < hi {
            while i < hi, bytes[i] == 0x20 { i += 1 }
            let start = i
            while i < hi, bytes[i] != 0x20 { i += 1 }
            if i > start { words.append(start..<i) }
            if words.count > 8 { return false }
        }
        guard let first = words.first else { return false }
        // A counter: starts with a number (maybe money), and the rest is a Title Case label.
        var n = first.lowerBound
        while n < first.upperBound, bytes[n] == 0x24 { n += 1 }
        guard n < first.upperBound, bytes[n] &- 0x30 < 10, words.count >= 2 else { return false }
        for b in bytes[n..<first.upperBound] where !(b &- 0x30 < 10 || b == 0x2C || b == 0x2E || b == 0x2B || ByteText.fold(b) == 0x6B) {
            return false
        }
        if bytes.last == 0x2E || bytes.contains(0x22) || bytes.contains(0x3F) || bytes.contains(0x21) { return false }
        // “ and ” are E2 80 9C and E2 80 9D.
        for j in 0..<max(bytes.count - 2, 0) where bytes[j] == 0xE2 && bytes[j + 1] == 0x80 && (bytes[j + 2] == 0x9C || bytes[j + 2] == 0x9D) {
            return false
        }
        let label = words.dropFirst()
        let capitalised = label.filter { bytes[$0.lowerBound] &- 0x41 < 26 }.count
        return capitalised * 2 >= label.count
    }

    /// Sentences of a line that ask the reader to like or share, e.g. `If this story moved
    /// you, hit like and share it …`. The rest of the line, if any, stays.
    public func callsToShare(in line: String) -> [Range<String.Index>] {
        ByteText.withBytes(line) { callsToShare(in: line, bytes: $0) }
    }

    func callsToShare(in line: String, bytes: ByteText.Bytes) -> [Range<String.Index>] {
        guard Self.mayHoldPleaWord(bytes), ByteText.hasWordStarting(bytes, PageWords.pleaStarts) else { return [] }
        let plain = ByteText.isPlain(bytes)
        // A plea needs one of the phrases `isCallToShare` looks for somewhere in the line.
        if plain, !PageWords.pleaAboutThis.contains(where: { ByteText.contains(bytes, $0) }) { return [] }
        return sentenceRanges(in: line).filter { r in
            if plain {
                return ByteText.withBytes(line[r], SharePlea.matches(plain:))
            }
            return SharePlea.matches(lowercased: line[r].lowercased())
        }
    }

    /// A quick look for a word opening with the first four letters of a plea word (`shar`,
    /// `like`, `comm`, `subs`), compared four bytes at once: nearly every line fails it, and
    /// only lines that pass need `hasWordStarting`.
    static func mayHoldPleaWord(_ bytes: ByteText.Bytes) -> Bool {
        guard bytes.count >= 4, let p = bytes.baseAddress else { return false }
        // Without branches per byte: word starts fall at random, and mispredicted jumps cost
        // more than the arithmetic.
        var previousIsLetter = false
        var found = false
        for i in 0..<(bytes.count - 3) {
            let isLetter = (p[i] | 0x20) &- 0x61 < 26
            // ORed with 0x20 per byte: upper-case letters fold, and no other byte can turn
            // into a lower-case letter.
            let four = UInt32(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt32.self)) | 0x2020_2020
            let stem = (four == 0x7261_6873) || (four == 0x656B_696C) || (four == 0x6D6D_6F63) || (four == 0x7362_7573)  // shar, like, comm, subs
            found = found || (stem && !previousIsLetter)
            previousIsLetter = isLetter
        }
        return found
    }

    /// The sentences of a line, as ranges of it.
    func sentenceRanges(in line: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        let u = line.utf8
        ByteText.withBytes(line) { bytes in
            SegmentScanner.sentences(bytes) { r in
                ranges.append(u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound))
            }
        }
        return ranges
    }

    /// Whether a lower-cased sentence asks the reader to share: it names sharing, is about
    /// the story, and is addressed to the reader.
    static func isCallToShare(_ s: String) -> Bool {
        SharePlea.matches(lowercased: s)
    }
}
