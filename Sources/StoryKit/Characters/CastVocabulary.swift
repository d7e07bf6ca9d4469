/// The distinct words of one story, each with a small id, its string and its word lists.
///
/// Why ids: a story of 1,500 words has only a few hundred distinct ones. Interning each token's
/// bytes once (in a `WordTable`: no `String` built, no SipHash) means the strings and the
/// `CastLexicon` classes are made once per distinct word, and per-word facts ("seen capitalised
/// mid-sentence") live in flat arrays indexed by id instead of `Set<String>`s.
///
/// Entries are keyed by their exact bytes, so `string(id)` is the spelling as written. Swift's
/// `==` also equates canonically equivalent spellings ("é" as one scalar or two): `canonical[id]`
/// is the first id equal to it in that sense, found through a `[String: Int32]` for non-ASCII
/// entries only, so per-word facts keyed by it match what `Set<String>` would do.
///
/// Ids below `base` are the process-wide `CastSharedWords` (common ASCII words, made once); a
/// story only adds the words that table lacks, numbered from `base` up.
struct CastVocabulary {
    /// What is kept per id, in one array so that a new word is one append.
    struct Entry {
        /// Its bytes: `bytes[start..<end]`.
        var start: Int32
        var end: Int32
        /// The id of the lowercase form, once asked (-1 before): capitalised words are
        /// lowercased and looked up once per spelling, not once per token.
        var lower: Int32
        /// Its word lists (looked up once, in `CastLexicon.classes`).
        var classes: CastLexicon.Class
        /// `Flags`: what the rules ask of its string, answered once.
        var flags: UInt8 = 0
    }

    /// `String.hasSuffix("ly")`/`("ing")` and whether the first scalar is alphabetic.
    enum Flags {
        static let ly: UInt8 = 1, ing: UInt8 = 2, alphaFirst: UInt8 = 4
    }

    /// The shared words (plain pointers: no reference counting per story or per look-up).
    private let shared = CastSharedWords.shared
    /// The first story-local id.
    let base: Int32
    /// The story's own words: id `base + k` is `entries[k]`, and word `k` of `table`.
    private var entries: [Entry] = []
    private var table: WordTable
    private var unicode: [String: Int32] = [:]
    /// Each id's string, exactly as its bytes spell it. (Made lazily, behind a class, it cost
    /// more in the rules' many look-ups than it saved here.)
    private var strings: [String] = []

    /// The number of ids: shared and local.
    var count: Int { Int(base) + entries.count }

    init(capacity: Int = 512) {
        base = shared.count
        table = WordTable(capacity: capacity)
        entries.reserveCapacity(capacity)
        strings.reserveCapacity(capacity)
    }

    /// Makes room for about `n` distinct words before any is added, so the table need not grow.
    mutating func reserve(_ n: Int) {
        guard entries.isEmpty, n > 32 else { return }
        table = WordTable(capacity: n)
        entries.reserveCapacity(n)
        strings.reserveCapacity(n)
    }

    /// Each local id's canonical id (the first id of a string equal to it), by `id - base`; also
    /// kept apart for `NameFinder.Stats`. A shared id is its own.
    private(set) var localCanonical: [Int32] = []

    @inline(__always) func canonical(_ id: Int32) -> Int32 { id < base ? id : localCanonical[Int(id - base)] }

    @inline(__always) private func entry(_ id: Int32) -> Entry { id < base ? shared.entries[Int(id)] : entries[Int(id - base)] }

    @inline(__always) func classes(_ id: Int32) -> CastLexicon.Class { entry(id).classes }

    /// The id of one-byte ASCII mark `b` (not a letter or digit).
    @inline(__always) func punctID(_ b: UInt8) -> Int32 { shared.punct[Int(b)] }

    /// The mark kind of a shared id (nil for a story-local one).
    @inline(__always) func sharedMark(_ id: Int32) -> CastTokenizer.MarkKinds.Kind? { id < base ? shared.marks[Int(id)] : nil }

    /// The id of exactly these (UTF-8) bytes.
    mutating func id(bytes w: UnsafeBufferPointer<UInt8>) -> Int32 {
        // A short word's key is read once, for the shared table and the story's alike.
        if w.count >= 1 && w.count <= 15 {
            let (k0, k1) = WordTable.key(w)
            return id(bytes: w, key: k0, k1)
        }
        return id(bytes: w, hash: WordTable.hash(w))
    }

