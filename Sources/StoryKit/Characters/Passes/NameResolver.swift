/// Which name spans are people, and who each is: the narrator (entity 0) and one entity per
/// person named.
struct NamedEntities {
    var entities: EntityTable
    /// Per name span: the entity it names (nil: not a person).
    var spanEntity: [Int?]
}

/// Name spans → named entities. Keeps the spans that act as people, merges short forms
/// ("Victor" → "Victor Hale", "Ms. Reyes" → "Gloria Reyes") and finds the narrator's name.
/// Before role phrases and the walks: they ask whom a name stands for.
struct NameResolver {
    let story: CastText
    let t: [CastToken]
    let spans: [NameSpan]
    let spanEndingAt: TokenIndex
    /// Each quote's speech tag as read before any name is accepted: only pronouns are
    /// subjects yet ("“…,” I said" marks the narrator's own lines).
    let tags: [(Int, AttributedQuote.Cue)?]
    var ents = EntityTable()

    static func resolve(_ text: CastText, names: NameSpans) -> NamedEntities {
        let none = CastMentions(text: text, names: names, spanEntity: Array(repeating: nil, count: names.spans.count), nouns: RoleNounMentions())
        var r = NameResolver(story: text, t: text.tokens, spans: names.spans, spanEndingAt: names.endingAt, tags: none.tags)
        return r.run()
    }

