/// Entities → the narrator's sex, when no one calls them "Mom" or "Dad". Last: it reads the
/// leaver's sex, which the walks and parent words settle.
struct NarratorGender {
    let story: CastText
    let t: [CastToken]
    let leaver: Int?
    var ents: EntityTable

    static func infer(_ ents: EntityTable, text: CastText, leaver: Int?) -> EntityTable {
        var n = NarratorGender(story: text, t: text.tokens, leaver: leaver, ents: ents)
        n.infer()
        return n.ents
    }

    /// The narrator's sex when no one calls them "Mom" or "Dad": what they say they are ("I
    /// became a mom at twenty-one", "as a single father"), else the other sex of the partner
    /// they were with (the genre's couples are mostly a man and a woman; a story that says
    /// otherwise, by "Mom" or "Dad" or "I was a father", wins).
    private mutating func infer() {
        guard ents[0].statedGender == nil else { return }
        for (i, tok) in t.enumerated() where tok.isWord && tok.quote < 0 && tok.has(.firstPerson) {
            // "I was a single mother", "I became a mom", "I'm a dad": the head within four words.
            guard SelfDescription.subjects.contains(lower(i)) else { continue }
            var k = i + 1
            guard k < t.count, t[k].sentence == tok.sentence else { continue }
            if lower(i) == "i", SelfDescription.verbs.contains(lower(k)) {
                k += 1
                // "I had been a mother"; not "I had a husband", "I had a man who held my hand":
                // what one has is the partner, not the narrator.
                if lower(k - 1) == "had" {
                    guard k < t.count, lower(k) == "been" else { continue }
                    k += 1
                }
            }
            guard k < t.count, Determiners.articles.contains(lower(k)) else { continue }
            for j in (k + 1)..<min(t.count, k + 4) where t[j].sentence == tok.sentence && t[j].isWord {
                if let g = SelfDescription.nouns[lower(j)] { ents[0].statedGender = g; return }
            }
        }
        if let l = leaver.map({ ents.find($0) }), l != 0, let g = ents.gender(l) {
            ents[0].statedGender = g == .male ? .female : .male
        }
    }

    func lower(_ k: Int) -> String { story.lower(k) }
}
