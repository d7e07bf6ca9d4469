import Foundation

/// The test for one sentence asking the reader to like or share: it names sharing (a word
/// like `share` or `follow`), is about the story (`this story`, `with your friends`, `hit
/// like`), and is addressed to the reader (it opens with `if`, `please`, `share` …).
///
/// Plain sentences (`ByteText.isPlain`) are matched on their bytes; others, which may hold
/// letters a regular expression sees differently from ASCII, by the expressions, compiled once.
enum SharePlea {
    // The words: `PageWords.pleaAsks`, `pleaAboutThis` and `pleaOpenings`.

    /// `sentence` is plain: lower-casing is ASCII folding, and only ASCII letters, digits and
    /// `_` are word characters.
    static func matches(plain sentence: ByteText.Bytes) -> Bool {
        guard PageWords.pleaOpenings.contains(where: { ByteText.hasPrefix(sentence, $0) }) else { return false }
        return hasWord(sentence, among: PageWords.pleaAsks) && hasWord(sentence, among: PageWords.pleaAboutThis)
    }

    /// Whether one of `phrases` occurs with no word character just before or after it.
    private static func hasWord(_ bytes: ByteText.Bytes, among phrases: [StaticString]) -> Bool {
        for i in bytes.indices where i == 0 || !isWordByte(bytes[i - 1]) {
            let rest = ByteText.Bytes(rebasing: bytes[i...])
            for phrase in phrases where ByteText.hasPrefix(rest, phrase) {
                let end = i + phrase.utf8CodeUnitCount
                if end == bytes.count || !isWordByte(bytes[end]) { return true }
            }
        }
        return false
    }

    /// `\w` of a plain text: ASCII letters, digits and `_` (inert scalars are none of these).
    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        ByteText.fold(b) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F
    }

    /// Any sentence, already lower-cased.
    static func matches(lowercased s: String) -> Bool {
        let range = NSRange(location: 0, length: (s as NSString).length)
        func found(_ regex: NSRegularExpression) -> Bool { regex.rangeOfFirstMatch(in: s, range: range).location != NSNotFound }
        return found(asksPattern) && found(aboutPattern) && found(addressedPattern)
    }

    /// The same three lists as expressions: `\b(share|like|…)\b`, and so on.
    private static let asksPattern = compile(#"\b("# + alternatives(PageWords.pleaAsks) + #")\b"#)
    private static let aboutPattern = compile(#"\b("# + alternatives(PageWords.pleaAboutThis) + #")\b"#)
    private static let addressedPattern = compile("^(" + alternatives(PageWords.pleaOpenings) + ")")

    private static func alternatives(_ phrases: [StaticString]) -> String {
        phrases.map { NSRegularExpression.escapedPattern(for: "\($0)") }.joined(separator: "|")
    }

    private static func compile(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants; a typo would show in every test.
        try! NSRegularExpression(pattern: pattern)
    }
}
