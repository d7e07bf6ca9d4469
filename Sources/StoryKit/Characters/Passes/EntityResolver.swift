/// The reading-order walk: mentions → entities. Characters are created as they appear, role
/// phrases are tied to their owners and to names beside them, pronouns are resolved against
/// who is on stage at that point, and tagged quotes get their speakers (`TaggedQuoteReader`).
/// One walk is one value: it starts from the entity table it is given and returns a
/// `WalkResult`, so running it again means passing the first result in, not resetting state.
struct EntityResolver {
    let mentions: CastMentions
    let t: [CastToken]
    var scene: CastScene
    var ev: QuoteEvidence
    var parentUses: [ParentWordUse] = []
    var childRefs: [PendingReference] = []
    var parentNouns: [PendingReference] = []
    var rivals: Set<Int> = []
    /// The entity of the role phrase that ends at a token, for "a woman named X".
    var nounEndingAt: [Int: Int] = [:]

    /// `embedded`: quotes known to be no line of dialogue (`CastText.quotedInSentence`, or
    /// what an earlier walk found).
    static func walk(_ mentions: CastMentions, entities: EntityTable, leaverHint: LeaverHint?, embedded: [Bool]) -> WalkResult {
        var r = EntityResolver(mentions: mentions, t: mentions.text.tokens,
                               scene: CastScene(mentions, entities: entities, leaverHint: leaverHint),
                               ev: QuoteEvidence(count: mentions.text.quotes.count, embedded: embedded))
        r.walk()
        return WalkResult(scene: r.scene, quotes: r.ev, parentUses: r.parentUses, childRefs: r.childRefs,
                          parentNouns: r.parentNouns, rivals: r.rivals)
    }

    private mutating func walk() {
        var sentenceFirstNoun: [Int: Int] = [:]
        var startedPara = -1
        var i = 0
        while i < t.count {
            let tok = t[i]
            if tok.quote >= 0, tok.para != startedPara {
                startedPara = tok.para
                TaggedQuoteReader.read(paragraph: tok.para, mentions, scene: &scene, evidence: &ev)
            }
            var next = i + 1
            if let s = mentions.names.startingAt[i] {
                handleSpan(s, sentenceFirstNoun: sentenceFirstNoun)
                next = max(next, mentions.names.spans[s].last + 1)
            }
            if let m = mentions.nouns.startingAt[i] {
                let e = handleNoun(m)
                if let e, sentenceFirstNoun[tok.sentence] == nil { sentenceFirstNoun[tok.sentence] = e }
                if let e { nounEndingAt[mentions.nouns.nouns[m].last] = e }
                next = max(next, mentions.nouns.nouns[m].last + 1)
            } else if mentions.names.startingAt[i] == nil, tok.isWord, !tok.lex.isDisjoint(with: Self.handledWords) {
                handleWord(i)
            }
            i = next
        }
    }

    // MARK: names, nouns, pronouns

