#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Fast byte-level questions about UTF-8 text, for the passes that look at every line of ten
/// thousand stories: Foundation's `range(of:)` and `lowercased()` cost more than the rest of
/// cleaning together.
enum ByteText {
    /// ASCII letters folded to lower case, other bytes unchanged (offsets stay the same).
    static func folded<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// Whether `needle` (ASCII, lower case) occurs in `haystack`: memchr finds each candidate
    /// first byte, memcmp checks the rest.
    static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in
            guard let nb = n.baseAddress, n.count > 0, haystack.count >= n.count else { return false }
            return haystack.withUnsafeBytes { hay in
                guard let base = hay.baseAddress else { return false }
                var from = 0
                let last = hay.count - n.count
                while from <= last {
                    guard let hit = memchr(base + from, Int32(n[0]), last - from + 1) else { return false }
                    if memcmp(hit, nb, n.count) == 0 { return true }
                    from = base.distance(to: UnsafeRawPointer(hit)) + 1
                }
                return false
            }
        }
    }

    /// Whether a word of `bytes` (ASCII-folded) starts with one of `prefixes` (lower case), in
    /// one pass: only bytes at word starts that open some prefix are compared.
    static func hasWordStarting(_ bytes: [UInt8], _ prefixes: [StaticString]) -> Bool {
        let firsts = prefixes.map { $0.withUTF8Buffer { $0[0] } }
        var previousIsLetter = false
        for i in bytes.indices {
            let b = bytes[i]
            let isLetter = b >= 0x61 && b <= 0x7A
            defer { previousIsLetter = isLetter }
            guard isLetter, !previousIsLetter, firsts.contains(b) else { continue }
            let matches = prefixes.contains { prefix in
                prefix.withUTF8Buffer { n in bytes.count - i >= n.count && (0..<n.count).allSatisfy { bytes[i + $0] == n[$0] } }
            }
            if matches { return true }
        }
        return false
    }

    /// Whether `bytes` starts with `prefix` (ASCII, lower case).
    static func hasPrefix(_ bytes: [UInt8], _ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { p in bytes.count >= p.count && zip(bytes, p).allSatisfy { $0 == $1 } }
    }

    /// Whether any byte needs the careful path: controls (but tab), DEL, or the lead bytes of
    /// no-break and zero-width spaces, BOM, and C1 controls.
    static func needsTidying(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let f = bytes.first, f == 0x20 { return true }
        if let l = bytes.last, l == 0x20 { return true }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 || b == 0x7F { return true }
            // U+00A0 (no-break space) and the C1 controls U+0080…U+009F.
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 || bytes[i + 1] < 0xA0 { return true }
            // U+200B…U+200F (E2 80 8B…8F) and U+FEFF (EF BB BF).
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, (0x8B...0x8F).contains(bytes[i + 2]) { return true }
            if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return true }
            i += 1
        }
        return false
    }
}
