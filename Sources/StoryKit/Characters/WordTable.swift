/// Words keyed by their exact UTF-8 bytes, numbered `0..<count` in the order they were added:
/// the one hash table of the token layer. The shared words (`CastSharedWords`), a story's own
/// words (`CastVocabulary`) and the word lists' ASCII words (`CastLexicon.asciiClasses`) are
/// each one of these; what a word means lives beside it, in arrays indexed by its number.
///
/// Why not `[String: Int32]`: the tokenizer asks for every word of every story, and a
/// `String` key means building one and running SipHash over it. Here a word of up to 15 bytes
/// is its `key` (two integers, read from the text with two loads), hashed with two multiplies
/// and compared as two integers and a length; a longer one is hashed FNV-1a and compared byte
/// by byte. Open addressing, linear probing, at most half full.
struct WordTable: Sendable {
    /// (hash << 32) | (number + 1), or 0 for an empty slot: a probe compares hashes in place.
    private var slots: [UInt64]
    /// Each word's first 16 bytes as two zero-padded little-endian words (`key`), its length
    /// (up to 255) in the top byte of the second (`tagged`): for a word of up to 15 bytes, whose
    /// key leaves that byte 0, two integers then say both its bytes and its length.
    private var keys: [UInt64] = []
    /// The words' bytes, back to back: word `n` ends at `ends[n]`.
    private(set) var bytes: [UInt8] = []
    private var ends: [Int32] = []

