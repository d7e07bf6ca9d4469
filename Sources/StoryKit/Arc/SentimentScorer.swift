/// VADER-style valence of one sentence, in [-1, 1].
///
/// Follows the published rules: lexicon lookup; intensifiers and dampeners in the three words
/// before (scaled 1, 0.95, 0.9); negation in those words flips by -0.74; ALL-CAPS words in a
/// mixed-case sentence add 0.733; words after "but" weigh 1.5 and before it 0.5; "!" adds
/// emphasis; the sum is normalised with x/√(x²+15).
///
/// The words are the document's tokens (`StoryTokens`), one-character words dropped, so the
/// arc reads no text of its own. Where VADER's own tokenizer would keep a word whole ("kind-
/// hearted", "him/her") the tokens split it; `VaderReferenceTests` holds the published
/// tokenizer and checks that, elsewhere, the values are the same bit for bit.
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

    /// Valence of `text` read as one sentence.
    public static func valence(_ text: String) -> Double {
        let seg = Segmenter.segment(Paragraphs([text]))
        let tokens = StoryTokens.read(Paragraphs([text]), segments: seg)
        var bangs = 0
        for b in text.utf8 where b == 0x21 { bangs += 1 }
        var words: [VaderWord] = []
        return valence(tokens.tokens[...], bangs: bangs, into: &words)
    }

    /// Valence of the sentence whose words are `tokens`, with `bangs` exclamation marks;
    /// `words` is scratch, reused from sentence to sentence.
    static func valence(_ tokens: ArraySlice<Token>, bangs: Int, into words: inout [VaderWord]) -> Double {
        words.removeAll(keepingCapacity: true)
        let table = VaderTable.shared
        for t in tokens { if let w = table.word(t) { words.append(w) } }
        return score(words, bangs: bangs)
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
