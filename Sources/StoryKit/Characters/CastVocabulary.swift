/// The distinct words of one story, each with a small id, its string and its word lists.
///
/// Why ids: a story of 1,500 words has only a few hundred distinct ones. Interning each token's
/// bytes once (an FNV hash and a `memcmp`, no `String` built, no SipHash) means the strings and the
/// `CastLexicon` classes are made once per distinct word, and per-word facts ("seen capitalised
/// mid-sentence") live in flat arrays indexed by id instead of `Set<String>`s.
///
/// Entries are keyed by their exact bytes, so `strings[id]` is the spelling as written. Swift's
/// `==` also equates canonically equivalent spellings ("é" as one scalar or two): `canonical[id]`
/// is the first id equal to it in that sense, found through a `[String: Int32]` for non-ASCII
/// entries only, so per-word facts keyed by it match what `Set<String>` would do.
struct CastVocabulary {
    /// Each id's string, exactly as its bytes spell it.
    private(set) var strings: [String] = []
    /// Each id's word lists (looked up once, in `CastLexicon.classes`).
    private(set) var classes: [CastLexicon.Class] = []
    /// The first id of a string equal (`==`) to this one.
    private(set) var canonical: [Int32] = []
    /// The bytes of entries, back to back, at `starts[id]..<ends[id]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    /// Open addressing over the byte-keyed entries: id + 1, or 0 for an empty slot.
    private var slots: [Int32]
    private var hashes: [UInt32] = []
    private var unicode: [String: Int32] = [:]

    var count: Int { strings.count }

    init(capacity: Int = 512) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        strings.reserveCapacity(capacity)
        classes.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 8)
    }

    /// The id of exactly these (UTF-8) bytes.
    mutating func id(bytes w: UnsafeBufferPointer<UInt8>) -> Int32 {
        // FNV-1a: words are short, so a simple byte hash beats a keyed SipHash here.
        var h: UInt32 = 2_166_136_261
        for b in w { h = (h ^ UInt32(b)) &* 16_777_619 }
        let mask = slots.count - 1
        var s = Int(h) & mask
        while true {
            let v = slots[s]
            if v == 0 { break }
            let id = Int(v - 1)
            if hashes[id] == h, equal(id, w) { return Int32(id) }
            s = (s + 1) & mask
        }
        let id = Int32(strings.count)
        starts.append(Int32(bytes.count))
        bytes.append(contentsOf: w)
        ends.append(Int32(bytes.count))
        hashes.append(h)
        let str = String(decoding: w, as: UTF8.self)
        strings.append(str)
        // The word lists hold lowercase words only: spellings with a capital skip the look-up.
        classes.append(w.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? [] : CastLexicon.classes[str] ?? [])
        if w.contains(where: { $0 >= 0x80 }) {
            if let first = unicode[str] { canonical.append(first) } else { unicode[str] = id; canonical.append(id) }
        } else {
            canonical.append(id)
        }
        slots[s] = id + 1
        if strings.count * 2 > slots.count { grow() }
        return id
    }

    func text(_ t: CastToken) -> String { strings[Int(t.form)] }
    func lower(_ t: CastToken) -> String { strings[Int(t.word)] }

    private func equal(_ id: Int, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(starts[id]), e = Int(ends[id])
        guard e - a == w.count else { return false }
        var k = 0
        while k < w.count {
            if bytes[a + k] != w[k] { return false }
            k += 1
        }
        return true
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for id in strings.indices {
            var s = Int(hashes[id]) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(id) + 1
        }
    }
}
