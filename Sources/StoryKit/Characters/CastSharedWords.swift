/// The words nearly every story uses, numbered once per process: ids `0..<count` of every
/// `CastVocabulary`, which numbers only a story's other words (from `count` up).
///
/// Why: a story has ≈ 560 distinct words and making each one's entry and `String` cost ≈ 700
/// instructions, though most of them ("the", "She", "kitchen") are the same in every story.
/// Here they are made once: a story only probes this table.
///
/// Read-only after it is built. What each id means is held through raw pointers into storage
/// that is never freed: reading a word's facts from two threads touches no reference count
/// (refcount writes on shared data make cores fight over its cache line). The words
/// themselves are a `WordTable`, the one table type of the token layer. Entries are ASCII of
/// at most 15 bytes only, so their `String`s are small (inline, no heap object either), and
/// no non-ASCII spelling can be canonically equal to a shared one in a way the story's own
/// table would have seen (ASCII entries never joined its non-ASCII equivalence look-up).
struct CastSharedWords: @unchecked Sendable {
    let count: Int32
    /// The words, numbered as their ids.
    private let table: WordTable.Frozen
    let entries: UnsafePointer<CastVocabulary.Entry>
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
        var table = WordTable(capacity: n)
        let entries = UnsafeMutablePointer<CastVocabulary.Entry>.allocate(capacity: n)
        let strings = UnsafeMutablePointer<String>.allocate(capacity: n)
        let marks = UnsafeMutablePointer<CastTokenizer.MarkKinds.Kind>.allocate(capacity: n)
        let punct = UnsafeMutablePointer<Int32>.allocate(capacity: 128)
        punct.initialize(repeating: -1, count: 128)
        for (id, w) in words.enumerated() {
            var utf8 = w
            utf8.withUTF8 { wb in
                let h = WordTable.hash(wb)
                let number = table.insert(wb, hash: h)
                let at = table.range(Int(number))
                var e = CastVocabulary.Entry(start: Int32(at.lowerBound), end: Int32(at.upperBound), lower: index[lowercased(w)]!, classes: [])
                CastVocabulary.asciiFacts(wb, hash: h, into: &e)
                (entries + id).initialize(to: e)
                (strings + id).initialize(to: w)
                // An ASCII string equals (canonically) only the same bytes: only one-byte entries can
                // be one of the marks, and asking `String ==` against non-ASCII literals is slow.
                let none = CastTokenizer.MarkKinds.Kind(end: .none, isQuote: false)
                (marks + id).initialize(to: wb.count == 1 ? CastTokenizer.MarkKinds.kind(of: w) : none)
                if wb.count == 1 && wb[0] < 0x80 && !CastTokenizer.isAlnum(wb[0]) { punct[Int(wb[0])] = Int32(id) }
            }
        }
        count = Int32(n)
        self.table = table.frozen
        self.entries = UnsafePointer(entries)
        self.strings = UnsafePointer(strings)
        self.marks = UnsafePointer(marks)
        self.punct = UnsafePointer(punct)
    }

    /// The id of the `n` bytes (1...15) whose key is `k0`, `k1` (`WordTable.key`), or -1.
    @inline(__always) func id(_ k0: UInt64, _ k1: UInt64, count n: Int) -> Int32 {
        table.find(k0, k1, count: n, hash: WordTable.hash(k0, k1))
    }

    /// The id of a word the rules name, which must be shared: a token's `word` is then that id
    /// exactly when its lowercase form is this word, and a rule compares ids, not strings.
    func id(of word: String) -> Int32 {
        var w = word
        let id = w.withUTF8 { self.id($0) }
        precondition(id >= 0, "\(word) is not a shared word")
        return id
    }

    /// The id of exactly these bytes, or -1.
    @inline(__always) func id(_ w: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard w.count >= 1 && w.count <= 15 else { return -1 }
        return table.find(w)
    }
}
