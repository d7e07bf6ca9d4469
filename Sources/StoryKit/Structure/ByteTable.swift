/// A read-only hash table from ASCII words, given as UTF-8 bytes, to their index in a key list.
///
/// The tokenizers already hold each word's lower-cased bytes; probing with them directly spares
/// building a `String` and hashing it with SipHash for every word of every story. Keys compare
/// byte for byte, which for ASCII is exactly `String` equality, so callers probe only with ASCII
/// words and look anything else up by `String`.
struct ByteTable: Sendable {
    /// Open addressing with linear probing: entry + 1 per slot, 0 for empty.
    private let slots: [Int32]
    /// Keys back to back; key `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let mask: Int

    /// Entry `i` is `keys[i]`; a key given twice keeps its first entry.
    init(_ keys: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int32] = [0]
        for k in keys {
            bytes.append(contentsOf: k.utf8)
            starts.append(Int32(bytes.count))
        }
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for i in keys.indices {
            let key = bytes[Int(starts[i])..<Int(starts[i + 1])]
            var s = Self.hash(key) & (size - 1)
            while slots[s] != 0 {
                let other = Int(slots[s]) - 1
                if bytes[Int(starts[other])..<Int(starts[other + 1])].elementsEqual(key) { break }
                s = (s + 1) & (size - 1)
            }
            if slots[s] == 0 { slots[s] = Int32(i + 1) }
        }
        self.slots = slots
        self.bytes = bytes
        self.starts = starts
        self.mask = size - 1
    }

    /// FNV-1a: cheap on the short words of a story, and spread well enough for a half-empty table.
    @inline(__always)
    static func hash<C: Collection<UInt8>>(_ word: C) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in word { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The index of `word` in the key list, or nil.
    func index(of word: [UInt8]) -> Int? {
        var s = Self.hash(word) & mask
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            let lo = Int(starts[e - 1]), hi = Int(starts[e])
            if hi - lo == word.count {
                var same = true
                for k in 0..<word.count where bytes[lo + k] != word[k] { same = false; break }
                if same { return e - 1 }
            }
            s = (s + 1) & mask
        }
    }
}
