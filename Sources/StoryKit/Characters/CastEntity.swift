/// A character while the cast is being built: every name form, role noun and mention the rules
/// tie to it. Entities are merged (union-find in `EntityTable`) as links are found, so one person
/// met as "my husband", "John" and "Daddy" ends as one `CastMember`.
struct CastEntity {
    var isNarrator = false
    /// Proper-name spans, as written ("Victor Hale", "Victor", "Ms. Reyes").
    var nameForms: [String] = []
    /// Role-noun phrases, as written, determiner lowercased ("my husband", "our six-year-old son").
    var nouns: [String] = []
    /// Parent words used as names for them ("Daddy", "Mom").
    var parentWords: [String] = []
    /// What each role noun tied to them says, and whose it is (an entity id at the time).
    var links: [NounLink] = []
    var maleVotes = 0
    var femaleVotes = 0
    /// Gender the text states outright (a title, a gendered noun); wins over pronoun votes.
    var statedGender: Gender?
    var mentions = 0
    var quotes = 0
    var paragraphs = ParagraphSet()
    /// First token index that refers to them (orders the cast).
    var firstToken = Int.max
    /// Child words ("school", "puzzle") in sentences about them.
    var childCues = 0
    /// Called the narrator "Mom"/"Daddy" in a confirmed exchange.
    var callsNarratorParent = false
    /// "X from next door": a neighbour.
    var neighborHint = false
    /// "X and I had been together": the narrator's partner.
    var coupleHint = false
    /// "X left me", "X never came back", "X's things were gone": the partner by the leaving,
    /// which outranks "X and I have been together" (as often the narrator's new love).
    var leftHint = false
    var plural = false
    /// Times they act on the narrator in narration ("Desmond dragged me to his bowling league").
    var actsOnNarrator = 0

    var gender: Gender? {
        if let statedGender { return statedGender }
        if maleVotes > femaleVotes { return .male }
        if femaleVotes > maleVotes { return .female }
        return nil
    }

    mutating func absorb(_ o: CastEntity) {
        isNarrator = isNarrator || o.isNarrator
        for n in o.nameForms where !nameForms.contains(n) { nameForms.append(n) }
        for n in o.nouns where !nouns.contains(where: { $0.lowercased() == n.lowercased() }) { nouns.append(n) }
        for n in o.parentWords where !parentWords.contains(n) { parentWords.append(n) }
        links += o.links
        maleVotes += o.maleVotes
        femaleVotes += o.femaleVotes
        if statedGender == nil { statedGender = o.statedGender }
        mentions += o.mentions
        quotes += o.quotes
        paragraphs.formUnion(o.paragraphs)
        firstToken = min(firstToken, o.firstToken)
        childCues += o.childCues
        callsNarratorParent = callsNarratorParent || o.callsNarratorParent
        neighborHint = neighborHint || o.neighborHint
        coupleHint = coupleHint || o.coupleHint
        leftHint = leftHint || o.leftHint
        plural = plural || o.plural
        actsOnNarrator += o.actsOnNarrator
    }
}

/// One role noun's claim about an entity: "my husband" is (partner, narrator).
struct NounLink: Equatable {
    var category: NounCategory
    var slot: String
    var owner: Int?
}
