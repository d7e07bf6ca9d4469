import Foundation

/// Page furniture recognised by its form rather than by any one site's words: a date line
/// over a blog post, a row of reaction emoji, a template left unfilled (`%d bloggers like
/// this`), the comment form that ends an article, and a headline repeated as a subtitle.
enum PageChrome {
    /// A short line that is furniture by its shape. Only lines of eight words or fewer are
    /// asked (`NoiseRules` gates them), so this may take its time.
    static func isChrome(_ line: String) -> Bool {
        let lower = ByteText.trimmed(line.lowercased())
        if commentHeader(lower) { return true }
        // "%s", "%d": the bytes first (no other spelling is canonically equal to them).
        if lower.utf8.contains(0x25), lower.contains("%s") || lower.contains("%d") { return true }
        if lower.hasPrefix("advertisement") { return true }
        return isDate(lower) || isSymbolRow(line) || isByline(line) || isPageCounter(lower) || isBylineAndDate(line)
    }

    /// "By Staff Writer | Updated March 12, 2024", "Posted by Reader Stories · June 4": a byline
    /// and a date on one line, split by a bar or a dot; every part is one or the other.
    static func isBylineAndDate(_ line: String) -> Bool {
        // A separator's scalar must be there (or U+0387, canonically "·"): read scalars first,
        // which is cheaper than breaking the line into Characters.
        guard line.unicodeScalars.contains(where: { separatorScalars.contains($0) }),
              line.contains(where: PageWords.bylineSeparators.contains) else { return false }
        let parts = line.split(whereSeparator: PageWords.bylineSeparators.contains).map { ByteText.trimmed(String($0)) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return false }
        var byline = false
        for part in parts {
            var p = part
            if let opener = PageWords.bylineOpeners.first(where: { part.lowercased().hasPrefix($0) }) { p = "By " + part.dropFirst(opener.count) }
            if isByline(p) { byline = true } else if !isDate(p.lowercased()) { return false }
        }
        return byline
    }

    /// The scalars of `PageWords.bylineSeparators`, and those canonically equal to one.
    private static let separatorScalars: Set<Unicode.Scalar> = {
        var scalars = Set(PageWords.bylineSeparators.flatMap(\.unicodeScalars))
        scalars.insert("\u{387}")  // GREEK ANO TELEIA, whose canonical form is "·"
        return scalars
    }()

    /// "Page 2 of 3", "page 1/4": where a story split over pages stands.
    static func isPageCounter(_ lower: String) -> Bool {
        // "page", a number, "of" or "/", a number, read in one pass (no regular expression).
        guard lower.hasPrefix("page ") else { return false }
        var rest = lower.utf8.dropFirst(5)[...]
        func number() -> Bool {
            let digits = rest.prefix { $0 &- 0x30 < 10 }
            rest = rest.dropFirst(digits.count)
            return !digits.isEmpty
        }
        func space() { if rest.first == 0x20 { rest = rest.dropFirst() } }
        guard number() else { return false }
        space()
        if rest.starts(with: "of".utf8) { rest = rest.dropFirst(2) } else if rest.first == 0x2F { rest = rest.dropFirst() } else { return false }
        space()
        return number() && rest.isEmpty
    }

    /// A link to another article, however long its headline: "Read more: 10 signs he is leaving".
    static func isLink(_ line: String) -> Bool {
        // Only the line's start can hold a link prefix: lowercase no more of a long line.
        let lower = String(line.prefix(linkPrefixLength + 2)).lowercased()
        return PageWords.linkPrefixes.contains(where: lower.hasPrefix)
    }

    private static let linkPrefixLength = PageWords.linkPrefixes.map(\.count).max() ?? 0

    /// The heading of a comment section: everything after it on the page is the form or the
    /// comments, never the story ("Leave a Reply", "No comments:", "12 Comments").
    static func commentHeader(_ lower: String) -> Bool {
        let t = ByteText.trimmed(lower, ascii: " :.!")
        if PageWords.commentHeadings.contains(t) { return true }
        let words = ByteText.split(t, on: 0x20)
        if words.count == 2, words[0].allSatisfy(\.isNumber),
           PageWords.commentCountNouns.contains(String(words[1])) {
            return true
        }
        return false
    }

