#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Fast byte-level questions about UTF-8 text, for the passes that look at every line of ten
/// thousand stories: Foundation's `range(of:)`, `lowercased()` and `trimmingCharacters` cost
/// more than the rest of cleaning together.
///
/// Comparisons take lower-case ASCII needles and fold the text's ASCII letters as they go, so
/// no folded copy of a line is made.
enum ByteText {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The UTF-8 bytes of a string, in place when it is native (as every string the loader
    /// makes is), else copied.
    static func withBytes<S: StringProtocol, R>(_ s: S, _ body: (Bytes) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = String(s)
        return copy.withUTF8(body)
    }

    /// The first `byte` at or after `start`, found by memchr.
    static func index(of byte: UInt8, in bytes: Bytes, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let hit = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// An ASCII letter folded to lower case; any other byte unchanged.
    @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// ASCII letters folded to lower case, other bytes unchanged (offsets stay the same).
    static func folded<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        bytes.map(fold)
    }

    /// Whether `needle` (ASCII, lower case) occurs in `haystack`, ignoring ASCII case.
    static func contains(_ haystack: Bytes, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in
            guard n.count > 0, haystack.count >= n.count else { return false }
            for i in 0...(haystack.count - n.count) where fold(haystack[i]) == n[0] {
                if hasPrefix(Bytes(rebasing: haystack[i...]), n) { return true }
            }
            return false
        }
    }

    /// Whether `bytes` starts with `prefix` (ASCII, lower case), ignoring ASCII case.
    static func hasPrefix(_ bytes: Bytes, _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { hasPrefix(bytes, $0) }
    }

