/// A read-only hash table from ASCII words, given as UTF-8 bytes, to their index in a key list.
///
/// The tokenizers already hold each word's lower-cased bytes; probing with them directly spares
/// building a `String` and hashing it with SipHash for every word of every story. Keys compare
/// byte for byte, which for ASCII is exactly `String` equality, so only ASCII keys are stored and
/// callers probe only with ASCII words, looking anything else up by `String`.
struct ByteTable: Sendable {
    /// A key of up to 12 bytes, stored in the slot itself (little-endian) with its entry, so a
    /// probe reads one 16-byte slot: the table is read for every word of every story, and what a
    /// lookup costs is its misses in cache.
    private struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt32 = 0
        var entry: UInt16 = 0
        /// Key length; 0 for an empty slot.
        var count: UInt8 = 0
    }

    static let inlineBytes = 12
    /// Open addressing with linear probing, about 60% full.
    private let slots: [Slot]
    /// Keys longer than `inlineBytes` (a few long words), by `String`.
    private let long: [String: Int]

    /// Entry `i` is `keys[i]`; a key given twice keeps its first entry; keys beyond ASCII are left out.
    init(_ keys: [String]) {
        precondition(keys.count < 1 << 16, "entries are 16 bits")
        var slots = [Slot](repeating: Slot(), count: max(16, keys.count * 5 / 3))
        var long: [String: Int] = [:]
        for (i, k) in keys.enumerated() where !k.isEmpty && k.utf8.allSatisfy({ $0 < 0x80 }) {
            let key = Array(k.utf8)
            guard key.count <= Self.inlineBytes else {
                if long[k] == nil { long[k] = i }
                continue
            }
            let (low, high) = key.withUnsafeBufferPointer(Self.pack)
            var s = Self.start(low, high, key.count, slots.count)
            while slots[s].count != 0 {
                if slots[s].low == low && slots[s].high == high && Int(slots[s].count) == key.count { break }
                s = s + 1 == slots.count ? 0 : s + 1
            }
            if slots[s].count == 0 { slots[s] = Slot(low: low, high: high, entry: UInt16(i), count: UInt8(key.count)) }
        }
        self.slots = slots
        self.long = long
    }

    /// The bytes of a short word as two little-endian integers.
    @inline(__always)
    private static func pack(_ word: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt32) {
        var low: UInt64 = 0, high: UInt32 = 0
        for k in 0..<min(8, word.count) { low |= UInt64(word[k]) << (8 * k) }
        for k in min(8, word.count)..<word.count { high |= UInt32(word[k]) << (8 * (k - 8)) }
        return (low, high)
    }

    /// The first slot to probe: MurmurHash3's finaliser over the packed key, scaled to the table.
    @inline(__always)
    private static func start(_ low: UInt64, _ high: UInt32, _ count: Int, _ size: Int) -> Int {
        var h = low ^ ((UInt64(high) << 24 | UInt64(count)) &* 0x9E3779B97F4A7C15)
        h ^= h >> 33
        h &*= 0xff51afd7ed558ccd
        h ^= h >> 33
        h &*= 0xc4ceb9fe1a85ec53
        h ^= h >> 33
        return Int(truncatingIfNeeded: ((h >> 32) &* UInt64(size)) >> 32)
    }

    /// The index of `word` in the key list, or nil.
    func index(of word: [UInt8]) -> Int? {
        word.withUnsafeBufferPointer { index(of: $0) }
    }

    /// The index of `word` in the key list, or nil; read in place, as the tokenizers hold it.
    @inline(__always)
    func index(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard word.count <= Self.inlineBytes else { return long[String(decoding: word, as: UTF8.self)] }
        guard !word.isEmpty else { return nil }
        let (low, high) = Self.pack(word)
        return probe(low, high, word.count)
    }

    /// `index(of:)` for a word at the start of a buffer that can be read for at least
    /// `inlineBytes` bytes (what follows the word is ignored): the key is packed with two loads
    /// instead of a loop over its bytes, which was most of a probe's cost.
    @inline(__always)
    func index(padded word: UnsafeBufferPointer<UInt8>) -> Int? {
        #if _endian(little)
        let n = word.count
        guard n <= Self.inlineBytes, n > 0, let base = word.baseAddress else { return index(of: word) }
        let raw = UnsafeRawPointer(base)
        var low = raw.loadUnaligned(as: UInt64.self)
        var high = raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        if n < 8 {
            low &= (1 << UInt64(8 * n)) &- 1
            high = 0
        } else {
            high &= UInt32(truncatingIfNeeded: (1 << UInt64(8 * (n - 8))) &- 1)
        }
        return probe(low, high, n)
        #else
        return index(of: word)
        #endif
    }

    @inline(__always)
    private func probe(_ low: UInt64, _ high: UInt32, _ count: Int) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var s = Self.start(low, high, count, slots.count)
            while true {
                let slot = slots[s]
                if slot.count == 0 { return nil }
                if slot.low == low && slot.high == high && Int(slot.count) == count { return Int(slot.entry) }
                s = s + 1 == slots.count ? 0 : s + 1
            }
        }
    }
}
