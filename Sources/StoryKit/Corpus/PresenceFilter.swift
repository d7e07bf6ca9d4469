/// One story's trigram hashes as a 65,536-bit map of their top 16 bits. Counting another
/// story's trigrams that land on set bits bounds the two stories' overlap from above: a trigram
/// in both always does, one in only one does by chance (2% of the time against a story of
/// 1,300 trigrams). The map fits the first-level cache and its probes do not depend on each
/// other, where an exact merge is a chain of unpredictable comparisons.
struct PresenceFilter {
    private var words = [UInt64](repeating: 0, count: 1024)

    init(_ prefixes: [UInt16]) {
        for p in prefixes { words[Int(p >> 6)] |= 1 << UInt64(p & 63) }
    }

    /// At least the number of trigrams, given by their prefixes, that the filtered story has too.
    func upperBound(_ prefixes: [UInt16]) -> Int {
        words.withUnsafeBufferPointer { words in
            var n = 0
            for p in prefixes { n &+= Int(truncatingIfNeeded: (words[Int(p >> 6)] >> UInt64(p & 63)) & 1) }
            return n
        }
    }
}
