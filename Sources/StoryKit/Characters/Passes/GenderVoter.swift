/// Named entities → the same with pronoun votes: each "he"/"she" after a name, while that is
/// the only name in view (this sentence and the two before), counts for its gender. Before
/// the walks, which resolve pronouns by gender.
enum GenderVoter {
    static func vote(_ text: CastText, names: NameSpans, named: NamedEntities) -> EntityTable {
        let t = text.tokens
        var ents = named.entities
        var lastNames: [(sentence: Int, entity: Int)] = []
        for (i, tok) in t.enumerated() where tok.quote < 0 && tok.isWord {
            if let s = names.startingAt[i], let e = named.spanEntity[s], e != 0 {
                lastNames.append((tok.sentence, e))
                continue
            }
            // "her" is as often someone else's object as the subject's possessive: not counted.
            let male = tok.has(.malePronouns)
            let female = tok.has(.femalePronouns) && text.lower(i) != "her"
            guard male || female else { continue }
            if male, text.lower(i) == "him" { continue }
            // The one entity named in view, if exactly one is (a loop, not a filter and a Set).
            var only: Int? = nil
            var several = false
            for n in lastNames where n.sentence >= tok.sentence - 2 {
                if let o = only, o != n.entity { several = true; break }
                only = n.entity
            }
            if !several, let e = only {
                if male { ents[e].maleVotes += 1 } else { ents[e].femaleVotes += 1 }
            }
            if lastNames.count > 8 { lastNames.removeFirst(lastNames.count - 8) }
        }
        return ents
    }
}
