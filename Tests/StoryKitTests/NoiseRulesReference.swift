import Foundation
import Testing
@testable import StoryKit

/// The page-noise rules as they were first written, over `String` and regular expressions:
/// the reference the byte rules of `NoiseRules` and `SharePlea` are checked against.
enum NoiseRulesReference {
    static func classifyLine(_ line: String) -> Removal.Reason? {
        // The same cheap gates as the rules (they decide which lines are looked at at all).
        let spaces = line.utf8.filter { $0 == 0x20 }.count
        let bytes = Array(line.utf8)
        let short = spaces < 8 && (bytes.count <= 30 || bytes.first.map { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x24 || $0 >= 0xC2 } == true)
        let lowerASCII = String(decoding: bytes.map(ByteText.fold), as: UTF8.self)
        let credit = line.contains("|") || lowerASCII.hasPrefix("for illustration")
            || (bytes.count < 120 && (line.contains(":") || PageWords.captionPhrases.contains { lowerASCII.contains("\($0)") }))
        if spaces < 8, bytes.count <= 60, PageChrome.isChrome(line) { return .chrome }
        if bytes.count <= 200, PageChrome.isLink(line) { return .chrome }
        guard credit || short else { return nil }
        let lower = line.lowercased()
        if credit, isCaption(lower) { return .caption }
        if short, isChrome(line, lower: lower) { return .chrome }
        return nil
    }

    static func isCaption(_ lower: String) -> Bool {
        let creditWords = PageWords.creditPrefixes.map { "\($0)" }
        if lower.contains("for illustration purposes only") { return true }
        if lower.count < 120, PageWords.captionPhrases.contains(where: { lower.contains("\($0)") }) { return true }
        if let bar = lower.lastIndex(of: "|") {
            let tail = lower[lower.index(after: bar)...].trimmingCharacters(in: .whitespaces)
            if creditWords.contains(where: { tail.hasPrefix($0) }) { return true }
        }
        let body = lower.hasPrefix("[") || lower.hasPrefix("(") ? String(lower.dropFirst()) : lower
        if creditWords.contains(where: { body.hasPrefix($0) }), lower.count < 120 { return true }
        return false
    }

    static func isChrome(_ line: String, lower: String) -> Bool {
        let trimmed = lower.trimmingCharacters(in: .whitespaces)
        if PageWords.chromeLines.contains(trimmed) { return true }
        let words = trimmed.split(separator: " ")
        guard words.count <= 8, let first = words.first else { return false }
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

    /// A lower-cased sentence asks the reader to share: the three lists as expressions.
    static func isCallToShare(_ s: String) -> Bool {
        func pattern(_ phrases: [StaticString]) -> String {
            phrases.map { NSRegularExpression.escapedPattern(for: "\($0)") }.joined(separator: "|")
        }
        let range = NSRange(location: 0, length: (s as NSString).length)
        return [#"\b("# + pattern(PageWords.pleaAsks) + #")\b"#, #"\b("# + pattern(PageWords.pleaAboutThis) + #")\b"#,
                "^(" + pattern(PageWords.pleaOpenings) + ")"].allSatisfy { p in
            (try! NSRegularExpression(pattern: p)).rangeOfFirstMatch(in: s, range: range).location != NSNotFound
        }
    }
}

@Suite struct NoiseRulesReferenceTests {
    /// Lines whose every character is one scalar and folds as ASCII does, with no whitespace
    /// but spaces at their ends: there the byte rules and the reference must agree. Elsewhere
    /// they may not: "Li\u{212A}e this", with a Kelvin sign that `lowercased()` makes an ASCII
    /// k, is chrome to the reference only; and the reference counted a counter's label words
    /// before trimming an em space off the line, the rules after.
    static func comparable(_ line: String) -> Bool {
        let edges = [line.unicodeScalars.first, line.unicodeScalars.last].compactMap { $0 }
        return edges.allSatisfy { $0 == " " || !$0.properties.isWhitespace }
            && line.allSatisfy { $0.unicodeScalars.count == 1 } && line.lowercased().unicodeScalars.count == line.unicodeScalars.count
            && line.unicodeScalars.allSatisfy { $0.isASCII || $0.properties.lowercaseMapping.unicodeScalars.allSatisfy { !$0.isASCII } || !$0.properties.isUppercase }
    }

    static var storyLines: [String] {
        (Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture)).flatMap { $0.raw.split(separator: "\n").map(String.init) }
    }

    static let pieces = ["Photo:", "photo", "|", "Source:", "Pexels", "Share", "this", "story", "with", "your", "friends",
                         "If", "you", "liked", "it,", "like", "and", "share!", "12", "$5,000", "€300", "£20", "Meals", "Donated",
                         "Readers", "“this”", "?", ".", "Advertisement", "Related", "José", "Élan", "Ça", "naïve", "—", "…",
                         "\u{A0}", "\u{2003}", " ", "For", "illustration", "purposes", "only", "Credit:", "comment", "below",
                         "Please", "follow", "us", "for", "more", "stories", "like", "this", "straße", "İzmir", "ǅ"]

    @Test func linesAreClassifiedAsTheReferenceDoes() {
        let rules = NoiseRules()
        var noise = 0
        let lines = Self.storyLines + VaderReferenceTests.randomTexts(6000, seed: 21, pieces: Self.pieces, maxPieces: 10)
        for line in lines where Self.comparable(line) {
            let got = rules.classifyLine(line)
            if got != nil { noise += 1 }
            #expect(got == NoiseRulesReference.classifyLine(line), "\(line.debugDescription)")
        }
        #expect(noise > 200)
    }

    @Test func pleasAreFoundAsTheReferenceFindsThem() {
        let rules = NoiseRules()
        var pleas = 0
        let lines = Self.storyLines + VaderReferenceTests.randomTexts(6000, seed: 22, pieces: Self.pieces, maxPieces: 12)
        for line in lines where Self.comparable(line) {
            let got = rules.callsToShare(in: line)
            let want = rules.sentenceRanges(in: line).filter { NoiseRulesReference.isCallToShare(line[$0].lowercased()) }
            pleas += got.count
            #expect(got == want, "\(line.debugDescription)")
        }
        #expect(pleas > 10)
    }
}
