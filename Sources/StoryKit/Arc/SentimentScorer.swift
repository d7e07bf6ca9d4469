/// VADER-style valence of one sentence, in [-1, 1].
///
/// Follows the published rules: lexicon lookup; intensifiers and dampeners in the three words
/// before (scaled 1, 0.95, 0.9); negation in those words flips by -0.74; ALL-CAPS words in a
/// mixed-case sentence add 0.733; words after "but" weigh 1.5 and before it 0.5; "!" adds
/// emphasis; the sum is normalised with x/√(x²+15).
public enum SentimentScorer {
    static let boostIncrement = 0.293
    static let capsIncrement = 0.733
    static let negationScalar = -0.74
    static let alpha = 15.0

    static let boosters: [String: Double] = {
        var d: [String: Double] = [:]
        for w in ["absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "enormously",
                  "entirely", "especially", "exceptionally", "extremely", "fabulously", "fully", "greatly", "highly", "hugely",
                  "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite", "really",
                  "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously", "unbelievably", "unusually",
                  "utterly", "very"] { d[w] = boostIncrement }
        for w in ["almost", "barely", "hardly", "kinda", "less", "little", "marginally", "occasionally", "partly",
                  "scarcely", "slightly", "somewhat", "sorta"] { d[w] = -boostIncrement }
        return d
    }()

    static let negations: Set<String> = ["not", "never", "no", "none", "nope", "nor", "nothing", "nowhere", "neither",
                                         "without", "rarely", "seldom", "despite", "cannot", "aint", "cant", "dont",
                                         "didnt", "doesnt", "isnt", "wasnt", "wont", "wouldnt", "couldnt", "shouldnt"]

    static func isNegation(_ w: String) -> Bool { negations.contains(w) || w.hasSuffix("n't") }

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
    public static func valence(_ text: String, lexicon: [String: Double] = VaderLexicon.shared) -> Double {
        let raw = words(text)
        guard !raw.isEmpty else { return 0 }
        let lower = raw.map { w -> String in
            let l = w.lowercased()
            return l.utf8.contains(0xE2) ? String(l.map { $0 == "’" ? "'" : $0 }) : l
        }
        let caps = raw.map { w in w.contains(where: \.isLetter) && w.allSatisfy { !$0.isLetter || $0.isUppercase } }
        let capDiff = caps.contains(true) && caps.contains(false)
        var sentiments = Array(repeating: 0.0, count: raw.count)
        for i in raw.indices {
            let w = lower[i]
            if boosters[w] != nil { continue }
            guard var v = lexicon[w] else { continue }
            if caps[i] && capDiff { v += v > 0 ? capsIncrement : -capsIncrement }
            for back in 0..<3 where i > back {
                let j = i - back - 1
                if lexicon[lower[j]] == nil, let b = boosters[lower[j]] {
                    var s = v < 0 ? -b : b
                    if caps[j] && capDiff { s += v > 0 ? capsIncrement : -capsIncrement }
                    v += s * (back == 0 ? 1 : back == 1 ? 0.95 : 0.9)
                }
                if isNegation(lower[j]) { v *= negationScalar }
            }
            sentiments[i] = v
        }
        if let but = lower.firstIndex(where: { $0 == "but" }) {
            for i in sentiments.indices where sentiments[i] != 0 {
                sentiments[i] *= i < but ? 0.5 : i > but ? 1.5 : 1
            }
        }
        var sum = sentiments.reduce(0, +)
        if sum != 0 {
            let bangs = min(4, text.reduce(0) { $0 + ($1 == "!" ? 1 : 0) })
            sum += (sum > 0 ? 1 : -1) * Double(bangs) * 0.292
        }
        return max(-1, min(1, sum / (sum * sum + alpha).squareRoot()))
    }
}