    mutating func handleSpan(_ s: Int, sentenceFirstNoun: [Int: Int]) {
        let span = mentions.names.spans[s]
        guard let e = mentions.spanEntity[s] else { return }
        let outside = !span.inQuote
        scene.mention(e, span.first, salient: outside)
        let r = scene.ents.find(e)
        if outside { scene.ents[r].childCues += mentions.text.childCuesBySentence[t[span.first].sentence] ?? 0 }
        if span.inQuote, span.vocative || span.askedIdentity {
            ev.vocatives[t[span.first].quote].append(e)
        }
        let p = t[span.first].para
        func w(_ k: Int) -> String { k < t.count && t[k].para == p ? lower(k) : "" }
        // "James and I had been together": the narrator's partner.
        if outside, w(span.last + 1) == "and", w(span.last + 2) == "i" {
            var k = span.last + 3
            while k < t.count, k < span.last + 14, t[k].sentence == t[span.first].sentence {
                if t[k].has(.coupleCues) { scene.ents[r].coupleHint = true; break }
                k += 1
            }
        }
        // "Miranda left me and our daughters": who walks out on the narrator is the partner.
        if outside, LeavingVerbs.onTheNarrator.contains(w(span.last + 1)), Pronouns.narratorObjectsAndOwners.contains(w(span.last + 2)) {
            scene.ents[r].coupleHint = true
            scene.ents[r].leftHint = true
        }
        // "Kevin kissed me and the baby, took the car keys, and never came back": who opens the
        // sentence that ends in never coming back is the partner; not when another person is
        // named first ("Dr. Alvarez asked what I would do if Sam never came back" is Sam).
        if outside, t[span.first].initial, !t[span.last].possessive {
            var k = span.last + 1
            while k + 2 < t.count, k < span.last + 30, t[k + 2].sentence == t[span.first].sentence, t[k].quote < 0 {
                if let o = mentions.entity(startingAt: k), scene.ents.find(o) != r { break }
                if w(k) == "never", CastWords.comingBack.contains(w(k + 1)),
                   w(k + 1) == "returned" || CastWords.backHome.contains(w(k + 2)) {
                    scene.ents[r].coupleHint = true
                    scene.ents[r].leftHint = true
                    break
                }
                k += 1
            }
        }
        // "all of J's things were gone": whose belongings leave with them is the partner.
        if outside, t[span.last].possessive, CastWords.belongings.contains(w(span.last + 1)) {
            var k = span.last + 2
            while k < t.count, k <= span.last + 6, t[k].sentence == t[span.first].sentence {
                if CastWords.goneWords.contains(lower(k)) { scene.ents[r].coupleHint = true; scene.ents[r].leftHint = true; break }
                k += 1
            }
        }
        // "raising Noah on my own": the narrator's child.
        if outside, span.first > 0, PersonVerbs.raisingAChild.contains(w(span.first - 1)) {
            scene.ents[r].childCues += 2
        }
        if outside, leftForSlot(span.first) { rivals.insert(r) }
        // "Kofi next door", "Mrs. Haddad from downstairs", "Ines across the hall": a neighbour.
        let at = w(span.last + 1) == "from" ? span.last + 2 : span.last + 1
        if (w(at) == "next" && w(at + 1) == "door") || CastWords.neighborPlaces.contains(w(at)) ||
            (CastWords.neighborWays.contains(w(at)) && w(at + 1) == "the" && CastWords.neighborAcross.contains(w(at + 2))) {
            scene.ents[r].neighborHint = true
        }
        // "a woman named Sabrina": the name of the role phrase just before; "The lawyer was a
        // woman named Gloria Reyes": of the sentence's first, when the phrase is what it was. Not
        // "When my daughter Lily was seven, he left with a woman named Sabrina".
        if span.first > 1, lower(span.first - 1) == "named" {
            let a = strangerPhrase(before: span.first - 1)
            if let a, lower(a - 1) == ",", let n = nounEndingAt[a - 2] {
                // "His counselor, a patient man named Mr. Ruiz": the role phrase set off before.
                scene.ents.union(n, e)
            } else if let a, ["was", "is"].contains(lower(a - 1)), let n = sentenceFirstNoun[t[span.first].sentence] {
                scene.ents.union(n, e)
            } else if let n = nounEndingAt[span.first - 2] {
                scene.ents.union(n, e)
            }
        }
    }

    /// The article of "a [few words] woman" ending just before token `named`, when its sentence
    /// goes on before it: "The lawyer was a woman named…", "My lawyer, a tough woman named…".
    func strangerPhrase(before named: Int) -> Int? {
        var k = named - 1
        while k > 1, k >= named - 4, t[k].sentence == t[named].sentence, t[k].isWord, !Determiners.articles.contains(lower(k)) { k -= 1 }
        guard k > 1, t[k].sentence == t[named].sentence, t[k - 1].sentence == t[named].sentence,
              Determiners.articles.contains(lower(k)) else { return nil }
        return k
    }

