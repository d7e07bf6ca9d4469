/// The word lists' ASCII words, keyed by their bytes, for the tokenizer.
///
/// Why: every new word of a story asked `CastLexicon.classes[String]`, which builds a `String`
/// and runs SipHash over it. An ASCII word can only equal (`==`) an ASCII key with the same
/// bytes, so for ASCII words a `WordTable` probe over the bytes gives the same answer. Non-ASCII
/// words keep the `String` look-up (canonical equivalence).
extension CastLexicon {
    /// The ASCII words of `classes` in a `WordTable`, and each one's classes by its number.
    private static let ascii: (words: WordTable.Frozen, classes: [Class]) = {
        var words = WordTable(capacity: classes.count)
        var out: [Class] = []
        for (key, c) in classes where key.utf8.allSatisfy({ $0 < 0x80 }) {
            words.insert(key)
            out.append(c)
        }
        return (words.frozen, out)
    }()

    /// The classes of ASCII bytes `w` whose `WordTable.hash` is `h`.
    @inline(__always) static func asciiClasses(of w: UnsafeBufferPointer<UInt8>, hash h: UInt32) -> Class {
        let n = ascii.words.find(w, hash: h)
        return n < 0 ? [] : ascii.classes[Int(n)]
    }

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