    /// "Wednesday, March 10, 2010", "March 10, 2010", "10 March 2010", "Posted on May 2, 2021",
    /// "Updated: 04/11/2025 08:15 AM".
    static func isDate(_ lower: String) -> Bool {
        // Both forms need a digit: most short lines (dialogue) have none.
        guard lower.utf8.contains(where: { $0 &- 0x30 < 10 }) || lower.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.numericType != nil }) else { return false }
        let words = lower.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if isNumericDate(lower) { return true }
        guard (2...7).contains(words.count), words.contains(where: PageWords.months.contains) else { return false }
        let year = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
        let day = words.contains { (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }
        guard year || day else { return false }
        return words.allSatisfy { w in
            w.allSatisfy(\.isNumber) || PageWords.months.contains(w) || PageWords.weekdays.contains(w) || PageWords.dateWords.contains(w)
                || (w.count <= 4 && PageWords.ordinalSuffixes.contains(where: w.hasSuffix) && w.first?.isNumber == true)
        }
    }

    /// A numeric date line, maybe with a time and a "posted on": "04/11/2025", "posted on:
    /// 2.5.21 8:15 am". Read in one pass, as the regular expression the tests hold as its
    /// reference (`NumericDateTests`) would: `^((posted|updated|published)( on)?:? )?\d{1,4}
    /// [/.-]\d{1,2}[/.-]\d{1,4}( \d{1,2}:\d{2}( ?[ap]m)?)?$`, where `\d` is any decimal digit.
    static func isNumericDate(_ lower: String) -> Bool {
        var rest = Substring(lower).unicodeScalars[...]
        func drop(_ s: String) -> Bool {
            guard rest.starts(with: s.unicodeScalars) else { return false }
            rest = rest.dropFirst(s.unicodeScalars.count)
            return true
        }
        if let p = PageWords.datePrefixes.first(where: { rest.starts(with: $0.unicodeScalars) }) {
            rest = rest.dropFirst(p.unicodeScalars.count)
            _ = drop(" on")
            _ = drop(":")
            guard drop(" ") else { return false }
        }
        // Digits are delimited by what must follow them, so a run is read whole.
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let run = rest.prefix { $0.properties.numericType == .decimal }
            rest = rest.dropFirst(run.count)
            return range.contains(run.count)
        }
        func separator() -> Bool {
            guard let c = rest.first, c == "/" || c == "." || c == "-" else { return false }
            rest = rest.dropFirst()
            return true
        }
        // `$`: the end, or a line end that ends the text.
        func atEnd() -> Bool {
            rest.isEmpty || rest.elementsEqual("\r\n".unicodeScalars) || (rest.count == 1 && isLineEnd(rest.first!))
        }
        guard digits(1...4), separator(), digits(1...2), separator(), digits(1...4) else { return false }
        if atEnd() { return true }
        guard drop(" "), digits(1...2), drop(":"), digits(2...2) else { return false }
        if atEnd() { return true }
        _ = drop(" ")
        guard let c = rest.first, c == "a" || c == "p" else { return false }
        rest = rest.dropFirst()
        return drop("m") && atEnd()
    }

    /// What a regular expression's `$` may stand before: LF, VT, FF, CR, NEL, LS, PS.
    private static func isLineEnd(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// "By Harriet Vance, Staff Writer", "By Jane Doe": a byline, no sentence in it.
    static func isByline(_ line: String) -> Bool {
        guard line.hasPrefix("By "), let last = line.last, !".?!…\"”".contains(last) else { return false }
        let words = ByteText.split(line, on: 0x20).dropFirst()
        guard (2...8).contains(words.count) else { return false }
        let name = words.prefix { !$0.hasSuffix(",") } + words.drop { !$0.hasSuffix(",") }.prefix(1)
        return name.count >= 2 && name.count <= 4 && name.allSatisfy { $0.first?.isUppercase == true }
    }

    /// A row of reaction buttons or emoji with their counts: no letters, and a symbol.
    static func isSymbolRow(_ line: String) -> Bool {
        var symbol = false
        for s in line.unicodeScalars {
            if s.properties.isAlphabetic { return false }
            if s.properties.isEmojiPresentation || s.properties.generalCategory == .otherSymbol { symbol = true }
        }
        return symbol
    }

    /// A line just under the headline that says the headline again (a subtitle, a slug):
    /// no closing punctuation, and nearly every word of it is a word of the title.
    static func repeatsHeadline(_ line: String, title: String) -> Bool {
        guard let last = line.last, !".?!…\"”".contains(last) else { return false }
        let words = Self.words(line)
        guard words.count >= 3, words.count <= 30 else { return false }
        let titleWords = Set(Self.words(title))
        let shared = words.filter(titleWords.contains).count
        return Double(shared) >= 0.7 * Double(words.count)
    }

    private static func words(_ s: String) -> [String] {
        s.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