    /// Creates or finds the character a role phrase names, and ties it to a name beside it.
    mutating func handleNoun(_ idx: Int) -> Int? {
        let m = mentions.nouns.nouns[idx]
        let inQuote = t[m.first].quote >= 0
        if m.determiner == "the", m.slot == "son" || m.slot == "daughter", m.last == m.first + 1 {
            childRefs.append(PendingReference(tok: m.first, gender: m.gender ?? .male, surface: m.surface))
            return nil
        }
        if m.category == .family, m.slot == "mother" || m.slot == "father", let o = scene.owner(of: m, speakers: ev.speaker).0,
           scene.ents.find(o) != 0, scene.hasChildLink(scene.ents.find(o)) {
            // "his dad" said of the child: one of the children's parents, settled with the roles.
            parentNouns.append(PendingReference(tok: m.last, gender: m.gender ?? .male, surface: m.surface))
            return nil
        }
        guard let (key, category, ownerRoot) = scene.nounKey(m, speakers: ev.speaker) else { return nil }
        let e: Int
        if let existing = scene.nounEntity[key] { e = scene.ents.find(existing) } else {
            var ent = CastEntity()
            ent.links = [NounLink(category: category, slot: m.slot, owner: ownerRoot)]
            ent.statedGender = m.gender
            ent.plural = category == .twins || RoleNouns.pluralHeads.contains(lower(m.last))
            e = scene.ents.add(ent)
            scene.nounEntity[key] = e
        }
        let r = scene.ents.find(e)
        if !scene.ents[r].nouns.contains(where: { $0.lowercased() == m.surface.lowercased() }) { scene.ents[r].nouns.append(m.surface) }
        if scene.ents[r].statedGender == nil, let g = m.gender, !scene.ents[r].plural { scene.ents[r].statedGender = g }
        scene.mention(r, m.first, salient: !inQuote)
        linkApposition(m, r)
        return scene.ents.find(r)
    }

    /// Whether token `i` stands just after "left (me) for" in its sentence ("He left me and our
    /// kids for his colleague, Elise"): the one the partner left for.
    func leftForSlot(_ i: Int) -> Bool {
        var k = i - 1
        var forAt: Int? = nil
        while k >= 0, k >= i - 6, t[k].sentence == t[i].sentence {
            if lower(k) == "for" { forAt = k; break }
            k -= 1
        }
        guard let f = forAt else { return false }
        k = f - 1
        while k >= 0, k >= f - 10, t[k].sentence == t[i].sentence {
            if LeavingVerbs.beforeFor.contains(lower(k)) { return true }
            k -= 1
        }
        return false
    }

    /// "Our son, Colin", "my friend Priya", "Jake, my ex-husband", "Jake. My ex-husband.",
    /// "…was Daniel’s mother. Ruth…", "Dave is my buddy".
    mutating func linkApposition(_ m: RoleNounMention, _ e: Int) {
        let p = t[m.first].para
        func tk(_ k: Int) -> CastToken? { k >= 0 && k < t.count && t[k].para == p ? t[k] : nil }
        func named(_ s: Int?) -> Int? {
            guard let s, let e = mentions.spanEntity[s], e != 0 else { return nil }
            return e
        }
        let possessiveDet = m.determiner != "the" && m.determiner != "a" && m.determiner != "an"
        func tx(_ k: Int) -> String? { tk(k).map(mentions.text.vocab.text) }
        if scene.ents[scene.ents.find(e)].plural, tx(m.last + 1) == "," || possessiveDet {
            // "our daughters, Sophie and Emily": each named child is one of the group.
            var k = tx(m.last + 1) == "," ? m.last + 2 : m.last + 1
            while let s = mentions.names.startingAt[k], let n = named(s) {
                joinGroup(n, group: scene.ents.find(e), noun: m)
                k = mentions.names.spans[s].last + 1
                // "two kids, Lily, who was six, and Noah, who was eight months": the clause
                // about one child does not end the list.
                if tx(k) == ",", tx(k + 1) == "who" {
                    var c = k + 2
                    while let w = tx(c), c < k + 10, t[c].sentence == t[m.first].sentence, w != "," { c += 1 }
                    if tx(c) == "," { k = c }
                }
                guard let sep = tx(k), sep == "," || sep == "and" else { break }
                k += 1
                if tx(k) == "and" { k += 1 }
            }
            return
        }
        if tx(m.last + 1) == ",", let n = named(mentions.names.startingAt[m.last + 2]) { scene.ents.union(e, n); return }
        if possessiveDet, let n = named(mentions.names.startingAt[m.last + 1]), !t[m.last].possessive { scene.ents.union(e, n); return }
        if tx(m.first - 1) == ",", let s = mentions.names.endingAt[m.first - 2], !mentions.names.spans[s].vocative, let n = named(s) {
            scene.ents.union(e, n)
            return
        }
        if tx(m.first - 1) == ".", let n = named(mentions.names.endingAt[m.first - 2]), tx(m.last + 1) == "." { scene.ents.union(e, n); return }
        if let prev = tk(m.first - 1), ["was", "is"].contains(mentions.text.vocab.lower(prev)) {
            if let n = named(mentions.names.endingAt[m.first - 2]) { scene.ents.union(e, n); return }
            if tx(m.last + 1) == ".", let n = named(mentions.names.startingAt[m.last + 2]) { scene.ents.union(e, n); return }
        }
    }

