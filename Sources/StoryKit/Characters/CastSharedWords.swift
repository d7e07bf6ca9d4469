/// The words nearly every story uses, numbered once per process: ids `0..<count` of every
/// `CastVocabulary`, which numbers only a story's other words (from `count` up).
///
/// Why: a story has ≈ 560 distinct words and making each one's entry and `String` cost ≈ 700
/// instructions, though most of them ("the", "She", "kitchen") are the same in every story.
/// Here they are made once: a story only probes this table.
///
/// Read-only after it is built, and held through raw pointers into storage that is never
/// freed: copying the table or reading a word from two threads touches no reference count
/// (refcount writes on shared data make cores fight over its cache line). Entries are ASCII of
/// at most 15 bytes only, so their `String`s are small (inline, no heap object either), and
/// no non-ASCII spelling can be canonically equal to a shared one in a way the story's own
/// table would have seen (ASCII entries never joined its non-ASCII equivalence look-up).
struct CastSharedWords: @unchecked Sendable {
    let count: Int32
    private let mask: Int
    /// (`keyHash` << 32) | (id + 1), or 0 for an empty slot.
    private let slots: UnsafePointer<UInt64>
    /// Each id's bytes as two zero-padded little-endian words (`key`): a probe compares two
    /// integers instead of a byte loop.
    private let keys: UnsafePointer<UInt64>
    let entries: UnsafePointer<CastVocabulary.Entry>
    let bytes: UnsafePointer<UInt8>
    let strings: UnsafePointer<String>
    let marks: UnsafePointer<CastTokenizer.MarkKinds.Kind>
    /// The id of each one-byte ASCII mark (every byte that is not a letter or digit), by byte.
    let punct: UnsafePointer<Int32>

    static let shared = CastSharedWords()

    private init() {
        var words: [String] = []
        var index: [String: Int32] = [:]
        func add(_ w: String) {
            guard !w.isEmpty, w.utf8.count <= 15, w.utf8.allSatisfy({ $0 < 0x80 }), index[w] == nil else { return }
            index[w] = Int32(words.count)
            words.append(w)
        }
        func capitalized(_ w: String) -> String {
            var b = Array(w.utf8)
            if b[0] >= 0x61 && b[0] <= 0x7A { b[0] -= 32 }
            return String(decoding: b, as: UTF8.self)
        }
        func lowercased(_ w: String) -> String {
            String(decoding: w.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        for b in UInt8(0)..<0x80 where !CastTokenizer.isAlnum(b) { add(String(decoding: [b], as: UTF8.self)) }
        for w in CastCommonWords.text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            add(String(w))
            add(capitalized(String(w)))
        }
        for w in CastLexicon.classes.keys.sorted() {
            add(w)
            add(capitalized(w))
        }
        // Every entry's lowercase spelling is an entry too, so `lower` is known for all.
        for w in words { add(lowercased(w)) }

        let n = words.count
        var size = 64
        while size < n * 3 { size <<= 1 }
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        let entries = UnsafeMutablePointer<CastVocabulary.Entry>.allocate(capacity: n)
        let strings = UnsafeMutablePointer<String>.allocate(capacity: n)
        let marks = UnsafeMutablePointer<CastTokenizer.MarkKinds.Kind>.allocate(capacity: n)
        let total = words.reduce(0) { $0 + $1.utf8.count }
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(total, 1))
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 * n)
        let punct = UnsafeMutablePointer<Int32>.allocate(capacity: 128)
        punct.initialize(repeating: -1, count: 128)
        var at = 0
        for (id, w) in words.enumerated() {
            let start = at
            for b in w.utf8 { bytes[at] = b; at += 1 }
            let wb = UnsafeBufferPointer(start: bytes + start, count: at - start)
            let h = LexiconByteTable.hash(wb)
            var e = CastVocabulary.Entry(start: Int32(start), end: Int32(at), lower: index[lowercased(w)]!, classes: [])
            CastVocabulary.asciiFacts(wb, hash: h, into: &e)
            (entries + id).initialize(to: e)
            (strings + id).initialize(to: String(decoding: wb, as: UTF8.self))
            // An ASCII string equals (canonically) only the same bytes: only one-byte entries can
            // be one of the marks, and asking `String ==` against non-ASCII literals is slow.
            let none = CastTokenizer.MarkKinds.Kind(end: .none, isQuote: false)
            (marks + id).initialize(to: wb.count == 1 ? CastTokenizer.MarkKinds.kind(of: w) : none)
            if wb.count == 1 && wb[0] < 0x80 && !CastTokenizer.isAlnum(wb[0]) { punct[Int(wb[0])] = Int32(id) }
            let (k0, k1) = Self.key(wb)
            keys[2 * id] = k0
            keys[2 * id + 1] = k1
            let kh = Self.keyHash(k0, k1)
            var s = Int(kh) & (size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            slots[s] = UInt64(kh) << 32 | UInt64(id + 1)
        }
        count = Int32(n)
        mask = size - 1
        self.slots = UnsafePointer(slots)
        self.keys = UnsafePointer(keys)
        self.entries = UnsafePointer(entries)
        self.strings = UnsafePointer(strings)
        self.marks = UnsafePointer(marks)
        self.bytes = UnsafePointer(bytes)
        self.punct = UnsafePointer(punct)
    }

    /// Bytes `w` (at most 15) as two zero-padded little-endian words, read byte by byte.
    static func key(_ w: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var k0: UInt64 = 0, k1: UInt64 = 0
        for (k, b) in w.enumerated() {
            if k < 8 { k0 |= UInt64(b) << (8 * k) } else { k1 |= UInt64(b) << (8 * (k - 8)) }
        }
        return (k0, k1)
    }

    /// The same key read as two unaligned loads: `w.baseAddress` must have 16 readable bytes.
    @inline(__always) static func key(loading w: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let raw = UnsafeRawPointer(w.baseAddress!)
        let n = w.count
        let a = raw.loadUnaligned(as: UInt64.self), b = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        if n >= 8 {
            return (UInt64(littleEndian: a), n == 8 ? 0 : UInt64(littleEndian: b) & (~UInt64(0) >> (64 - 8 * (n - 8))))
        }
        return (UInt64(littleEndian: a) & (~UInt64(0) >> (64 - 8 * n)), 0)
    }

    @inline(__always) static func keyHash(_ k0: UInt64, _ k1: UInt64) -> UInt32 {
        let x = (k0 &* 0x9E37_79B9_7F4A_7C15) ^ (k1 &* 0xC2B2_AE3D_27D4_EB4F)
        return UInt32(truncatingIfNeeded: (x >> 29) ^ x)
    }

    /// The id of the `n` bytes (1...15) whose key is `k0`, `k1`, or -1.
    @inline(__always) func id(_ k0: UInt64, _ k1: UInt64, count n: Int) -> Int32 {
        let h = Self.keyHash(k0, k1)
        var s = Int(h) & mask
        while true {
            let v = slots[s]
            if v == 0 { return -1 }
            let id = Int(UInt32(truncatingIfNeeded: v)) - 1
            if UInt32(truncatingIfNeeded: v >> 32) == h, keys[2 * id] == k0, keys[2 * id + 1] == k1,
               Int(entries[id].end - entries[id].start) == n {
                return Int32(id)
            }
            s = (s + 1) & mask
        }
    }

    /// The id of exactly these bytes, or -1.
    @inline(__always) func id(_ w: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard w.count >= 1 && w.count <= 15 else { return -1 }
        let (k0, k1) = Self.key(w)
        return id(k0, k1, count: w.count)
    }
}