    /// A table with room for about `capacity` words before it grows.
    init(capacity: Int = 32) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        keys.reserveCapacity(2 * capacity)
        ends.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 8)
    }

    var count: Int { ends.count }

    /// Where word `n`'s bytes stand in `bytes`.
    @inline(__always) func range(_ n: Int) -> Range<Int> { (n == 0 ? 0 : Int(ends[n - 1]))..<Int(ends[n]) }

    // MARK: Keys and hashes

    /// The first 16 bytes of `w` as two zero-padded little-endian words, read byte by byte.
    @inline(__always) static func key(_ w: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var k0: UInt64 = 0, k1: UInt64 = 0
        let n = min(w.count, 16)
        var i = 0
        while i < min(n, 8) { k0 |= UInt64(w[i]) << (8 * i); i &+= 1 }
        while i < n { k1 |= UInt64(w[i]) << (8 * (i - 8)); i &+= 1 }
        return (k0, k1)
    }

    /// The same key of at most 15 bytes, read as two unaligned loads: `w.baseAddress` must have
    /// 16 readable bytes.
    @inline(__always) static func key(loading w: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let raw = UnsafeRawPointer(w.baseAddress!)
        let n = w.count
        let a = raw.loadUnaligned(as: UInt64.self), b = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        if n >= 8 {
            return (UInt64(littleEndian: a), n == 8 ? 0 : UInt64(littleEndian: b) & (~UInt64(0) >> (64 - 8 * (n - 8))))
        }
        return (UInt64(littleEndian: a) & (~UInt64(0) >> (64 - 8 * n)), 0)
    }

    /// The second word of a key with the length `n` in its top byte.
    @inline(__always) static func tagged(_ k1: UInt64, _ n: Int) -> UInt64 { k1 & 0x00FF_FFFF_FFFF_FFFF | UInt64(min(n, 255)) << 56 }

    /// The hash of a word of at most 15 bytes, from its key.
    @inline(__always) static func hash(_ k0: UInt64, _ k1: UInt64) -> UInt32 {
        let x = (k0 &* 0x9E37_79B9_7F4A_7C15) ^ (k1 &* 0xC2B2_AE3D_27D4_EB4F)
        return UInt32(truncatingIfNeeded: (x >> 29) ^ x)
    }

    /// The hash of any word: from its key up to 15 bytes, FNV-1a over its bytes beyond.
    @inline(__always) static func hash(_ w: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if w.count <= 15 {
            let (k0, k1) = key(w)
            return hash(k0, k1)
        }
        var h: UInt32 = 2_166_136_261
        for b in w { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    // MARK: Look-up

    /// The table's arrays as pointers: what the slot walk reads.
    struct View: @unchecked Sendable {
        var slots: UnsafeBufferPointer<UInt64>
        var keys: UnsafeBufferPointer<UInt64>
        var ends: UnsafeBufferPointer<Int32>
        var bytes: UnsafeBufferPointer<UInt8>

        /// The number of the word whose key is `k0`, `k1`, length `n` and hash `h`, or -1. A
        /// word matches on its hash, its key and its length, and one longer than its key
        /// (`long`, its bytes) on its bytes too.
        @inline(__always) func probe(_ k0: UInt64, _ k1: UInt64, count n: Int, hash h: UInt32, long: UnsafeBufferPointer<UInt8>?) -> Int32 {
            let mask = slots.count - 1
            let t1 = WordTable.tagged(k1, n)
            var s = Int(h) & mask
            while true {
                let v = slots[s]
                if v == 0 { return -1 }
                if UInt32(truncatingIfNeeded: v >> 32) == h {
                    let id = Int(UInt32(truncatingIfNeeded: v)) - 1
                    if keys[2 * id] == k0, keys[2 * id + 1] == t1 {
                        guard let long else { return Int32(id) }
                        if equal(id, long) { return Int32(id) }
                    }
                }
                s = (s + 1) & mask
            }
        }

        private func equal(_ id: Int, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
            let a = id == 0 ? 0 : Int(ends[id - 1]), z = Int(ends[id])
            guard z - a == w.count else { return false }
            var k = 0
            while k < w.count {
                if bytes[a + k] != w[k] { return false }
                k += 1
            }
            return true
        }

        @inline(__always) func find(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 {
            let (k0, k1) = WordTable.key(w)
            return probe(k0, k1, count: w.count, hash: h, long: w.count > 15 ? w : nil)
        }

        /// `find(w, hash: hash(w))`, the key read once for a short word.
        @inline(__always) func find(_ w: UnsafeBufferPointer<UInt8>) -> Int32 {
            guard w.count <= 15 else { return find(w, hash: WordTable.hash(w)) }
            let (k0, k1) = WordTable.key(w)
            return probe(k0, k1, count: w.count, hash: WordTable.hash(k0, k1), long: nil)
        }
    }

    private func withView<R>(_ body: (View) -> R) -> R {
        slots.withUnsafeBufferPointer { s in
            keys.withUnsafeBufferPointer { k in
                ends.withUnsafeBufferPointer { e in bytes.withUnsafeBufferPointer { b in body(View(slots: s, keys: k, ends: e, bytes: b)) } }
            }
        }
    }

    /// The number of the `n` bytes (at most 15) whose key is `k0`, `k1` and hash `h`, or -1.
    @inline(__always) func find(_ k0: UInt64, _ k1: UInt64, count n: Int, hash h: UInt32) -> Int32 {
        withView { $0.probe(k0, k1, count: n, hash: h, long: nil) }
    }

    /// The number of exactly the bytes `w`, whose hash is `h` (`hash(w)`), or -1.
    func find(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 { withView { $0.find(w, hash: h) } }

    /// The number of exactly the bytes `w`, or -1.
    func find(_ w: UnsafeBufferPointer<UInt8>) -> Int32 { withView { $0.find(w) } }

    /// The table read-only for good, in storage that is never freed: for the process-wide
    /// tables (the shared words, the word lists), which every thread reads, so that a look-up
    /// touches no reference count (refcount writes on shared data make cores fight over its
    /// cache line).
    var frozen: Frozen { Frozen(self) }

    struct Frozen: @unchecked Sendable {
        let view: View

        init(_ t: WordTable) {
            view = View(slots: .kept(t.slots), keys: .kept(t.keys), ends: .kept(t.ends), bytes: .kept(t.bytes))
        }

        var count: Int { view.ends.count }
        @inline(__always) func find(_ k0: UInt64, _ k1: UInt64, count n: Int, hash h: UInt32) -> Int32 {
            view.probe(k0, k1, count: n, hash: h, long: nil)
        }
        @inline(__always) func find(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 { view.find(w, hash: h) }
        @inline(__always) func find(_ w: UnsafeBufferPointer<UInt8>) -> Int32 { view.find(w) }
    }

    // MARK: Adding

    /// Adds the bytes `w` (hash `h`), which the table must not hold yet; returns their number.
    @discardableResult
    mutating func insert(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 {
        let id = count
        bytes.append(contentsOf: w)
        ends.append(Int32(bytes.count))
        let (k0, k1) = Self.key(w)
        keys.append(k0)
        keys.append(Self.tagged(k1, w.count))
        if (id + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var s = Int(h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = UInt64(h) << 32 | UInt64(id + 1)
        return Int32(id)
    }

    /// Adds `w` (ASCII or not) unless it is there; returns its number either way.
    @discardableResult
    mutating func insert(_ w: String) -> Int32 {
        var w = w
        return w.withUTF8 { b in
            let h = Self.hash(b)
            let found = find(b, hash: h)
            return found >= 0 ? found : insert(b, hash: h)
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for v in old where v != 0 {
            var s = Int(UInt32(truncatingIfNeeded: v >> 32)) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = v
        }
    }
}
