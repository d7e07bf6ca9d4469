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
        classifyLine(line, folded: ByteText.folded(line.utf8))
    }

    /// The same, given the line's ASCII-folded bytes (the cleaner folds each line once).
    func classifyLine(_ line: String, folded bytes: [UInt8]) -> Removal.Reason? {
        // Cheap byte tests first: most lines are prose with no bar, no colon, and more than
        // eight words, and need no lower-casing at all.
        var spaces = 0
        for b in bytes where b == 0x20 { spaces += 1; if spaces >= 8 { break } }
        // Chrome is a listed short line (all under 30 bytes) or starts with a number or money.
        let short = spaces < 8 && (bytes.count <= 30 || bytes.first.map { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x24 || $0 >= 0xC2 } == true)
        let credit = bytes.contains(0x7C) || ByteText.hasPrefix(bytes, "for illustration")
            || (bytes.count < 120 && bytes.contains(0x3A))
        guard credit || short else { return nil }
        let lower = line.lowercased()
        if credit, isCaption(lower) { return .caption }
        if short, isChrome(line, lower: lower) { return .chrome }
        return nil
    }

    /// A picture caption: `… | Source: Pexels`, `Photo: …`, `For illustration purposes only.`
    func isCaption(_ lower: String) -> Bool {
        if lower.contains("for illustration purposes only") { return true }
        if let bar = lower.lastIndex(of: "|") {
            let tail = lower[lower.index(after: bar)...].trimmingCharacters(in: .whitespaces)
            if Self.creditWords.contains(where: { tail.hasPrefix($0) }) { return true }
        }
        if Self.creditWords.contains(where: { lower.hasPrefix($0) }), lower.count < 120 { return true }
        return false
    }

    private static let creditWords = ["source:", "photo:", "image:", "credit:", "photo credit", "image credit", "illustration:"]

    /// Site furniture: a short line with no sentence in it, such as `Share this:`,
    /// `Advertisement`, or a counter like `23,761 Meals Donated` / `$2,358 Funded For …`.
    func isChrome(_ line: String, lower: String) -> Bool {
        let trimmed = lower.trimmingCharacters(in: .whitespaces)
        if Self.chromeLines.contains(trimmed) { return true }
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

    private static let chromeLines: Set<String> = [
        "share this:", "share this", "like this:", "like this", "related", "related posts", "advertisement",
        "read more", "read more:", "continue reading", "loading...", "loading…", "subscribe", "follow us",
        "click to share", "share on facebook", "share on twitter", "tweet", "print", "email",
        "sponsored", "sponsored content", "you may also like", "recommended", "comments",
    ]

    /// Sentences of a line that ask the reader to like or share, e.g. `If this story moved
    /// you, hit like and share it …`. The rest of the line, if any, stays.
    public func callsToShare(in line: String) -> [Range<String.Index>] {
        callsToShare(in: line, folded: ByteText.folded(line.utf8))
    }

    func callsToShare(in line: String, folded bytes: [UInt8]) -> [Range<String.Index>] {
        guard ByteText.hasWordStarting(bytes, ["share", "like and", "comment", "subscribe"]) else { return [] }
        return sentenceRanges(in: line).filter { Self.isCallToShare(line[$0].lowercased()) }
    }

    /// The sentences of a line, as ranges of it.
    func sentenceRanges(in line: String) -> [Range<String.Index>] {
        Segmenter.sentenceRanges(Array(line.utf16)).map { r in
            String.Index(utf16Offset: r.lowerBound, in: line)..<String.Index(utf16Offset: r.upperBound, in: line)
        }
    }

    static func isCallToShare(_ s: String) -> Bool {
        let asksToShare = s.range(of: #"\b(share|like|comment|subscribe|follow)\b"#, options: .regularExpression) != nil
        guard asksToShare else { return false }
        let aboutThis = s.range(of: #"\b(this story|this post|this article|with (your )?(friends|family|others|someone)|share (it|this)|hit like|like and share|in the comments|comment below)\b"#, options: .regularExpression) != nil
        let addressed = s.range(of: #"^(if |please |don'?t forget|do you|be sure|share|like|comment|subscribe|follow|tell us|let us know)"#, options: .regularExpression) != nil
        return aboutThis && addressed
    }
}
