import Foundation

/// The test for one sentence asking the reader to like or share: it names sharing (a word
/// like `share` or `follow`), is about the story (`this story`, `with your friends`, `hit
/// like`), and is addressed to the reader (it opens with `if`, `please`, `share` …).
///
/// Plain sentences (`ByteText.isPlain`) are matched on their bytes; others, which may hold
/// letters a regular expression sees differently from ASCII, by the expressions, compiled once.
enum SharePlea {
    /// Words that name sharing, matched as whole words.
    static let asks: [StaticString] = ["share", "like", "comment", "subscribe", "follow"]
    /// Phrases about the story, matched with a word boundary at both ends.
    static let aboutThis: [StaticString] = [
        "this story", "this post", "this article", "with your friends", "with your family", "with your others",
        "with your someone", "with friends", "with family", "with others", "with someone", "share it", "share this",
        "hit like", "like and share", "in the comments", "comment below",
    ]
    /// Openings that address the reader, matched at the start only.
    static let addressed: [StaticString] = [
        "if ", "please ", "don't forget", "dont forget", "do you", "be sure", "share", "like", "comment", "subscribe",
        "follow", "tell us", "let us know",
    ]

    /// `sentence` is plain: lower-casing is ASCII folding, and only ASCII letters, digits and
    /// `_` are word characters.
    static func matches(plain sentence: ByteText.Bytes) -> Bool {
        guard addressed.contains(where: { ByteText.hasPrefix(sentence, $0) }) else { return false }
        return hasWord(sentence, among: asks) && hasWord(sentence, among: aboutThis)
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

    private static let asksPattern = compile(#"\b(share|like|comment|subscribe|follow)\b"#)
    private static let aboutPattern = compile(#"\b(this story|this post|this article|with (your )?(friends|family|others|someone)|share (it|this)|hit like|like and share|in the comments|comment below)\b"#)
    private static let addressedPattern = compile(#"^(if |please |don'?t forget|do you|be sure|share|like|comment|subscribe|follow|tell us|let us know)"#)

    private static func compile(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants; a typo would show in every test.
        try! NSRegularExpression(pattern: pattern)
    }
}
