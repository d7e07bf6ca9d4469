/// Builds the cast of one story. The passes, each a single scan:
/// 1. tokens, then name spans with their person evidence, role phrases, quote tags;
/// 2. a reading-order walk that creates characters, tracks who is "on stage" for pronouns,
///    ties role phrases to their owners and names (apposition), and attributes tagged quotes;
/// 3. roles (leaver, child, rival…), then untagged quotes by vocatives and turn-taking.
struct CastBuilder {
    /// Read in place in their joined text: no `String` per paragraph.
    let paragraphs: Paragraphs
    let quotes: [QuoteSpan]
    let title: String?
    var t: [CastToken] = []
    /// Sized by the tokenizer from the text (`CastVocabulary.reserve`).
    var vocab = CastVocabulary(capacity: 0)
    var stats = NameFinder.Stats()
    var spans: [NameSpan] = []
    /// Span index starting at a token.
    var spanAt = TokenIndex()
    var spanEndingAt = TokenIndex()
    var nouns: [RoleNounMention] = []
    var nounAt = TokenIndex()
    var nounEndingAt = TokenIndex()
    /// Accepted name keys and the entity each names.
    var keyEntity: [String: Int] = [:]
    /// `keyEntity` of each span's key, read once: the walks ask per token.
    var spanEntity: [Int?] = []
    var narratorKeys: Set<String> = []

    var ents = EntityTable()
    var nounEntity: [String: Int] = [:]

    /// Recent references outside speech: (entity, paragraph), newest last.
    var recent: [(Int, Int)] = []
    /// Per quote: speaker entity and cue.
    var speaker: [Int?] = []
    var cue: [AttributedQuote.Cue] = []
    /// Per quote: the subject of the narration just before it, for a lone untagged line.
    var fallback: [Int?] = []
    /// Per quote: entities named as addressee, and parent words used as vocatives.
    var vocatives: [[Int]] = []
    var parentVocatives: [[Gender]] = []
    /// Per quote: a word quoted inside a sentence ("he needed “room to breathe”"), not a line of dialogue.
    var embedded: [Bool] = []
    /// Per quote: the speaker came from an action beat or the narration before, not a tag.
    var weakCue: [Bool] = []
    /// Per quote: the last person other than the narrator referred to before it.
    var lastMentioned: [Int?] = []
    /// Per quote: a tag that says who was addressed (`told me`).
    var addressedNarrator: [Bool] = []
    /// Parent words used as names: (token, quote or -1, gender, vocative).
    var parentUses: [(tok: Int, quote: Int, gender: Gender, vocative: Bool)] = []
    /// "the boy"/"the girl": the unique child of that gender, settled once roles are known.
    var pendingChildRef: [(tok: Int, gender: Gender, surface: String)] = []
    var pendingParentNoun: [(tok: Int, gender: Gender, surface: String)] = []
    var sentenceChildCues: [Int: Int] = [:]
    /// Last speaker of each gender in a line that opens its paragraph (real dialogue).
    var lastDialogueSpeaker: [Gender: (Int, Int)] = [:]
    var leaverStore: [Int] = []
    /// The leaver found by the first walk: who an unresolved "he"/"she" most likely is.
    enum LeaverHint { case named(Int), partner(Gender?) }
    var leaverHint: LeaverHint? = nil
    var rivalStore: Set<Int> = []
    var childStore: Set<Int> = []
    /// Per quote: its first and last token.
    var quoteRange: [(Int, Int)?] = []
    var quotesByPara: [[Int]] = []
    let titleFacts: TitleFacts
    var firstTokenOfPara: [Int] = []

    init(paragraphs: Paragraphs, quotes: [QuoteSpan], title: String?) {
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.title = title
        titleFacts = TitleFacts(title: title)
    }

    /// What a walk learns about each quotation, emptied before every walk.
    mutating func resetQuoteState() {
        speaker = Array(repeating: nil, count: quotes.count)
        cue = Array(repeating: .unknown, count: quotes.count)
        fallback = Array(repeating: nil, count: quotes.count)
        vocatives = Array(repeating: [], count: quotes.count)
        parentVocatives = Array(repeating: [], count: quotes.count)
        addressedNarrator = Array(repeating: false, count: quotes.count)
        weakCue = Array(repeating: false, count: quotes.count)
        lastMentioned = Array(repeating: nil, count: quotes.count)
    }

