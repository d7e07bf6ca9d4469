/// The ASCII words of `CastLexicon.classes`, keyed by their bytes.
///
/// Why: every new word of a story asked `CastLexicon.classes[String]`, which builds a `String`
/// and runs SipHash over it. An ASCII word can only equal (`==`) an ASCII key with the same
/// bytes, so for ASCII words an FNV probe over the bytes gives the same answer. Non-ASCII words
/// keep the `String` look-up (canonical equivalence).
struct LexiconByteTable {
    /// (hash << 32) | (entry + 1), or 0 for an empty slot.
    private let slots: [UInt64]
    private let bytes: [UInt8]
    private let starts: [Int32]
    private let classes: [CastLexicon.Class]

    init(_ dict: [String: CastLexicon.Class]) {
        var bytes: [UInt8] = [], starts: [Int32] = [0], classes: [CastLexicon.Class] = [], hashes: [UInt32] = []
        for (key, c) in dict where key.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes.append(contentsOf: key.utf8)
            starts.append(Int32(bytes.count))
            classes.append(c)
            hashes.append(Self.hash(Array(key.utf8)))
        }
        var size = 64
        while size < classes.count * 4 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for (e, h) in hashes.enumerated() {
            var s = Int(h) & (size - 1)
            while slots[s] != 0 { s = (s + 1) & (size - 1) }
            slots[s] = UInt64(h) << 32 | UInt64(e + 1)
        }
        self.slots = slots
        self.bytes = bytes
        self.starts = starts
        self.classes = classes
    }

    /// FNV-1a, the hash `CastVocabulary` uses too.
    @inline(__always) static func hash<C: Collection<UInt8>>(_ w: C) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in w { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The classes of ASCII bytes `w` whose FNV hash is `h`.
    func classes(of w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> CastLexicon.Class {
        let mask = slots.count - 1
        var s = Int(h) & mask
        while true {
            let v = slots[s]
            if v == 0 { return [] }
            if UInt32(truncatingIfNeeded: v >> 32) == h {
                let e = Int(UInt32(truncatingIfNeeded: v)) - 1
                let a = Int(starts[e]), z = Int(starts[e + 1])
                if z - a == w.count {
                    var k = 0
                    while k < w.count, bytes[a + k] == w[k] { k += 1 }
                    if k == w.count { return classes[e] }
                }
            }
            s = (s + 1) & mask
        }
    }
}

extension CastLexicon {
    static let asciiClasses = LexiconByteTable(classes)

    /// Whether ASCII `w`, lowercased, is one of `CastWords.contractionBases` (compared as bytes, no `String`).
    static func isContractionBase(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = w.count
        outer: for base in contractionBaseBytes where base.count == n {
            for k in 0..<n {
                let b = w[k]
                if (b >= 0x41 && b <= 0x5A ? b + 32 : b) != base[k] { continue outer }
            }
            return true
        }
        return false
    }

    private static let contractionBaseBytes: [[UInt8]] = CastWords.contractionBases.map { Array($0.utf8) }
}
