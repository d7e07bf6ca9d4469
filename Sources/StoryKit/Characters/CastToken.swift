/// One word or punctuation mark of a story, with everything the character rules ask of it
/// precomputed once: the lowercase form, capitalisation, whether it sits in quoted speech and
/// whether it starts a sentence. The cast rules then compare ids, small strings and flags only.
///
/// Plain data on purpose (ids, not `String`s): copying a token is a memcpy with no reference
/// counting, and the walks copy tokens constantly. `CastVocabulary.text`/`lower` give the strings.
struct CastToken {
    /// The word as written, curly apostrophes made straight, a trailing possessive `'s` removed:
    /// an id of the story's `CastVocabulary`.
    var form: Int32
    /// The lowercase word, an id of the same vocabulary.
    var word: Int32
    // Positions are stored in 32 bits to keep a token at 36 bytes (a story's tokens then stay
    // under the allocator's mmap threshold: no fresh zeroed pages per story).
    private var para32: Int32
    private var start32: Int32
    private var quote32: Int32
    private var sentence32: Int32
    /// The word lists of `CastLexicon` this word is in.
    var lex: CastLexicon.Class
    var isWord: Bool
    /// First letter upper case.
    var cap: Bool
    /// Two or more letters, all upper case ("GET", "OUT"): shouting or headline, never a name.
    var allCaps: Bool
    /// A possessive `'s` (or a bare `'` after s) was stripped: "Colin’s" is "Colin".
    var possessive: Bool
    /// The opening or closing mark of its quotation.
    var isQuoteMark: Bool
    /// First word of a sentence (or of a quotation), where capitals say nothing about names.
    var initial: Bool
    /// The possessive ending taken off `form`, for the word views that keep it ("Colin's").
    var suffix: Suffix = .none

    enum Suffix: UInt8 { case none, s, capitalS }

    /// 0-based paragraph.
    var para: Int { get { Int(para32) } set { para32 = Int32(newValue) } }
    /// UTF-16 offset in the paragraph, to place the token against `QuoteSpan.range`.
    var start: Int { get { Int(start32) } set { start32 = Int32(newValue) } }
    /// Index into `Segmentation.quotes`, or -1 outside quoted speech.
    var quote: Int { get { Int(quote32) } set { quote32 = Int32(newValue) } }
    /// Running sentence number over the whole story.
    var sentence: Int { get { Int(sentence32) } set { sentence32 = Int32(newValue) } }

    init(form: Int32, word: Int32, para: Int, start: Int, isWord: Bool, cap: Bool, allCaps: Bool, possessive: Bool,
         quote: Int, isQuoteMark: Bool, initial: Bool, sentence: Int, lex: CastLexicon.Class = []) {
        self.form = form
        self.word = word
        para32 = Int32(para)
        start32 = Int32(start)
        quote32 = Int32(quote)
        sentence32 = Int32(sentence)
        self.lex = lex
        self.isWord = isWord
        self.cap = cap
        self.allCaps = allCaps
        self.possessive = possessive
        self.isQuoteMark = isQuoteMark
        self.initial = initial
    }

    @inline(__always) func has(_ c: CastLexicon.Class) -> Bool { lex.contains(c) }
}

/// A token-indexed map to small ints ("the name span starting here"), as a flat array.
struct TokenIndex {
    var a: [Int32] = []
    init() {}
    init(count: Int) { a = Array(repeating: -1, count: count) }
    subscript(i: Int) -> Int? {
        get { i >= 0 && i < a.count && a[i] >= 0 ? Int(a[i]) : nil }
        set { if i >= 0 && i < a.count { a[i] = Int32(newValue ?? -1) } }
    }
}
