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
        if bytes.count <= 200, let first = bytes.first, Self.linkFirstBytes.contains(first | 0x20),
           PageChrome.isLink(line) { return .chrome }
        guard credit || short else { return nil }
        if credit, isCaption(bytes) { return .caption }
        if short, isChrome(bytes) { return .chrome }
        return nil
    }

    /// The first letters of `PageWords.linkPrefixes` (lower case): a line opening on another
    /// letter is no link, and needs no lower-casing to tell.
    static let linkFirstBytes: Set<UInt8> = Set(PageWords.linkPrefixes.compactMap(\.utf8.first))

    /// A picture caption: `… | Source: Pexels`, `Photo: …`, `For illustration purposes only.`
    /// The lists are ASCII, so ASCII folding is all the lower-casing they need.
    func isCaption(_ bytes: ByteText.Bytes) -> Bool {
        if ByteText.contains(bytes, "for illustration purposes only") { return true }
        if bytes.count < 120, PageWords.captionPhrases.contains(where: { ByteText.contains(bytes, $0) }) { return true }
        if let bar = bytes.lastIndex(of: 0x7C) {
            let rest = ByteText.Bytes(rebasing: bytes[(bar + 1)...])
            let tail = ByteText.trimmedBounds(rest)
            let trimmed = ByteText.Bytes(rebasing: rest[tail])
            if PageWords.creditPrefixes.contains(where: { ByteText.hasPrefix(trimmed, $0) }) { return true }
        }
        // A caption set in brackets: `[Photo: A bride dances with her father]`.
        let open = bytes.first == 0x5B || bytes.first == 0x28
        let body = open ? ByteText.Bytes(rebasing: bytes.dropFirst()) : bytes
        if PageWords.creditPrefixes.contains(where: { ByteText.hasPrefix(body, $0) }) {
            let characters = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return characters < 120
        }
        return false
    }

    /// Site furniture: a short line with no sentence in it, such as `Share this:`,
    /// `Advertisement`, or a counter like `23,761 Meals Donated` / `$2,358 Funded For …`.
    func isChrome(_ bytes: ByteText.Bytes) -> Bool {
        let bounds = ByteText.trimmedBounds(bytes)
        let lo = bounds.lowerBound, hi = bounds.upperBound
        // Every listed line is short; only those are worth a String.
        if hi - lo <= Self.longestChromeLine, PageWords.chromeLines.contains(String(decoding: bytes[lo..<hi].lazy.map(ByteText.fold), as: UTF8.self)) {
            return true
        }
        // Words: runs of non-spaces (other whitespace is rare inside a line and stays in a word).
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
        while n < first.upperBound, let m = Self.currencyLength(bytes, n) { n += m }
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
        let capitalised = label.filter { w in
            let b = bytes[w.lowerBound]
            if b < 0x80 { return b &- 0x41 < 26 }
            return Unicode.Scalar(ByteText.scalar(at: w.lowerBound, in: bytes).value)?.properties.isUppercase == true
        }.count
        return capitalised * 2 >= label.count
    }

    /// The longest of `PageWords.chromeLines`, in bytes (each fits the 30 bytes of a short line).
    static let longestChromeLine = PageWords.chromeLines.map(\.utf8.count).max() ?? 0

    /// The length of a currency sign that opens a counter ($, €, £) at `i`, or nil.
    private static func currencyLength(_ bytes: ByteText.Bytes, _ i: Int) -> Int? {
        if bytes[i] == 0x24 { return 1 }
        if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA3 { return 2 }                             // £
        if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x82, bytes[i + 2] == 0xAC { return 3 }      // €
        return nil
    }

    /// Sentences of a line that ask the reader to like or share, e.g. `If this story moved
    /// you, hit like and share it …`. The rest of the line, if any, stays.
    public func callsToShare(in line: String) -> [Range<String.Index>] {
        ByteText.withBytes(line) { callsToShare(in: line, bytes: $0) }
    }

    func callsToShare(in line: String, bytes: ByteText.Bytes) -> [Range<String.Index>] {
        guard Self.mayHoldPleaWord(bytes), ByteText.hasWordStarting(bytes, PageWords.pleaStarts) else { return [] }
        // A plea needs one of the phrases `SharePlea` looks for somewhere in the line.
        if !PageWords.pleaAboutThis.contains(where: { ByteText.contains(bytes, $0) }) { return [] }
        return sentenceRanges(in: line).filter { r in ByteText.withBytes(line[r], SharePlea.matches) }
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
                || (four == 0x6C6C_6F66)  // foll
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
}
