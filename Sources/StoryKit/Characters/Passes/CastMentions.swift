/// Everything fixed before the walks: the text, its name spans and whom each names, its role
/// phrases, and each quote's speech tag. The walks, the roles and the quote rules read it;
/// none changes it, so the second walk sees what the first saw.
struct CastMentions {
    let text: CastText
    let names: NameSpans
    /// Per name span: the entity it names (nil: not a person).
    let spanEntity: [Int?]
    let nouns: RoleNounMentions
    /// Per quote: the subject token of its explicit tag and the cue (`QuoteTagReader`).
    private(set) var tags: [(Int, AttributedQuote.Cue)?] = []

    init(text: CastText, names: NameSpans, spanEntity: [Int?], nouns: RoleNounMentions) {
        self.text = text
        self.names = names
        self.spanEntity = spanEntity
        self.nouns = nouns
        tags = text.quotes.indices.map { QuoteTagReader.tag(of: $0, in: self) }
    }

    /// The entity of the name span starting at token `k`, if it names a person.
    func entity(startingAt k: Int) -> Int? {
        guard let s = names.startingAt[k] else { return nil }
        return spanEntity[s]
    }

    /// A subject token that can name a speaker: a pronoun, a name, a role phrase.
    func isSubject(_ k: Int) -> Bool {
        let t = text.tokens
        guard k >= 0, k < t.count, t[k].isWord else { return false }
        if t[k].has(.subjectPronouns) { return true }
        if entity(startingAt: k) != nil { return true }
        if nouns.startingAt[k] != nil { return true }
        return false
    }

    /// The last token of the name or role phrase starting at `k` (`k` itself otherwise).
    func subjectEnd(_ k: Int) -> Int {
        if let s = names.startingAt[k] { return names.spans[s].last }
        if let m = nouns.startingAt[k] { return nouns.nouns[m].last }
        return k
    }

    /// The first token of a subject ending at `k`: a name, a role phrase, a pronoun.
    func subjectStart(endingAt k: Int) -> Int? {
        let t = text.tokens
        guard k >= 0, k < t.count, t[k].isWord else { return nil }
        if let s = names.endingAt[k], spanEntity[s] != nil { return names.spans[s].first }
        if let m = nouns.endingAt[k] { return nouns.nouns[m].first }
        if t[k].has(.subjectPronouns) { return k }
        let l = text.lower(k)
        if l == "his" || l == "her" { return k }
        return nil
    }

    /// First person named in the first words of the sentence that starts at or contains `k`.
    func sentenceSubject(from k: Int, para: Int, maxWords: Int = 5) -> Int? {
        let t = text.tokens
        var k = k
        var words = 0
        while k < t.count, t[k].para == para, t[k].quote < 0, words < maxWords {
            if t[k].isWord {
                if entity(startingAt: k) != nil { return k }
                if nouns.startingAt[k] != nil { return k }
                if t[k].has(.firstPerson) || t[k].has(.malePronouns) || t[k].has(.femalePronouns) { return k }
                words += 1
            }
            k += 1
        }
        return nil
    }

    /// The first token of the last clause of `from...to` that opens with `, and` / `, then` /
    /// `, but` (after the conjunction), or nil when the stretch is one clause.
    func lastClause(from: Int, to end: Int) -> Int? {
        guard end - from >= 3 else { return nil }
        let t = text.tokens
        var j = end - 1
        while j > from {
            if t[j].isWord, text.text(j - 1) == ",", CastWords.clauseConjunctions.contains(text.lower(j)) {
                var c = j + 1
                if c <= end, text.lower(c) == "then" { c += 1 }
                return c <= end ? c : nil
            }
            j -= 1
        }
        return nil
    }
}