    private mutating func run() -> NamedEntities {
        var keyEntity: [String: Int] = [:]
        var narratorKeys: Set<String> = []
        var byKey: [String: [Int]] = [:]
        for (i, s) in spans.enumerated() { byKey[s.key, default: []].append(i) }
        var acceptedKeys: [String] = []
        var spanStartingAt: [Int: Int] = [:]
        for (i, s) in spans.enumerated() { spanStartingAt[s.first] = i }
        for (key, idx) in byKey {
            // By index: copying a span retains its three strings.
            let s0 = spans[idx[0]]
            let single = s0.tokenCount == 1 && !s0.titled
            if single, NotNames.cast.contains(s0.words[0]) { continue }
            // "He'd lost his job.", "She's asking for you.": a pronoun's contraction opening a sentence.
            if single, Pronouns.contractions.contains(s0.words[0]) { continue }
            // "Forty-two likes", "Twenty-five years": a number opening a sentence.
            if single, s0.words[0].split(separator: "-").allSatisfy({ CastWords.numberWords.contains(String($0)) }) { continue }
            // "Ex-wife", "Grandma" opening a sentence: a role noun, not a name.
            if single, RoleNouns.heads[s0.words[0]] != nil || PartnerNouns.gender(of: s0.words[0]) != nil { continue }
            // "the West Coast asked…": evidence counts only where no article stands before it.
            let clean = idx.filter { !spans[$0].veto }
            if clean.isEmpty { continue }
            let strong = clean.contains { spans[$0].strong }
            let weak = clean.contains { spans[$0].weak }
            let mid = clean.contains { !spans[$0].initial }
            // A place: "in Duluth", "St. Brigid's Hospital", wherever else the word stands.
            if single, clean.contains(where: { isPlace(spans[$0]) }) { continue }
            // A pet: "our dog, Biscuit", "Biscuit barked", "Murphy, who is a terrier".
            if single, clean.contains(where: { isPet(spans[$0]) }) { continue }
            // "Ironic, right?", "Talk. Then…": a lone capital opening a line proves nothing,
            // unless English has no such word ("“Marguerite,” he said").
            let unknownWord = single && s0.words[0].count >= 3 && !s0.words[0].utf8.contains(0x27) && !EnglishWords.contains(s0.words[0])
            let onlyOpeningVocative = !mid && clean.count == 1 && spans[clean[0]].quoteStartVocative && !spans[clean[0]].titled
            if onlyOpeningVocative, !unknownWord { continue }
            // Seen only at sentence starts: twice acting as a person ("Kevin left… Kevin said…").
            let weakTwice = clean.filter { spans[$0].weak }.count >= 2
            if strong || (mid && weak) || weakTwice { acceptedKeys.append(key); continue }
            // A word English lacks in lower case ("Miranda", "Colleen") is a name wherever it
            // stands, if it acts as a person once, recurs, or stands alone ("I saw him. Michael.").
            // Not a place: never after "in", "to", "from"…
            // A lone capital letter standing for a name ("J's best man", "It was J.") recurs.
            if single, s0.words[0].count == 1, clean.count >= 2, clean.contains(where: { !spans[$0].initial }) {
                acceptedKeys.append(key)
                continue
            }
            if single, s0.words[0].count >= 3, !s0.words[0].utf8.contains(0x27), !s0.display.unicodeScalars.contains("\u{2019}"),
               !EnglishWords.contains(s0.words[0]),
               !clean.contains(where: { afterPlacePreposition(spans[$0]) }),
               weak || clean.count >= 2 || clean.contains(where: { standsAlone(spans[$0]) || openingApposition(spans[$0]) || livesNearby(spans[$0]) }) {
                acceptedKeys.append(key)
            }
        }
        // "Sophie and Emily", "Callie, Jessica and Noah": a name joined to an accepted one.
        var joined = true
        while joined {
            joined = false
            let accepted = Set(acceptedKeys)
            // The cheap tests first: a hash of the key only for a span that could join.
            for s in spans where !s.veto && s.first >= 2 && !s.titled && !accepted.contains(s.key) {
                guard t[s.first - 1].para == t[s.first].para, case let before = lower(s.first - 1), before == "and" || before == ",",
                      let prev = spanEndingAt[s.first - 2], accepted.contains(spans[prev].key),
                      s.tokenCount == 1, !NotNames.cast.contains(s.words[0]) else { continue }
                acceptedKeys.append(s.key)
                joined = true
            }
            // The same joined before it: "Mia and Max were six", where only Max acts elsewhere.
            var acceptedNow = Set(acceptedKeys)
            for s in spans where !s.veto && !s.titled && s.tokenCount == 1 && !acceptedNow.contains(s.key) {
                let w = s.words[0]
                guard s.last + 2 < t.count, lower(s.last + 1) == "and", t[s.last + 2].para == t[s.first].para,
                      let next = spanStartingAt[s.last + 2], spans[next].tokenCount == 1, !spans[next].titled,
                      acceptedNow.contains(spans[next].key), !t[s.last].possessive,
                      !NotNames.cast.contains(w), RoleNouns.heads[w] == nil, PartnerNouns.gender(of: w) == nil,
                      !EnglishWords.contains(w) else { continue }
                acceptedKeys.append(s.key)
                acceptedNow.insert(s.key)
                joined = true
            }
        }
        // Short forms of accepted full names: "Victor" of "Victor Hale", even at a sentence start.
        var parts = Set<String>()
        for k in acceptedKeys { let s = spans[byKey[k]![0]]; if s.tokenCount >= 2 { parts.insert(s.words[0]); parts.insert(s.words.last!) } }
        for (key, idx) in byKey where !acceptedKeys.contains(key) {
            let s = spans[idx[0]]
            if s.tokenCount == 1, !s.titled, parts.contains(s.words[0]), idx.contains(where: { !spans[$0].veto }) { acceptedKeys.append(key) }
        }
        // The narrator's name: heard only in other people's speech, as an address.
        var explicitNarratorQuote = Set<Int>()
        for q in tags.indices { if let (tok, _) = tags[q], t[tok].has(.firstPerson) { explicitNarratorQuote.insert(q) } }
        for key in acceptedKeys {
            let ss = byKey[key]!.map { spans[$0] }
            if ss.allSatisfy({ $0.inQuote }), ss.contains(where: { $0.vocative || $0.askedIdentity }),
               !ss.contains(where: { $0.selfIdentified }),
               !ss.contains(where: { explicitNarratorQuote.contains(t[$0.first].quote) }) {
                narratorKeys.insert(key)
            }
        }
        // "My name is X.": the narrator's own word makes it a name, even said once.
        for s in spans where !s.inQuote && s.first >= 3 {
            if lower(s.first - 1) == "is", lower(s.first - 2) == "name", lower(s.first - 3) == "my" {
                narratorKeys.insert(s.key)
                if !acceptedKeys.contains(s.key) { acceptedKeys.append(s.key) }
            }
        }
        // "I'm Luis.", "I'm Marcus, 41, and I fix cars": the narrator introducing themselves in
        // narration, in a sentence of its own or with their age, with no word of English ("I'm
        // Catholic."), not "I'm Lutheran, and…".
        for s in spans where !s.inQuote && s.first >= 1 && s.tokenCount == 1 && !s.titled {
            guard lower(s.first - 1) == "i'm", s.first - 1 == 0 || t[s.first - 2].sentence != t[s.first].sentence,
                  !EnglishWords.contains(s.words[0]), !NotNames.cast.contains(s.words[0]),
                  s.last + 1 >= t.count || t[s.last + 1].sentence != t[s.first].sentence || text(s.last + 1) == "."
                    || (text(s.last + 1) == "," && s.last + 2 < t.count && text(s.last + 2).first?.isNumber == true)
            else { continue }
            narratorKeys.insert(s.key)
            if !acceptedKeys.contains(s.key) { acceptedKeys.append(s.key) }
        }
        // Narrator entity 0.
        _ = ents.add(CastEntity(isNarrator: true))
        for k in narratorKeys where acceptedKeys.contains(k) { keyEntity[k] = 0 }
        // Short forms: longest names first.
        let sorted = acceptedKeys.filter { !narratorKeys.contains($0) }.sorted {
            let a = spans[byKey[$0]![0]], b = spans[byKey[$1]![0]]
            if a.tokenCount != b.tokenCount { return a.tokenCount > b.tokenCount }
            // "Mr. Ferreira" before "Ferreira", so the bare surname joins the titled one.
            if a.titled != b.titled { return a.titled }
            return $0 < $1
        }
        var firstWord: [String: Int] = [:]
        var lastWord: [String: Int] = [:]
        for key in sorted {
            let s = spans[byKey[key]![0]]
            var target: Int? = nil
            if s.tokenCount == 1 {
                if !s.titled, let e = firstWord[s.words[0]] { target = e } else if let e = lastWord[s.words[0]] { target = e }
            }
            let e: Int
            if let target { e = target } else {
                e = ents.add(CastEntity())
                if s.tokenCount >= 2 || s.titled {
                    if s.tokenCount >= 2 { firstWord[s.words[0]] = firstWord[s.words[0]] == nil ? e : -1 }
                    lastWord[s.words.last!] = lastWord[s.words.last!] == nil ? e : -1
                }
            }
            if e >= 0 {
                keyEntity[key] = e
                if !ents[e].nameForms.contains(s.display) { ents[e].nameForms.append(s.display) }
                if s.femaleTitle { ents[e].statedGender = .female }
                if s.maleTitle { ents[e].statedGender = .male }
            }
        }
        for (k, e) in keyEntity where e < 0 { keyEntity[k] = nil }
        for k in narratorKeys.sorted() where keyEntity[k] == 0 {
            let s = spans[byKey[k]![0]]
            if !ents[0].nameForms.contains(s.display) { ents[0].nameForms.append(s.display) }
        }
        return NamedEntities(entities: ents, spanEntity: spans.map { keyEntity[$0.key] })
    }

