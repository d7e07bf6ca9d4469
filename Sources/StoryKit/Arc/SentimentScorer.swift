/// VADER-style valence of one sentence, in [-1, 1].
///
/// Follows the published rules: lexicon lookup; intensifiers and dampeners in the three words
/// before (scaled 1, 0.95, 0.9); negation in those words flips by -0.74; ALL-CAPS words in a
/// mixed-case sentence add 0.733; words after "but" weigh 1.5 and before it 0.5; "!" adds
/// emphasis; the sum is normalised with x/√(x²+15).
///
/// Sentences are read by `VaderTokenizer` and their words looked up once each (`VaderWord`);
/// text it does not model takes the `Character` path (`words`, `word`), which defines the rules
/// and gives the same values bit for bit.
public enum SentimentScorer {
    static let boostIncrement = 0.293
    static let capsIncrement = 0.733
    static let negationScalar = -0.74
    static let alpha = 15.0

    static let boosters: [String: Double] = {
        var d: [String: Double] = [:]
        for w in SentimentWords.boosters { d[w] = boostIncrement }
        for w in SentimentWords.dampeners { d[w] = -boostIncrement }
        return d
    }()

    static func isNegation(_ w: String) -> Bool { SentimentWords.negations.contains(w) || w.hasSuffix("n't") }

    /// The words of a sentence as VADER sees them: split on spaces and dashes, edge punctuation
    /// stripped, one-letter words dropped; each with its original case.
    static func words(_ text: String) -> [Substring] {
        var out: [Substring] = []
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "—" || $0 == "–" || $0 == "\n" || $0 == "\t" }) {
            var s = piece
            while let f = s.first, !f.isLetter, !f.isNumber { s = s.dropFirst() }
            while let l = s.last, !l.isLetter, !l.isNumber { s = s.dropLast() }
            if s.count > 1 { out.append(s) }
        }
        return out
    }

    /// Valence of `text` in [-1, 1].
    public static func valence(_ text: String) -> Double {
        var tokenizer = VaderTokenizer()
        return valence(TextSpan(text), reusing: &tokenizer)
    }

    /// Valence of `text`, reusing the buffers of `tokenizer` (one per story, not per sentence).
    static func valence(_ text: TextSpan, reusing tokenizer: inout VaderTokenizer) -> Double {
        guard tokenizer.scan(text) else { return valence(text.string, lexicon: tokenizer.table.lexicon) }
        let bangs = tokenizer.bangs
        return tokenizer.withWords { score($0, bangs: bangs) }
    }

    /// Valence of `text` with another lexicon; the general path, which reads `Character`s and
    /// looks words up by `String`.
    public static func valence(_ text: String, lexicon: [String: Double]) -> Double {
        let bangs = text.reduce(0) { $0 + ($1 == "!" ? 1 : 0) }
        return score(words(text).map { word($0, lexicon: lexicon) }, bangs: bangs)
    }

    /// One word as the rules see it: lower-cased, curly apostrophes folded, looked up by `String`.
    static func word(_ w: Substring, lexicon: [String: Double]) -> VaderWord {
        let l = w.lowercased()
        let lower = l.utf8.contains(0xE2) ? String(l.map { $0 == "’" ? "'" : $0 }) : l
        let caps = w.contains(where: \.isLetter) && w.allSatisfy { !$0.isLetter || $0.isUppercase }
        return VaderWord(valence: lexicon[lower], boost: boosters[lower], negation: isNegation(lower),
                         but: lower == "but", caps: caps)
    }

    /// The rules over the words of a sentence with `bangs` exclamation marks.
    static func score(_ words: [VaderWord], bangs: Int) -> Double {
        words.withUnsafeBufferPointer { score($0, bangs: bangs) }
    }

    static func score(_ words: UnsafeBufferPointer<VaderWord>, bangs: Int) -> Double {
        guard !words.isEmpty else { return 0 }
        let capDiff = words.contains { $0.caps } && words.contains { !$0.caps }
        let but = words.firstIndex { $0.but }
        // Summed in word order, zeros included, so the result is bit for bit the published sum.
        var sum = 0.0
        for i in words.indices {
            let w = words[i]
            guard w.boost == nil, var v = w.valence else { continue }
            if w.caps && capDiff { v += v > 0 ? capsIncrement : -capsIncrement }
            for back in 0..<3 where i > back {
                let prev = words[i - back - 1]
                if prev.valence == nil, let b = prev.boost {
                    var s = v < 0 ? -b : b
                    if prev.caps && capDiff { s += v > 0 ? capsIncrement : -capsIncrement }
                    v += s * (back == 0 ? 1 : back == 1 ? 0.95 : 0.9)
                }
                if prev.negation { v *= negationScalar }
            }
            if let but, v != 0 { v *= i < but ? 0.5 : i > but ? 1.5 : 1 }
            sum += v
        }
        if sum != 0 {
            sum += (sum > 0 ? 1 : -1) * Double(min(4, bangs)) * 0.292
        }
        return max(-1, min(1, sum / (sum * sum + alpha).squareRoot()))
    }
}
