/// A read-only hash table from ASCII words, given as UTF-8 bytes, to their index in a key list.
///
/// The tokenizers already hold each word's lower-cased bytes; probing with them directly spares
/// building a `String` and hashing it with SipHash for every word of every story. Keys compare
/// byte for byte, which for ASCII is exactly `String` equality, so only ASCII keys are stored and
/// callers probe only with ASCII words, looking anything else up by `String`.
struct ByteTable: Sendable {
    /// Open addressing with linear probing, at most half full; 0 is an empty slot. A slot packs
    /// a 16-bit hash tag, the entry, and the key's offset and length in `bytes`, so a probe costs
    /// one read of `slots` and, when the tag agrees, one of `bytes`: the table is read for every
    /// word of every story, and its misses in cache are what a lookup costs.
    private let slots: [UInt64]
    /// Keys back to back.
    private let bytes: [UInt8]
    private let mask: Int

    /// Entry `i` is `keys[i]`; a key given twice keeps its first entry; keys beyond ASCII, or
    /// longer than 255 bytes, are left out.
    init(_ keys: [String]) {
        precondition(keys.count < 1 << 16, "entries are 16 bits")
        var bytes: [UInt8] = []
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for (i, k) in keys.enumerated() where k.utf8.count < 256 && k.utf8.allSatisfy({ $0 < 0x80 }) {
            let key = Array(k.utf8)
            let h = Self.hash(key)
            var s = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[s] != 0 && Self.entry(slots[s], bytes, key) == nil { s = (s + 1) & (size - 1) }
            guard slots[s] == 0 else { continue }
            precondition(bytes.count < 1 << 24, "offsets are 24 bits")
            slots[s] = (h & 0xFFFF_0000_0000_0000) | UInt64(i) << 32 | UInt64(bytes.count) << 8 | UInt64(key.count)
            bytes.append(contentsOf: key)
        }
        self.slots = slots
        self.bytes = bytes
        self.mask = size - 1
    }

    /// FNV-1a over the bytes, then MurmurHash3's finaliser so that low bits (the slot) and high
    /// bits (the tag) both depend on every byte.
    @inline(__always)
    static func hash(_ word: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in word { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        h ^= h >> 33
        h &*= 0xff51afd7ed558ccd
        h ^= h >> 33
        h &*= 0xc4ceb9fe1a85ec53
        return h ^ (h >> 33)
    }

    /// The entry of a non-empty slot if its key is `word`.
    @inline(__always)
    private static func entry(_ slot: UInt64, _ bytes: [UInt8], _ word: [UInt8]) -> Int? {
        guard Int(slot & 0xFF) == word.count else { return nil }
        let at = Int((slot >> 8) & 0xFF_FFFF)
        for k in 0..<word.count where bytes[at + k] != word[k] { return nil }
        return Int((slot >> 32) & 0xFFFF)
    }

    /// The index of `word` in the key list, or nil.
    func index(of word: [UInt8]) -> Int? {
        let h = Self.hash(word)
        let tag = h & 0xFFFF_0000_0000_0000
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[s]
            if slot == 0 { return nil }
            if slot & 0xFFFF_0000_0000_0000 == tag, let e = Self.entry(slot, bytes, word) { return e }
            s = (s + 1) & mask
        }
    }
}
