/// The test for one sentence asking the reader to like or share: it names sharing (a word
/// like `share` or `follow`), is about the story (`this story`, `with your friends`, `hit
/// like`), and is addressed to the reader (it opens with `if`, `please`, `share` …).
///
/// Matched on the sentence's bytes. The lists are ASCII, so ASCII folding is the lower-casing
/// they need; a phrase stands as a word when no word character (`\w`: a letter, mark, digit
/// or connector, of any script) touches it.
enum SharePlea {
    // The words: `PageWords.pleaAsks`, `pleaAboutThis` and `pleaOpenings`.

    static func matches(_ sentence: ByteText.Bytes) -> Bool {
        guard PageWords.pleaOpenings.contains(where: { ByteText.hasPrefix(sentence, $0) }) else { return false }
        return hasWord(sentence, among: PageWords.pleaAsks) && hasWord(sentence, among: PageWords.pleaAboutThis)
    }

    /// Whether one of `phrases` occurs with no word character just before or after it.
    private static func hasWord(_ bytes: ByteText.Bytes, among phrases: [StaticString]) -> Bool {
        for i in bytes.indices where bytes[i] & 0xC0 != 0x80 && (i == 0 || !isWordScalar(before: i, in: bytes)) {
            let rest = ByteText.Bytes(rebasing: bytes[i...])
            for phrase in phrases where ByteText.hasPrefix(rest, phrase) {
                let end = i + phrase.utf8CodeUnitCount
                if end == bytes.count || !isWordScalar(at: end, in: bytes) { return true }
            }
        }
        return false
    }

    private static func isWordScalar(before end: Int, in bytes: ByteText.Bytes) -> Bool {
        bytes[end - 1] < 0x80 ? isWordByte(bytes[end - 1]) : isWordScalar(at: ByteText.scalarStart(before: end, in: bytes), in: bytes)
    }

    private static func isWordScalar(at i: Int, in bytes: ByteText.Bytes) -> Bool {
        if bytes[i] < 0x80 { return isWordByte(bytes[i]) }
        let v = ByteText.scalar(at: i, in: bytes).value
        guard !ByteText.isInert(v), let sc = Unicode.Scalar(v) else { return false }
        if v == 0x200C || v == 0x200D || sc.properties.isAlphabetic { return true }
        switch sc.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    /// `\w` of ASCII: letters, digits and `_`.
    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        ByteText.fold(b) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F
    }
}
