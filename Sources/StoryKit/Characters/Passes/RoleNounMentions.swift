/// The role phrases of a story ("my ex-husband", "Daniel’s mother"), with the phrase that
/// starts or ends at each token.
struct RoleNounMentions {
    var nouns: [RoleNounMention] = []
    var startingAt = TokenIndex()
    var endingAt = TokenIndex()

    /// Tokens and the accepted names → role phrases. After names: "Daniel’s mother" needs to
    /// know that Daniel is a person.
    static func find(_ text: CastText, names: NameSpans, spanEntity: [Int?], title: TitleFacts) -> RoleNounMentions {
        let t = text.tokens
        let ending = names.endingAt
        var out = RoleNounMentions(startingAt: TokenIndex(count: t.count), endingAt: TokenIndex(count: t.count))
        out.nouns = RoleNounFinder.find(t, text.vocab, partnerGender: partnerGenderGuess(text, title: title), possessiveNameAt: { i in
            if let s = ending[i] { return spanEntity[s] != nil }
            return false
        })
        for (i, m) in out.nouns.enumerated() { out.startingAt[m.first] = i; out.endingAt[m.last] = i }
        return out
    }

    /// The partner's sex before any character exists: "my husband" and the like, else the
    /// headline, else the pronoun the narration uses most. (It decides which "another man"
    /// is the rival.)
    static func partnerGenderGuess(_ text: CastText, title: TitleFacts) -> Gender? {
        var male = 0, female = 0, he = 0, she = 0
        for (i, tok) in text.tokens.enumerated() where tok.isWord && tok.quote < 0 {
            if tok.has(.roleHeads), i > 0, ["my", "our"].contains(text.lower(i - 1)),
               let head = RoleNouns.heads[text.lower(i)], head.category == .partner, let g = head.gender {
                if g == .male { male += 1 } else { female += 1 }
            }
            if tok.has(.subjectPronouns) {
                let w = text.lower(i)
                if w == "he" { he += 1 } else if w == "she" { she += 1 }
            }
        }
        if male != female { return male > female ? .male : .female }
        if let g = title.partnerGender { return g }
        if he != she { return he > she ? .male : .female }
        return nil
    }
}