    mutating func resetWalkState() {
        nounEntity = [:]
        recent = []
        resetQuoteState()
        parentUses = []
        pendingChildRef = []
        pendingParentNoun = []
        leaverStore = []
        rivalStore = []
        childStore = []
        lastDialogueSpeaker = [:]
    }

    mutating func find(_ x: Int) -> Int { ents.find(x) }
    mutating func union(_ a: Int, _ b: Int) { ents.union(a, b) }
    mutating func newEntity(_ e: CastEntity) -> Int { ents.add(e) }
    func gender(_ r: Int) -> Gender? { ents.gender(r) }

    // MARK: run

    mutating func run() -> Cast {
        t = CastTokenizer.tokenize(paragraphs, quotes: quotes, vocab: &vocab)
        quoteRange = Array(repeating: nil, count: quotes.count)
        quotesByPara = Array(repeating: [], count: paragraphs.count)
        firstTokenOfPara = Array(repeating: t.count, count: paragraphs.count + 1)
        for (q, span) in quotes.enumerated() where span.paragraph >= 1 && span.paragraph <= paragraphs.count {
            quotesByPara[span.paragraph - 1].append(q)
        }
        for (i, tok) in t.enumerated() {
            if firstTokenOfPara[tok.para] > i { firstTokenOfPara[tok.para] = i }
            if tok.quote >= 0 {
                if let (f, _) = quoteRange[tok.quote] { quoteRange[tok.quote] = (f, i) } else { quoteRange[tok.quote] = (i, i) }
            }
        }
        embedded = quoteRange.map { r in
            guard let (f, _) = r, f > 0, t[f].isQuoteMark, t[f - 1].para == t[f].para else { return false }
            return t[f - 1].isWord
        }
        for p in stride(from: paragraphs.count - 1, through: 0, by: -1) where firstTokenOfPara[p] == t.count {
            firstTokenOfPara[p] = firstTokenOfPara[p + 1]
        }
        stats = NameFinder.stats(t, vocab)
        let toks = t
        spans = NameFinder.find(t, vocab, stats, isHead: { RoleNounFinder.isHead(toks, $0) })
        spanAt = TokenIndex(count: t.count)
        spanEndingAt = TokenIndex(count: t.count)
        nounAt = TokenIndex(count: t.count)
        nounEndingAt = TokenIndex(count: t.count)
        for (i, s) in spans.enumerated() { spanAt[s.first] = i; spanEndingAt[s.last] = i }
        // No key has an entity yet while names are accepted (the tag rules see none).
        spanEntity = Array(repeating: nil, count: spans.count)
        acceptNames()
        spanEntity = spans.map { keyEntity[$0.key] }
        let sp = spanEndingAt
        let se = spanEntity
        nouns = RoleNounFinder.find(t, vocab, partnerGender: partnerGenderGuess(), possessiveNameAt: { i in
            if let s = sp[i] { return se[s] != nil }
            return false
        })
        for (i, m) in nouns.enumerated() { nounAt[m.first] = i; nounEndingAt[m.last] = i }
        for tok in t where tok.isWord && tok.has(.childCues) && tok.quote < 0 {
            sentenceChildCues[tok.sentence, default: 0] += 1
        }
        resetQuoteState()
        voteGenders()
        // Two walks: the first settles genders and the leaver, so that the second resolves
        // "he"/"she" against the right people from the first page on.
        let baseEnts = ents
        walk()
        assignRoles()
        var hints: [Int: Gender] = [:]
        for e in 0..<baseEnts.count { if let g = gender(find(e)) { hints[e] = g } }
        if let l = leaverRoot {
            let named = (1..<baseEnts.count).first { find($0) == l }
            leaverHint = named.map { .named($0) } ?? .partner(gender(l))
        }
        ents = baseEnts
        for (e, g) in hints where ents[e].statedGender == nil { ents[e].statedGender = g }
        resetWalkState()
        walk()
        assignRoles()
        attributeUntagged()
        resolveParentWords()
        inferNarratorGender()
        return assemble()
    }

    // MARK: names

