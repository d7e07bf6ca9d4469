/// Splits a sentence into VADER's words in one pass over its Unicode scalars, without a `String`
/// per word; its buffers are reused from sentence to sentence.
///
/// The rules are defined over `Character`s (see `SentimentScorer.words`): split on spaces and
/// dashes, strip edge characters that are neither letter nor number, drop one-character words.
/// Where every scalar is a character of its own, scalars give the same words, so `scan` handles
/// text made only of such scalars (ASCII without CR, Latin letters, general punctuation, currency
/// and letter-like symbols) and returns false on anything else (combining marks, emoji, CR LF),
/// leaving that sentence to the `Character` path. ASCII words (with ’ read as ') are looked up
/// by their bytes; words with other letters go through `SentimentScorer.word`, as before.
struct VaderTokenizer {
    /// The words of the last scanned sentence.
    private(set) var words: [VaderWord] = []
    /// "!" in the last scanned sentence.
    private(set) var bangs = 0
    /// Where words are looked up.
    let table = VaderTable.shared
    private var piece: [Unicode.Scalar] = []
    private var lower: [UInt8] = []

    init() {
        words.reserveCapacity(64)
        piece.reserveCapacity(32)
        lower.reserveCapacity(32)
    }

    /// Reads `text` into `words` and `bangs`; false when the text needs the `Character` path.
    mutating func scan(_ text: Substring) -> Bool {
        words.removeAll(keepingCapacity: true)
        piece.removeAll(keepingCapacity: true)
        bangs = 0
        for sc in text.unicodeScalars {
            switch sc.value {
            case 0x20, 0x0A, 0x09, 0x2013, 0x2014:   // space, newline, tab, en and em dash
                endPiece()
            case 0x0D:                               // CR LF is one Character
                return false
            case 0x21:
                bangs += 1
                piece.append(sc)
            case 0..<0x80:
                piece.append(sc)
            default:
                guard Self.standsAlone(sc.value) else { return false }
                piece.append(sc)
            }
        }
        endPiece()
        return true
    }

    /// Scalars that never join a neighbour into one grapheme cluster (no combining marks,
    /// joiners, emoji modifiers, Hangul jamo or regional indicators).
    static func standsAlone(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0x2FF,       // Latin-1 Supplement, Latin Extended-A/B, IPA, modifier letters
             0x1E00...0x1EFF,    // Latin Extended Additional
             0x2000...0x200A,    // spaces
             0x2010...0x2027,    // dashes, quotation marks, bullets, ellipsis
             0x2030...0x205E,    // per mille, primes, guillemets and other punctuation
             0x20A0...0x20BF,    // currency
             0x2100...0x218F:    // letter-like symbols, number forms
            return true
        default:
            return false
        }
    }

    /// Letter or number, as `Character.isLetter || isNumber` read them.
    @inline(__always)
    static func isWordScalar(_ sc: Unicode.Scalar) -> Bool {
        let v = sc.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return sc.properties.isAlphabetic || sc.properties.numericType != nil
    }

    private mutating func endPiece() {
        defer { piece.removeAll(keepingCapacity: true) }
        var lo = 0, hi = piece.count
        while lo < hi, !Self.isWordScalar(piece[lo]) { lo += 1 }
        while hi > lo, !Self.isWordScalar(piece[hi - 1]) { hi -= 1 }
        guard hi - lo > 1 else { return }
        lower.removeAll(keepingCapacity: true)
        var hasLetter = false, hasLowerLetter = false
        for k in lo..<hi {
            let v = piece[k].value
            if v >= 0x41 && v <= 0x5A {
                hasLetter = true
                lower.append(UInt8(v) + 0x20)
            } else if v < 0x80 {
                if v >= 0x61 && v <= 0x7A { hasLetter = true; hasLowerLetter = true }
                lower.append(UInt8(v))
            } else if v == 0x2019 {
                lower.append(0x27)
            } else {
                // Letters beyond ASCII: case mapping and lookup by String, exactly as the rules say.
                var s = ""
                s.unicodeScalars.append(contentsOf: piece[lo..<hi])
                words.append(SentimentScorer.word(s[...], lexicon: table.lexicon))
                return
            }
        }
        words.append(table.word(lower, caps: hasLetter && !hasLowerLetter))
    }
}