    /// Makes `n` one of the children of `group`, with the group's phrase as an alias and its
    /// sex ("our twin boys").
    mutating func joinGroup(_ n: Int, group: Int, noun m: RoleNounMention) {
        let r = scene.ents.find(n)
        guard r != group, r != 0 else { return }
        if !scene.ents[r].links.contains(where: { $0.category == .child }) {
            scene.ents[r].links.append(NounLink(category: .child, slot: "child", owner: 0))
        }
        if !scene.ents[r].nouns.contains(where: { $0.lowercased() == m.surface.lowercased() }) { scene.ents[r].nouns.append(m.surface) }
        if let g = m.gender { scene.ents[r].statedGender = g }
    }

    /// `handleWord` acts only on pronouns and parent words: other words skip the call.
    static let handledWords: CastLexicon.Class = [.firstPerson, .malePronouns, .femalePronouns, .parentWordSet]

    mutating func handleWord(_ i: Int) {
        let tok = t[i]
        let q = tok.quote
        if q < 0 {
            if tok.has(.firstPerson) { scene.mention(0, i, salient: false); return }
            let male = tok.has(.malePronouns)
            if male || tok.has(.femalePronouns) {
                let g: Gender = male ? .male : .female
                guard let r = scene.salient(g, para: tok.para) else { return }
                if scene.onStageCount(g, para: tok.para) <= 1 {
                    scene.mention(r, i, salient: true)
                } else {
                    scene.recent.append((r, tok.para))
                }
                return
            }
        } else if tok.has(.firstPerson), let s = ev.speaker[q] {
            scene.mention(s, i, salient: false)
            return
        }
        if tok.has(.parentWordSet), let g = ParentNouns.gender[lower(i)] {
            let prev = i > 0 && t[i - 1].para == tok.para ? t[i - 1] : nil
            if let prev, prev.isWord, prev.has(.determiners) || prev.possessive { return }
            // "Father’s Day", "Mother’s Day": a holiday, not a person.
            if tok.possessive, i + 1 < t.count, t[i + 1].cap { return }
            guard tok.cap || (q >= 0 && tok.has(.childishParentWords)) else { return }
            if tok.cap, tok.initial, q < 0, !tok.has(.childishParentWords) {
                // "Mother was…" at a sentence start outside speech is still a name; keep it.
            }
            let nextTok = i + 1 < t.count && t[i + 1].para == tok.para ? t[i + 1] : nil
            let prevText = prev.map(mentions.text.vocab.text)
            let vocative = q >= 0 && (prev == nil || prev!.isQuoteMark || prevText == "," || (prev!.quote == q && [".", "!", "?"].contains(prevText!)))
                && (nextTok == nil || !nextTok!.isWord)
            parentUses.append(ParentWordUse(tok: i, quote: q, gender: g, vocative: vocative))
            if vocative { ev.parentVocatives[q].append(g) }
        }
    }

    func lower(_ k: Int) -> String { mentions.text.lower(k) }
}