    static func hasPrefix(_ bytes: Bytes, _ prefix: Bytes) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for i in 0..<prefix.count where fold(bytes[i]) != prefix[i] { return false }
        return true
    }

    /// Whether `bytes` is `word` (ASCII, lower case), ignoring ASCII case.
    static func equals(_ bytes: Bytes, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && hasPrefix(bytes, word)
    }

    /// Whether a word of `bytes` starts with one of `prefixes` (lower case), in one pass: only
    /// bytes at word starts that open some prefix are compared. Any byte but an ASCII letter
    /// ends a word.
    static func hasWordStarting(_ bytes: Bytes, _ prefixes: [StaticString]) -> Bool {
        // Bit n set: some prefix opens with the n-th letter.
        let firsts = prefixes.reduce(UInt32(0)) { mask, p in mask | 1 << UInt32(p.withUTF8Buffer { $0[0] } &- 0x61) }
        var previousIsLetter = false
        for i in bytes.indices {
            // `b | 0x20` maps exactly the ASCII letters, and nothing else, into a…z.
            let letter = (bytes[i] | 0x20) &- 0x61
            let isLetter = letter < 26
            if isLetter, !previousIsLetter, firsts >> UInt32(letter) & 1 != 0 {
                let rest = Bytes(rebasing: bytes[i...])
                if prefixes.contains(where: { hasPrefix(rest, $0) }) { return true }
            }
            previousIsLetter = isLetter
        }
        return false
    }

    /// Whether any byte needs the careful path: controls (but tab), DEL, or the lead bytes of
    /// no-break and zero-width spaces, BOM, and C1 controls.
    static func needsTidying(_ bytes: Bytes) -> Bool {
        if let f = bytes.first, f == 0x20 { return true }
        if let l = bytes.last, l == 0x20 { return true }
        let n = bytes.count
        func needs(at i: Int) -> Bool {
            let b = bytes[i]
            if b < 0x20 || b == 0x7F { return true }
            // U+00A0 (no-break space) and the C1 controls U+0080…U+009F.
            if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 || bytes[i + 1] < 0xA0 { return true }
            // U+200B…U+200F (E2 80 8B…8F) and U+FEFF (EF BB BF).
            if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, (0x8B...0x8F).contains(bytes[i + 2]) { return true }
            if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return true }
            return false
        }
        guard let p = bytes.baseAddress else { return false }
        // Eight bytes at a time: a run of printable ASCII (none below 0x20, none from 0x7F up),
        // which is most of every line, needs no byte-by-byte look.
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= n {
            let x = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
            let below = (x &- ones &* 0x20) & ~x & highs
            let above = (x | (x &+ ones)) & highs
            if below | above != 0 {
                for k in i..<(i + 8) where needs(at: k) { return true }
            }
            i += 8
        }
        while i < n {
            if needs(at: i) { return true }
            i += 1
        }
        return false
    }

    /// The scalar that starts at `i` and its length in bytes (`bytes` is valid UTF-8).
    @inline(__always) static func scalar(at i: Int, in bytes: Bytes) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// Start of the scalar that ends just before `end`.
    @inline(__always) static func scalarStart(before end: Int, in bytes: Bytes) -> Int {
        var i = end - 1
        while i > 0, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// `CharacterSet.whitespaces`: general category Zs, and tab.
    @inline(__always) static func isWhitespace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `s` without Unicode whitespace at either end, as `trimmingCharacters(in: .whitespaces)`
    /// returns it, without bridging to `NSString` (which costs more than the rule it serves).
    static func trimmed(_ s: String) -> String {
        withBytes(s) { bytes in
            let r = trimmedBounds(bytes)
            return r.count == bytes.count ? s : String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
        }
    }

    /// `s` without the ASCII scalars of `set` at either end, as `trimmingCharacters(in:
    /// CharacterSet(charactersIn: set))` cuts them (scalar by scalar).
    static func trimmed(_ s: String, ascii set: StaticString) -> String {
        withBytes(s) { bytes in
            set.withUTF8Buffer { cut in
                var lo = 0, hi = bytes.count
                while lo < hi, cut.contains(bytes[lo]) { lo += 1 }
                while hi > lo, cut.contains(bytes[hi - 1]) { hi -= 1 }
                return hi - lo == bytes.count ? s : String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
            }
        }
    }

    /// The bounds of `bytes` without Unicode whitespace at either end, as
    /// `trimmingCharacters(in: .whitespaces)` cuts them (scalar by scalar).
    static func trimmedBounds(_ bytes: Bytes) -> Range<Int> {
        var lo = 0, hi = bytes.count
        while lo < hi {
            let (v, length) = scalar(at: lo, in: bytes)
            guard isWhitespace(v) else { break }
            lo += length
        }
        while hi > lo {
            let start = scalarStart(before: hi, in: bytes)
            guard isWhitespace(scalar(at: start, in: bytes).value) else { break }
            hi = start
        }
        return lo..<hi
    }

    /// A non-ASCII scalar that behaves in every rule as an ASCII symbol would: it has no case
    /// and no numeric value, is neither whitespace nor a letter nor a word character for a
    /// regular expression's `\b`, and always stands as a Character of its own. Typographic
    /// punctuation (`’ “ ” — …`) and emoji, which fill scraped stories; lines made only of
    /// these and printable ASCII take the byte-level paths.
    @inline(__always) static func isInert(_ v: UInt32) -> Bool {
        switch v {
        // Not the ties U+203F, U+2040 and U+2054: connector punctuation, which `\w` matches.
        case 0x2010...0x2027, 0x2030...0x203E, 0x2041...0x2053, 0x2055...0x205E, 0x1F300...0x1F3FA, 0x1F400...0x1FAFF: return true
        default: return false
        }
    }

    /// Whether the scalar at `i` is ASCII or inert.
    static func isPlainScalar(at i: Int, in bytes: Bytes) -> Bool {
        bytes[i] < 0x80 || isInert(scalar(at: i, in: bytes).value)
    }

    /// Whether the scalar that ends just before `end` is ASCII or inert.
    static func isPlainScalar(before end: Int, in bytes: Bytes) -> Bool {
        isPlainScalar(at: scalarStart(before: end, in: bytes), in: bytes)
    }

    /// Whether every scalar is printable ASCII or inert: then ASCII folding is
    /// `lowercased()`, a space is the only whitespace, and each scalar is one Character.
    static func isPlain(_ bytes: Bytes) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x7F { return false }
                i += 1
                continue
            }
            let (v, length) = scalar(at: i, in: bytes)
            guard isInert(v) else { return false }
            i += length
        }
        return true
    }

    /// `s.split(separator:omittingEmptySubsequences:)` on the ASCII scalar `byte`: by bytes
    /// where every scalar is a Character of its own (`isPlain`), which is most text and spares
    /// breaking it into graphemes; by Characters otherwise.
    static func split<S: StringProtocol>(_ s: S, on byte: UInt8, omittingEmpty: Bool = true) -> [Substring] where S.SubSequence == Substring {
        if withBytes(s, isPlain) {
            let whole = s[...]
            return whole.utf8.split(separator: byte, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
        }
        return s.split(separator: Character(Unicode.Scalar(byte)), omittingEmptySubsequences: omittingEmpty)
    }

    /// Scalars that never join a neighbour into one grapheme cluster (no combining marks,
    /// joiners, emoji modifiers, Hangul jamo or regional indicators): where every scalar is one
    /// of these or ASCII other than CR, scalars count characters.
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0x2FF,       // Latin-1 Supplement, Latin Extended-A/B, IPA, modifier letters
             0x1E00...0x1EFF,    // Latin Extended Additional
             0x2000...0x200A,    // spaces
             0x2010...0x2027,    // dashes, quotation marks, bullets, ellipsis
             0x2030...0x205E,    // per mille, primes, guillemets and other punctuation
             0x20A0...0x20BF,    // currency
             0x2100...0x218F:    // letter-like symbols, number forms
            return true
        default:
            return false
        }
    }
}