    /// Keeps the spans that act as people, merges short forms ("Victor" → "Victor Hale",
    /// "Ms. Reyes" → "Gloria Reyes") and finds the narrator's name.
    mutating func acceptNames() {
        var byKey: [String: [Int]] = [:]
        for (i, s) in spans.enumerated() { byKey[s.key, default: []].append(i) }
        var acceptedKeys: [String] = []
        for (key, idx) in byKey {
            let ss = idx.map { spans[$0] }
            let single = ss[0].tokenCount == 1 && !ss[0].titled
            if single, CastLexicon.notNames.contains(ss[0].words[0]) { continue }
            // "Ex-wife", "Grandma" opening a sentence: a role noun, not a name.
            if single, RoleNouns.heads[ss[0].words[0]] != nil || PartnerNouns.gender(of: ss[0].words[0]) != nil { continue }
            // "the West Coast asked…": evidence counts only where no article stands before it.
            let clean = ss.filter { !$0.veto }
            if clean.isEmpty { continue }
            let strong = clean.contains { $0.strong }
            let weak = clean.contains { $0.weak }
            let mid = clean.contains { !$0.initial }
            // A place: "in Duluth", "St. Brigid's Hospital", wherever else the word stands.
            if single, clean.contains(where: { isPlace($0) }) { continue }
            // A pet: "our dog, Biscuit", "Biscuit barked", "Murphy, who is a terrier".
            if single, clean.contains(where: { isPet($0) }) { continue }
            // "Ironic, right?", "Talk. Then…": a lone capital opening a line proves nothing,
            // unless English has no such word ("“Marguerite,” he said").
            let unknownWord = single && ss[0].words[0].count >= 3 && !ss[0].words[0].contains("'") && !EnglishWords.contains(ss[0].words[0])
            let onlyOpeningVocative = !mid && clean.count == 1 && clean[0].quoteStartVocative && !clean[0].titled
            if onlyOpeningVocative, !unknownWord { continue }
            // Seen only at sentence starts: twice acting as a person ("Kevin left… Kevin said…").
            let weakTwice = clean.filter { $0.weak }.count >= 2
            if strong || (mid && weak) || weakTwice { acceptedKeys.append(key); continue }
            // A word English lacks in lower case ("Miranda", "Colleen") is a name wherever it
            // stands, if it acts as a person once, recurs, or stands alone ("I saw him. Michael.").
            // Not a place: never after "in", "to", "from"…
            // A lone capital letter standing for a name ("J's best man", "It was J.") recurs.
            if single, ss[0].words[0].count == 1, clean.count >= 2, clean.contains(where: { !$0.initial }) {
                acceptedKeys.append(key)
                continue
            }
            if single, ss[0].words[0].count >= 3, !ss[0].words[0].contains("'"), !ss[0].display.contains("’"),
               !EnglishWords.contains(ss[0].words[0]),
               !clean.contains(where: { afterPlacePreposition($0) }),
               weak || clean.count >= 2 || clean.contains(where: { standsAlone($0) }) {
                acceptedKeys.append(key)
            }
        }
        // "Sophie and Emily", "Callie, Jessica and Noah": a name joined to an accepted one.
        var joined = true
        while joined {
            joined = false
            let accepted = Set(acceptedKeys)
            for s in spans where !accepted.contains(s.key) && !s.veto && s.first >= 2 && !s.titled {
                guard ["and", ","].contains(lower(s.first - 1)), t[s.first - 1].para == t[s.first].para,
                      let prev = spanEndingAt[s.first - 2], accepted.contains(spans[prev].key),
                      s.tokenCount == 1, !CastLexicon.notNames.contains(s.words[0]) else { continue }
                acceptedKeys.append(s.key)
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
        for q in quotes.indices where quoteTagIsFirstPerson(q) { explicitNarratorQuote.insert(q) }
        for key in acceptedKeys {
            let ss = byKey[key]!.map { spans[$0] }
            if ss.allSatisfy({ $0.inQuote }), ss.contains(where: { $0.vocative || $0.askedIdentity }),
               !ss.contains(where: { $0.selfIdentified }),
               !ss.contains(where: { explicitNarratorQuote.contains(t[$0.first].quote) }) {
                narratorKeys.insert(key)
            }
        }
        // "My name is X."
        for s in spans where !s.inQuote && s.first >= 3 {
            if lower(s.first - 1) == "is", lower(s.first - 2) == "name", lower(s.first - 3) == "my" { narratorKeys.insert(s.key) }
        }
        // Narrator entity 0.
        _ = newEntity(CastEntity(isNarrator: true))
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
                e = newEntity(CastEntity())
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
    }

    /// The partner's sex before any character exists: "my husband" and the like, else the
    /// headline, else the pronoun the narration uses most.
    func partnerGenderGuess() -> Gender? {
        var male = 0, female = 0, he = 0, she = 0
        for (i, tok) in t.enumerated() where tok.isWord && tok.quote < 0 {
            let w = lower(i)
            if i > 0, ["my", "our"].contains(lower(i - 1)), let head = RoleNouns.heads[w], head.category == .partner, let g = head.gender {
                if g == .male { male += 1 } else { female += 1 }
            }
            if w == "he" { he += 1 } else if w == "she" { she += 1 }
        }
        if male != female { return male > female ? .male : .female }
        if let g = titleFacts.partnerGender { return g }
        if he != she { return he > she ? .male : .female }
        return nil
    }

    /// Where a name stands for a place: just after "in", "near", "outside"…, or before a word
    /// like "Hospital" or "Street".
    func isPlace(_ s: NameSpan) -> Bool {
        if s.first > 0, t[s.first - 1].para == t[s.first].para, !t[s.last].possessive,
           Self.placeOnlyPrepositions.contains(lower(s.first - 1)) { return true }
        if s.last + 1 < t.count, t[s.last + 1].para == t[s.first].para, t[s.last + 1].cap,
           Self.placeNouns.contains(lower(s.last + 1)) { return true }
        return false
    }

    /// Whether a name stands for an animal here: a pet noun just before it, or a word of a
    /// pet's body or doings within a few words after it.
    func isPet(_ s: NameSpan) -> Bool {
        var k = s.first - 1
        if k >= 0, text(k) == "," { k -= 1 }
        if k >= 0, t[k].para == t[s.first].para, Self.petNouns.contains(lower(k)) { return true }
        k = s.last + 1
        while k < t.count, k <= s.last + 5, t[k].sentence == t[s.first].sentence {
            if t[k].isWord, Self.petWords.contains(lower(k)) { return true }
            k += 1
        }
        return false
    }

    static let petNouns: Set<String> = ["dog", "cat", "puppy", "kitten", "pup", "terrier", "horse", "parrot", "hamster", "rabbit"]
    static let petWords: Set<String> = ["barked", "barks", "barking", "wagged", "wags", "wagging", "purred", "purrs", "purring",
                                        "meowed", "muzzle", "paws", "paw", "tail", "leash", "terrier", "retriever", "spaniel",
                                        "labrador", "beagle", "collie", "poodle", "puppy", "kitten", "whimpered", "fetch"]

    /// Prepositions that take places, rarely people ("to", "from", "with" take both).
    static let placeOnlyPrepositions: Set<String> = ["in", "near", "outside", "downtown", "across", "around", "via", "toward", "towards", "inside"]
    static let placeNouns: Set<String> = ["hospital", "street", "avenue", "road", "park", "church", "school", "college", "university",
                                          "center", "centre", "clinic", "hotel", "mall", "cathedral", "station", "airport", "lake",
                                          "river", "county", "city", "beach", "bay", "springs", "valley", "heights", "memorial"]

    /// "in Denver", "to Europe": a capital after a preposition of place.
    func afterPlacePreposition(_ s: NameSpan) -> Bool {
        s.first > 0 && t[s.first - 1].para == t[s.first].para && CastLexicon.placePrepositions.contains(lower(s.first - 1))
    }

    /// A name that is a sentence of its own: "I saw him. Michael. Older now…"
    func standsAlone(_ s: NameSpan) -> Bool {
        guard s.initial, s.last + 1 < t.count, t[s.last + 1].para == t[s.first].para else { return false }
        return [".", "!", "?", "…"].contains(text(s.last + 1))
    }

    /// The strings of token `k`, from the story's vocabulary.
    func lower(_ k: Int) -> String { vocab.lower(t[k]) }
    func text(_ k: Int) -> String { vocab.text(t[k]) }

    /// `“…,” I said` or `I said, “…”`: the narrator's own line.
    func quoteTagIsFirstPerson(_ q: Int) -> Bool {
        guard let (tok, _) = tagSubject(q) else { return false }
        return t[tok].has(.firstPerson)
    }

    /// Gender of each named character from the pronouns that follow it while it is the only
    /// name in view (this sentence and the one before).
    mutating func voteGenders() {
        var lastNames: [(sentence: Int, entity: Int)] = []
        for (i, tok) in t.enumerated() where tok.quote < 0 && tok.isWord {
            if let s = spanAt[i], let e = spanEntity[s], e != 0 {
                lastNames.append((tok.sentence, e))
                continue
            }
            // "her" is as often someone else's object as the subject's possessive: not counted.
            let male = tok.has(.malePronouns)
            let female = tok.has(.femalePronouns) && lower(i) != "her"
            guard male || female else { continue }
            if male, lower(i) == "him" { continue }
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
    }
}
