/// Splits a sentence into VADER's words in one pass over its UTF-8 bytes, without a `String`
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
    /// The words of the last scanned sentence are `storage[..<count]`: written in place, as
    /// an `append` per word cost more than looking the word up.
    private var storage: [VaderWord] = []
    private var count = 0
    /// "!" in the last scanned sentence.
    private(set) var bangs = 0
    /// Where words are looked up.
    let table = VaderTable.shared
    /// Scratch for a word's folded bytes; never shorter than the sentence being read.
    private var lower: [UInt8] = []

    init() {}

    /// The words of the last scanned sentence.
    var words: ArraySlice<VaderWord> { storage[..<count] }

    /// Calls `body` with the words of the last scanned sentence.
    func withWords<R>(_ body: (UnsafeBufferPointer<VaderWord>) -> R) -> R {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// Reads `text` into `words` and `bangs`; false when the text needs the `Character` path.
    mutating func scan(_ text: TextSpan) -> Bool {
        var out = storage, scratch = lower
        storage = []; lower = []
        defer { storage = out; lower = scratch }
        let from = Int(text.utf8Start), to = Int(text.utf8End)
        if scratch.count < to - from { scratch = [UInt8](repeating: 0, count: max(64, to - from)) }
        // A word has two scalars or more, so there are at most half as many words as bytes.
        let most = (to - from) / 2 + 1
        if out.count < most {
            out = [VaderWord](repeating: VaderWord(valence: nil, boost: nil, negation: false, but: false, caps: false),
                              count: max(64, most))
        }
        // Locals, not `self`: a closure reading `self` copies the whole tokenizer per word.
        var bangs = 0, count = 0
        let table = self.table
        let ok = ByteText.withBytes(text.source) { u in
            scratch.withUnsafeMutableBufferPointer { l in
                out.withUnsafeMutableBufferPointer { o in
                    var pieceStart = from, i = from
                    while i < to {
                        let b = u[i]
                        if b < 0x80 {
                            switch b {
                            case 0x20, 0x0A, 0x09:                   // space, newline, tab
                                Self.endPiece(u, pieceStart, i, l.baseAddress!, table, o.baseAddress!, &count)
                                pieceStart = i + 1
                            case 0x0D: return false                  // CR LF is one Character
                            case 0x21: bangs += 1
                            default: break
                            }
                            i += 1
                            continue
                        }
                        let (v, length) = ByteText.scalar(at: i, in: u)
                        if v == 0x2013 || v == 0x2014 {              // en and em dash
                            Self.endPiece(u, pieceStart, i, l.baseAddress!, table, o.baseAddress!, &count)
                            pieceStart = i + length
                        } else if !Self.standsAlone(v) {
                            return false
                        }
                        i += length
                    }
                    Self.endPiece(u, pieceStart, to, l.baseAddress!, table, o.baseAddress!, &count)
                    return true
                }
            }
        }
        self.bangs = bangs
        self.count = count
        return ok
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
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v &- 0x30 < 10) || ((v | 0x20) &- 0x61 < 26) }
        // Dashes, quotation marks, bullets and the ellipsis: punctuation, and the commonest.
        if v &- 0x2010 < 0x18 { return false }
        return isWordScalarBeyondASCII(v)
    }

    /// Kept out of line: inlined, the property lookups' type metadata was fetched for every word.
    @inline(never)
    private static func isWordScalarBeyondASCII(_ v: UInt32) -> Bool {
        guard let sc = Unicode.Scalar(v) else { return false }
        return sc.properties.isAlphabetic || sc.properties.numericType != nil
    }

    static func isWordScalar(_ sc: Unicode.Scalar) -> Bool { isWordScalar(sc.value) }

    /// Appends the word of the piece `u[start..<end]`, if it has one: edge scalars that are
    /// neither letter nor number stripped, one scalar alone dropped, ASCII letters folded.
    private static func endPiece(_ u: ByteText.Bytes, _ start: Int, _ end: Int, _ l: UnsafeMutablePointer<UInt8>,
                                 _ table: VaderTable, _ out: UnsafeMutablePointer<VaderWord>, _ count: inout Int) {
        var lo = start, hi = end
        while lo < hi {
            let (v, length) = ByteText.scalar(at: lo, in: u)
            if Self.isWordScalar(v) { break }
            lo += length
        }
        while hi > lo {
            let s = u[hi - 1] < 0x80 ? hi - 1 : ByteText.scalarStart(before: hi, in: u)
            if Self.isWordScalar(ByteText.scalar(at: s, in: u).value) { break }
            hi = s
        }
        guard hi > lo, hi - lo > ByteText.scalar(at: lo, in: u).length else { return }
        var n = 0, k = lo
        var hasLetter = false, hasLowerLetter = false
        while k < hi {
            let b = u[k]
            if b &- 0x41 < 26 {
                hasLetter = true
                l[n] = b | 0x20
            } else if b < 0x80 {
                if b &- 0x61 < 26 { hasLetter = true; hasLowerLetter = true }
                l[n] = b
            } else if b == 0xE2, u[k + 1] == 0x80, u[k + 2] == 0x99 {   // ’
                l[n] = 0x27
                k += 2
            } else {
                // Letters beyond ASCII: case mapping and lookup by String, exactly as the rules say.
                let s = String(decoding: UnsafeBufferPointer(rebasing: u[lo..<hi]), as: UTF8.self)
                out[count] = SentimentScorer.word(s[...], lexicon: table.lexicon)
                count += 1
                return
            }
            n += 1
            k += 1
        }
        out[count] = table.word(UnsafeBufferPointer(start: l, count: n), caps: hasLetter && !hasLowerLetter)
        count += 1
    }
}