    /// Where a name stands for a place: just after "in", "near", "outside"…, or before a word
    /// like "Hospital" or "Street".
    func isPlace(_ s: NameSpan) -> Bool {
        if s.first > 0, t[s.first - 1].para == t[s.first].para, !t[s.last].possessive,
           t[s.first - 1].has(.placeOnlyPrepositions) { return true }
        if s.last + 1 < t.count, t[s.last + 1].para == t[s.first].para, t[s.last + 1].cap,
           t[s.last + 1].has(.placeNouns) { return true }
        return false
    }

    /// Whether a name stands for an animal here: a pet noun just before it (or before "named"),
    /// or a word of a pet's body or doings within a few words after it.
    func isPet(_ s: NameSpan) -> Bool {
        var k = s.first - 1
        // "a three-legged dog named Biscuit", "a stray cat called Mandu".
        if k >= 0, t[k].has(.calledName) || text(k) == "," { k -= 1 }
        if k >= 0, t[k].para == t[s.first].para, t[k].has(.petNouns) { return true }
        k = s.last + 1
        while k < t.count, k <= s.last + 5, t[k].sentence == t[s.first].sentence {
            if t[k].isWord, t[k].has(.petWords) { return true }
            k += 1
        }
        return false
    }

    /// "in Denver", "to Europe": a capital after a preposition of place.
    func afterPlacePreposition(_ s: NameSpan) -> Bool {
        s.first > 0 && t[s.first - 1].para == t[s.first].para && t[s.first - 1].has(.placePrepositions)
    }

    /// A name said with where they live by the narrator, the way a story brings in a neighbour:
    /// "Walt from next door started coming over", "Ines across the hall", "Kofi downstairs".
    func livesNearby(_ s: NameSpan) -> Bool {
        func w(_ k: Int) -> String { k < t.count && t[k].para == t[s.first].para ? lower(k) : "" }
        let at = w(s.last + 1) == "from" ? s.last + 2 : s.last + 1
        return (w(at) == "next" && w(at + 1) == "door") || CastWords.neighborPlaces.contains(w(at))
            || (CastWords.neighborWays.contains(w(at)) && w(at + 1) == "the" && CastWords.neighborAcross.contains(w(at + 2)))
    }

    /// A name that is a sentence of its own: "I saw him. Michael. Older now…"
    func standsAlone(_ s: NameSpan) -> Bool {
        guard s.initial, s.last + 1 < t.count, t[s.last + 1].para == t[s.first].para else { return false }
        return [".", "!", "?", "…"].contains(text(s.last + 1))
    }

    /// A name opening a sentence with who they are after it: "Bridget, the retired teacher
    /// next door, took the girls", the way a story brings in a helper.
    func openingApposition(_ s: NameSpan) -> Bool {
        guard s.initial, s.last + 2 < t.count, t[s.last + 2].sentence == t[s.first].sentence, text(s.last + 1) == "," else { return false }
        return t[s.last + 2].has(.aliasOpeners)
    }

    func lower(_ k: Int) -> String { story.lower(k) }
    func text(_ k: Int) -> String { story.text(k) }
}
