/// Undoes UTF-8 text that was decoded with a single-byte code page and encoded again.
///
/// Two families occur in scraped stories: Windows-1252/Latin-1 (`â€™` for `’`) and
/// Windows-874, the Thai code page (`โ€™` for `’`), whose upper half is Thai letters while its
/// 0x80–0x9F range borrows from 1252. The repair maps each suspicious character back to the byte
/// it came from and accepts a sequence only when those bytes form valid UTF-8 for a character
/// of the kinds that mojibake hides (Latin letters, punctuation, symbols, emoji). Correct text
/// never forms such sequences, so it is left alone.
public enum MojibakeRepair {
    /// Returns the repaired text and how many sequences were repaired.
    public static func repair(_ text: String) -> (text: String, count: Int) {
        // Fast path: every lead character (U+00C2…U+00F4, or Thai U+0E01…) is encoded with a
        // first byte of C3 or E0, and clean English prose has neither.
        guard mayHoldMojibake(text) else { return (text, 0) }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { leadByte($0) != nil }) else { return (text, 0) }
        // The repaired text as UTF-8 bytes: appending to a `String.UnicodeScalarView` one
        // scalar at a time cost more than the rest of the repair.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var count = 0
        var i = 0
        while i < scalars.count {
            if let lead = leadByte(scalars[i]), let (decoded, used) = decode(lead: lead, at: i, in: scalars) {
                out.append(contentsOf: decoded.utf8)
                count += 1
                i += used
            } else {
                // One byte for ASCII, the commonest; the encoder's bytes otherwise.
                let v = scalars[i].value
                if v < 0x80 { out.append(UInt8(v)) } else { UTF8.encode(scalars[i]) { out.append($0) } }
                i += 1
            }
        }
        return (String(decoding: out, as: UTF8.self), count)
    }

    /// A byte scan for a lead character (Â…ô, or Thai) followed by a character that stands
    /// for a continuation byte (U+0080…U+00BF, a Windows-1252 symbol, or Thai): only then can
    /// there be mojibake. `café` and other correct Latin text fail it at once.
    static func mayHoldMojibake(_ text: String) -> Bool {
        var found = false
        text.utf8.withContiguousStorageIfAvailable { u in
            let n = u.count
            func leads(at i: Int) -> Bool {
                let b = u[i]
                var next = -1
                if b == 0xC3, (0x82...0xB4).contains(u[i + 1]) { next = i + 2 }
                else if b == 0xE0, u[i + 1] == 0xB8 || u[i + 1] == 0xB9 { next = i + 3 }
                return next >= 0 && next < n && [0xC2, 0xC5, 0xC6, 0xCB, 0xE2, 0xE0].contains(u[next])
            }
            // Eight bytes at a time where none is C3 or E0, the only lead bytes (a zero byte of
            // x ^ C3C3… or x ^ E0E0… is one of them).
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
            var i = 0
            if let p = u.baseAddress {
                while i + 8 <= n {
                    let x = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                    if hasZeroByte(x ^ (ones &* 0xC3)) || hasZeroByte(x ^ (ones &* 0xE0)) {
                        for k in i..<(i + 8) where k + 2 < n && leads(at: k) { found = true; return }
                    }
                    i += 8
                }
            }
            while i + 2 < n {
                if leads(at: i) { found = true; return }
                i += 1
            }
        }
        return found
    }

    private static func leadByte(_ s: Unicode.Scalar) -> UInt8? {
        guard let b = byte(for: s), b >= 0xC2, b <= 0xF4 else { return nil }
        return b
    }

    private static func decode(lead: UInt8, at start: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        let need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
        var bytes = [lead]
        var j = start + 1
        while bytes.count <= need, j < scalars.count, let b = byte(for: scalars[j]), (0x80...0xBF).contains(b) {
            bytes.append(b)
            j += 1
        }
        // Windows-1252 has no character for 0x9D, so `”` (E2 80 9D) loses its last byte.
        if bytes == [0xE2, 0x80] { bytes.append(0x9D) }
        guard bytes.count == need + 1 else { return nil }
        var iterator = bytes.makeIterator()
        var utf8 = UTF8()
        guard case .scalarValue(let scalar) = utf8.decode(&iterator), plausible(scalar) else { return nil }
        return (scalar, j - start)
    }

    /// Characters that mojibake typically hides; anything else is left as it was.
    private static func plausible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xA0...0x24F, 0x2000...0x206F, 0x20A0...0x20CF, 0x2100...0x215F, 0x2190...0x21FF,
             0x2500...0x27BF, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// The byte a character stands for under Windows-1252, Latin-1 or Windows-874.
    static func byte(for s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        switch v {
        case 0..<0x80: return nil  // before the table: most characters are ASCII, none is in it
        case 0x80...0xFF: return UInt8(v)
        case 0x0E01...0x0E3A: return UInt8(v - 0x0E01 + 0xA1)
        case 0x0E3F...0x0E5B: return UInt8(v - 0x0E3F + 0xDF)
        default: return cp1252High[v]
        }
    }

    private static let cp1252High: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86,
        0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C,
        0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95,
        0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
