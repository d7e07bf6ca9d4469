/// Eight bytes at a time: where the next byte of interest is, and how many UTF-16 units a run
/// of UTF-8 holds. The segmenter would otherwise look at each of a story's eight thousand bytes
/// one by one, twice.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `i` (little-endian: byte `i` lowest); `i + 8 <= bytes.count`.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// The high bit of each byte equal to `c`. Above a true match a flag can be false (the
    /// borrow), never below one, so the lowest flag of an OR of these is the first match.
    @inline(__always)
    static func matches(_ w: UInt64, _ c: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(c))
        return (x &- ones) & ~x & highs
    }

    /// Byte offset of the lowest flag in a non-zero mask.
    @inline(__always)
    static func firstFlag(_ m: UInt64) -> Int { m.trailingZeroBitCount >> 3 }

    /// How many bytes have their high bit flagged (flags only in high bits).
    @inline(__always)
    static func countFlags(_ m: UInt64) -> Int { Int(((m >> 7) &* ones) >> 56) }

    /// UTF-16 units that eight bytes of UTF-8 add to a count: one per byte that is not a
    /// continuation (`10xxxxxx`), one more per lead of four bytes (`11110xxx`). Additive, so a
    /// scalar cut across two words is counted once.
    @inline(__always)
    static func utf16Count(_ w: UInt64) -> Int {
        if w & highs == 0 { return 8 }
        let continuation = w & ~(w << 1) & highs
        let fourByteLead = w & (w << 1) & (w << 2) & (w << 3) & highs
        return 8 - countFlags(continuation) + countFlags(fourByteLead)
    }
}