    /// The id of exactly these bytes, `h` their hash (`WordTable.hash`).
    mutating func id(bytes w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 {
        let common = shared.id(w)
        if common >= 0 { return common }
        return localID(w, hash: h)
    }

    /// The id of ASCII bytes `w` (1...15 of them) whose `WordTable.key` is `k0`, `k1`:
    /// the tokenizer's path, which reads the key with two loads.
    @inline(__always) mutating func id(bytes w: UnsafeBufferPointer<UInt8>, key k0: UInt64, _ k1: UInt64) -> Int32 {
        let h = WordTable.hash(k0, k1)
        let common = shared.id(k0, k1, count: w.count)
        if common >= 0 { return common }
        let local = table.find(k0, k1, count: w.count, hash: h)
        return local >= 0 ? base + local : insert(w, hash: h)
    }

    /// A word the shared table lacks.
    private mutating func localID(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 {
        let local = table.find(w, hash: h)
        return local >= 0 ? base + local : insert(w, hash: h)
    }

    @inline(never)
    private mutating func insert(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Int32 {
        let local = table.insert(w, hash: h)
        let id = base + local
        let at = table.range(Int(local))
        var upper = false, high = false
        for b in w {
            if b >= 0x80 { high = true } else if b >= 0x41 && b <= 0x5A { upper = true }
        }
        var e = Entry(start: Int32(at.lowerBound), end: Int32(at.upperBound), lower: -1, classes: [])
        var canon = id
        let str = String(decoding: w, as: UTF8.self)
        strings.append(str)
        // The word lists hold lowercase words only: spellings with a capital skip the look-up.
        if high {
            if !upper { e.classes = CastLexicon.classes[str] ?? [] }
            if let first = unicode[str] { canon = first } else { unicode[str] = id }
            e.flags = Self.flags(str)
        } else {
            Self.asciiFacts(w, hash: h, into: &e)
        }
        entries.append(e)
        localCanonical.append(canon)
        return id
    }

    /// The word lists and `Flags` of ASCII bytes `w` (`WordTable.hash` `h`): the lists hold lowercase
    /// words only, so a spelling with a capital skips the look-up; suffixes and letters are per byte.
    static func asciiFacts(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt32, into e: inout Entry) {
        var upper = false
        for b in w where b >= 0x41 && b <= 0x5A { upper = true; break }
        if !upper { e.classes = CastLexicon.asciiClasses(of: w, hash: h) }
        let n = w.count
        if n >= 2, w[n - 2] == 0x6C, w[n - 1] == 0x79 { e.flags |= Flags.ly }
        if n >= 3, w[n - 3] == 0x69, w[n - 2] == 0x6E, w[n - 1] == 0x67 { e.flags |= Flags.ing }
        if n >= 1, (w[0] | 0x20) &- 0x61 < 26 { e.flags |= Flags.alphaFirst }
    }

    /// `Flags` of a non-ASCII string, asked of `String` itself.
    private static func flags(_ s: String) -> UInt8 {
        var f: UInt8 = 0
        if s.hasSuffix("ly") { f |= Flags.ly }
        if s.hasSuffix("ing") { f |= Flags.ing }
        if let c = s.unicodeScalars.first, c.properties.isAlphabetic { f |= Flags.alphaFirst }
        return f
    }

    /// `string(id).hasSuffix("ly")`.
    @inline(__always) func endsInLy(_ id: Int32) -> Bool { entry(id).flags & Flags.ly != 0 }
    /// `string(id).hasSuffix("ing")`.
    @inline(__always) func endsInIng(_ id: Int32) -> Bool { entry(id).flags & Flags.ing != 0 }
    /// `string(id).unicodeScalars.first?.properties.isAlphabetic == true`.
    @inline(__always) func firstScalarIsAlphabetic(_ id: Int32) -> Bool { entry(id).flags & Flags.alphaFirst != 0 }

    /// The id of `form`'s lowercase spelling: ASCII lowercasing for ASCII entries,
    /// `String.lowercased()` for the rest (what the tokenizer always did per token).
    mutating func lowerID(_ form: Int32) -> Int32 {
        if form < base { return shared.entries[Int(form)].lower }
        let f = Int(form - base)
        if entries[f].lower >= 0 { return entries[f].lower }
        let a = Int(entries[f].start), n = Int(entries[f].end) - a
        var ascii = true
        for k in a..<(a + n) where table.bytes[k] >= 0x80 { ascii = false; break }
        let l: Int32
        if ascii {
            l = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n) { low in
                for k in 0..<n {
                    let b = table.bytes[a + k]
                    low[k] = b >= 0x41 && b <= 0x5A ? b + 32 : b
                }
                return id(bytes: UnsafeBufferPointer(low))
            }
        } else {
            var s = string(form).lowercased()
            l = s.withUTF8 { id(bytes: $0) }
        }
        entries[f].lower = l
        return l
    }

    /// The UTF-8 length of entry `id` (its string's `utf8.count`).
    @inline(__always) func byteCount(_ id: Int32) -> Int { let e = entry(id); return Int(e.end - e.start) }

    /// Entry `id`'s string, exactly as its bytes spell it.
    @inline(__always) func string(_ id: Int32) -> String { id < base ? shared.strings[Int(id)] : strings[Int(id - base)] }

    func text(_ t: CastToken) -> String { string(t.form) }
    func lower(_ t: CastToken) -> String { string(t.word) }
}
