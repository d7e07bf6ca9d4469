/// Cuts sentences into `Token`s in one pass over their Unicode scalars.
///
/// A word is a run of letters and digits with inner apostrophes (’ read as '); the buffers live
/// across sentences, and an ASCII word is numbered by probing the vocabulary with its bytes, so
/// the only `String` made per word is the token's small (inline) text.
struct TokenScanner {
    private(set) var tokens: [Token] = []
    private let vocabulary = Vocabulary.shared
    /// The current word's bytes, lower-cased as they come when it is ASCII.
    private var word: [UInt8] = []
    private var wordStart = 0
    private var hasUpper = false, hasLower = false, ascii = true, capital = false
    // The sentence being scanned.
    private var sentence = 0, paragraph = 0, position = 0, base = 0
    private var quotes: [Range<Int>] = []

    init(capacity: Int) {
        tokens.reserveCapacity(capacity)
        word.reserveCapacity(32)
    }

    /// Appends the words of `s`, the sentence numbered `index`; `quotes` are its paragraph's.
    mutating func scan(_ s: Sentence, index: Int, quotes: [Range<Int>]) {
        sentence = index
        paragraph = s.paragraph - 1
        position = 0
        base = s.range.lowerBound
        self.quotes = quotes
        // `offset` counts UTF-16 units, as quote ranges do.
        var offset = 0
        for sc in s.slice.unicodeScalars {
            let v = sc.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 0x41 && b <= 0x5A {
                    startWord(offset)
                    if word.isEmpty { capital = true }
                    hasUpper = true
                    word.append(b + 0x20)
                } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    startWord(offset)
                    if b >= 0x61 { hasLower = true }
                    word.append(b)
                } else if b == 0x27 && !word.isEmpty {
                    word.append(b)
                } else if !word.isEmpty {
                    flush()
                }
                offset += 1
                continue
            }
            if v == 0x2019 {
                if !word.isEmpty { word.append(0x27) }
            } else if sc.properties.isAlphabetic {
                startWord(offset)
                if word.isEmpty { capital = sc.properties.isUppercase }
                ascii = false
                if sc.properties.isUppercase { hasUpper = true } else if sc.properties.isLowercase { hasLower = true }
                // Kept as written: a word beyond ASCII is lower-cased by `String` at its end.
                word.append(contentsOf: sc.utf8)
            } else if !word.isEmpty {
                flush()
            }
            offset += v > 0xFFFF ? 2 : 1
        }
        flush()
    }

    @inline(__always)
    private mutating func startWord(_ offset: Int) {
        if word.isEmpty { wordStart = offset }
    }

    private mutating func flush() {
        defer {
            word.removeAll(keepingCapacity: true)
            hasUpper = false; hasLower = false; ascii = true; capital = false
        }
        while let last = word.last, last == 0x27 { word.removeLast() }
        guard !word.isEmpty else { return }
        let lower: String
        let id: Int32
        if ascii {
            lower = String(decoding: word, as: UTF8.self)
            id = Vocabulary.id(ascii: word, in: vocabulary)
        } else {
            // Lower-case ASCII letters went in lower-cased; String.lowercased() leaves them alone.
            lower = String(decoding: word, as: UTF8.self).lowercased()
            id = vocabulary.ids[lower] ?? -1
        }
        let at = base + wordStart
        tokens.append(Token(text: lower, capitalized: capital, shouted: word.count > 1 && hasUpper && !hasLower,
                            quoted: quotes.contains { $0.contains(at) }, sentence: sentence, paragraph: paragraph,
                            position: position, id: id, lex: id >= 0 ? vocabulary.valence[Int(id)] : 0,
                            classes: id >= 0 ? vocabulary.classes[Int(id)] : []))
        position += 1
    }
}
