/// A role phrase in the text ("my ex-husband", "the woman he’s been seeing", "Daniel’s mother"):
/// the character it names depends on whose it is, which the walk (`EntityResolver`) settles in
/// reading order.
struct RoleNounMention {
    var first: Int
    var last: Int
    /// The determiner's lowercase form ("my", "the"), or "'s" for a possessive name.
    var determiner: String
    /// Token of the possessive name, for "Daniel’s mother".
    var possessorToken: Int?
    var category: NounCategory
    var slot: String
    var gender: Gender?
    /// As written, a sentence-initial determiner lowercased.
    var surface: String
}

/// Finds role phrases by looking a few words past each determiner.
enum RoleNounFinder {
    static func isHead(_ t: [CastToken], _ i: Int) -> Bool {
        i >= 0 && i < t.count && t[i].isWord && !t[i].cap && t[i].has(.roleHeads)
    }

    static func find(_ t: [CastToken], _ v: CastVocabulary, partnerGender: Gender? = nil,
                     possessiveNameAt: (Int) -> Bool) -> [RoleNounMention] {
        var out: [RoleNounMention] = []
        var i = 0
        let n = t.count
        /// The partner noun the narrator said they have now ("I have a partner"), from its token.
        var newPartner: (word: String, from: Int)? = nil
        while i < n {
            let tok = t[i]
            guard tok.isWord else { i += 1; continue }
            // "Nurses said…", "Neighbors brought soup": a bare plural opening a sentence.
            if tok.initial, tok.cap, tok.quote < 0, tok.has(.roleHeads), RoleNouns.pluralHeads.contains(v.lower(tok)), let h = RoleNouns.heads[v.lower(tok)],
               h.category != .twins, h.category != .partner {
                out.append(RoleNounMention(first: i, last: i, determiner: "the", possessorToken: nil, category: h.category,
                                           slot: h.slot, gender: h.gender, surface: v.text(tok)))
                i += 1
                continue
            }
            if let m = rival(t, v, i, partnerGender: partnerGender) {
                out.append(m)
                i = m.last + 1
                continue
            }
            let det: String
            var possessor: Int? = nil
            if tok.has(.determiners) && !(tok.cap && !tok.initial) {
                det = v.lower(tok)
            } else if tok.possessive && possessiveNameAt(i) {
                det = "'s"
                possessor = i
            } else if i >= 2, tok.quote < 0, tok.has(.childGroupSizes),
                      CastWords.havingChildren.contains(v.lower(t[i - 1])), Pronouns.narratorSubjects.contains(v.lower(t[i - 2])) {
                // "We had two teenage sons", "I was raising three kids": the narrator's own.
                det = "our"
            } else {
                i += 1
                continue
            }
            // `special` finds nothing unless the next word is one of its cues: skip the call.
            if i + 1 < n, t[i + 1].has(.specialCues), let m = special(t, v, i, det: det, partnerGender: partnerGender) {
                out.append(m)
                i = m.last + 1
                continue
            }
            var j = i + 1
            var found: RoleNounMention? = nil
            while j < n, j <= i + 4, t[j].para == tok.para {
                let w = t[j]
                if w.isWord, !w.cap,
                   let head = w.has(.roleHeads) ? RoleNouns.heads[v.lower(w)]
                       : j > i + 1 && w.has(.compoundHeadEnds) ? RoleNouns.compoundHead(modifier: v.lower(t[j - 1]), v.lower(w)) : nil {
                    // "my business partner", "her tennis partner": a partner in something is
                    // a colleague, not a spouse ("my life partner" is one).
                    var h = head
                    if v.lower(w) == "partner", j > i + 1, !RoleNouns.spouseModifiers.contains(v.lower(t[j - 1])) {
                        h = RoleNouns.Head(category: .other, gender: nil, slot: "business partner")
                    }
                    // "My charge nurse, Gloria", "my head chef": the narrator's own workmate, one
                    // rank up, and not someone who does a job in the narrator's story.
                    if h.category == .other, det == "my" || det == "our", j > i + 1,
                       RolePhraseWords.workRanks.contains(v.lower(t[j - 1])) {
                        h = RoleNouns.Head(category: .helper, gender: h.gender, slot: "ranked " + h.slot)
                    }
                    // "Dev, my partner on the ambulance", "my partner at the station": a partner
                    // somewhere is a workmate (not "my partner at the time", the spouse then).
                    if v.lower(w) == "partner", j + 2 < n, t[j + 1].para == tok.para,
                       RolePhraseWords.workPartnerPlaces.contains(v.lower(t[j + 1])), t[j + 2].isWord,
                       RolePhraseWords.placeDeterminers.contains(v.lower(t[j + 2])) || v.lower(t[j + 2]) == "work",
                       !(j + 3 < n && RolePhraseWords.partnerTimes.contains(v.lower(t[j + 3]))) {
                        h = RoleNouns.Head(category: .helper, gender: nil, slot: "work partner")
                    }
                    // "a mutual friend told me she'd left": a friend shared with the partner brings
                    // news and takes no side; someone of their own, not the narrator's friend.
                    if h.category == .helper, j > i + 1, v.lower(t[j - 1]) == "mutual" {
                        h = RoleNouns.Head(category: .other, gender: h.gender, slot: "mutual " + h.slot)
                    }
                    // "The police found his truck" is someone in the story; "the police station" is not.
                    if RoleNouns.heads[v.lower(w)]?.slot == "police", j + 1 < n, t[j + 1].isWord,
                       RoleNouns.institutionCompounds.contains(v.lower(t[j + 1])) { break }
                    // "I also have a partner who does crosswords… My partner was asleep next to
                    // me": the partner the narrator has now, said with "a", is the new love (a
                    // helper), and so is "my partner" after it.
                    if h.category == .partner, tok.quote < 0 {
                        let word = v.lower(w)
                        if det == "a" || det == "an", j == i + 1, narratorHas(t, v, before: i) {
                            newPartner = (word, i)
                        }
                        if let np = newPartner, np.word == word, i >= np.from, det == "a" || det == "an" || det == "my" {
                            h = RoleNouns.Head(category: .helper, gender: h.gender, slot: "new partner")
                        }
                    }
                    let possessiveDet = det != "the" && det != "a" && det != "an"
                    if RoleNouns.possessiveOnly.contains(v.lower(w)) && !possessiveDet && h.slot != "new partner" {
                        // "the boy"/"the girl" are kept for the unique child of that gender.
                        if !(det == "the" && (v.lower(w) == "boy" || v.lower(w) == "girl") && j == i + 1) { break }
                    }
                    // A compound continues: "my friend's car" is fine, "my mother board" is not a person.
                    found = RoleNounMention(first: i, last: j, determiner: det, possessorToken: possessor, category: h.category,
                                            slot: h.slot, gender: h.gender, surface: surface(t, v, i, j))
                    break
                }
                if !RoleNouns.isModifier(w) { break }
                j += 1
            }
            if var f = found {
                // "my friends and colleagues", "my mother and neighbors": a second head joined
                // to the first without a determiner of its own.
                // "the guys at the firehouse", "my friends from work": a group says where it is from.
                if f.category == .helper, RoleNouns.pluralHeads.contains(v.lower(t[f.last])), f.last + 2 < n,
                   ["at", "from"].contains(v.lower(t[f.last + 1])), t[f.last + 1].para == tok.para, t[f.last + 2].isWord, !t[f.last + 2].cap {
                    var end = f.last + 2
                    if RolePhraseWords.groupPlaceDeterminers.contains(v.lower(t[end])), end + 1 < n, t[end + 1].isWord,
                       t[end + 1].sentence == tok.sentence { end += 1 }
                    f.last = end
                    f.surface = surface(t, v, f.first, f.last)
                } else if f.category == .helper || f.category == .other, f.last + 1 < n, ["at", "from"].contains(v.lower(t[f.last + 1])),
                          let end = placeEnd(t, v, from: f.last + 1) {
                    // One person too: "my best friend from college", "my boss at the insurance office".
                    f.last = end
                    f.surface = surface(t, v, f.first, f.last)
                }
                // "a friend of Suzie's", "a cousin of his": whose friend, said after the noun.
                if f.category == .helper || f.category == .other, ["a", "an"].contains(f.determiner), f.last + 2 < n,
                   v.lower(t[f.last + 1]) == "of", t[f.last + 1].sentence == tok.sentence, t[f.last + 2].sentence == tok.sentence,
                   t[f.last + 2].isWord, (t[f.last + 2].cap && t[f.last + 2].possessive) || RolePhraseWords.ownerPronouns.contains(v.lower(t[f.last + 2])) {
                    f.last += 2
                    f.surface = surface(t, v, f.first, f.last) + (t[f.last].possessive ? "’s" : "")
                }
                var second: RoleNounMention? = nil
                if f.last + 2 < n, t[f.last + 1].isWord, v.lower(t[f.last + 1]) == "and", t[f.last + 2].isWord,
                   !t[f.last + 2].cap, t[f.last + 2].para == tok.para, let h2 = RoleNouns.heads[v.lower(t[f.last + 2])],
                   h2.category == .helper, v.lower(t[f.last + 2]).hasSuffix("s") {
                    if f.category == .helper {
                        f.last += 2
                        f.surface = surface(t, v, f.first, f.last)
                    } else {
                        second = RoleNounMention(first: f.last + 2, last: f.last + 2, determiner: f.determiner, possessorToken: nil,
                                                 category: h2.category, slot: h2.slot, gender: h2.gender, surface: surface(t, v, f.last + 2, f.last + 2))
                    }
                }
                out.append(f)
                i = f.last + 1
                if let second {
                    out.append(second)
                    i = second.last + 1
                }
            } else {
                i += 1
            }
        }
        return out
    }

    /// The one the partner left for, named by a noun phrase: "another woman", "a wealthier man",
    /// "a guy she'd met online", "someone younger". The phrase must be of the other sex than
    /// the partner (else "a woman with her hair" is the partner herself) and stand in a
    /// sentence of leaving or of being with someone.
    static func rival(_ t: [CastToken], _ v: CastVocabulary, _ i: Int, partnerGender: Gender?) -> RoleNounMention? {
        guard rivalOpeners.contains(t[i].word) else { return nil }
        let det = v.lower(t[i])
        let p = t[i].para
        func w(_ k: Int) -> String { k < t.count && t[k].para == p && t[k].isWord && t[k].sentence == t[i].sentence ? v.lower(t[k]) : "" }
        guard t[i].quote < 0 else { return nil }
        if det == "someone" || det == "somebody" {
            let next = w(i + 1)
            guard next.count > 3, next.hasSuffix("er") || next == "else" || next == "new", leavingSentence(t, v, i) else { return nil }
            return make(t, v, i, i + 1, .rival, partnerGender.map { $0 == .male ? .female : .male })
        }
        guard det == "another" || det == "a" else { return nil }
        var k = i + 1
        while k <= i + 3, let _ = Optional(w(k)), !PersonNouns.words.contains(w(k)) {
            guard !w(k).isEmpty, RoleNouns.isModifier(t[k]) else { return nil }
            k += 1
        }
        guard let g = PersonNouns.gender[w(k)], let pg = partnerGender, g != pg else { return nil }
        guard det == "another" || leavingSentence(t, v, i) else { return nil }
        var end = k
        // "a guy she'd met online": the relative clause is part of the phrase.
        if RolePhraseWords.rivalClauseSubjects.contains(w(k + 1)), RolePhraseWords.rivalClauseVerbs.contains(w(k + 2)) {
            end = k + 2
            if w(k + 2) != "met", w(k + 3) == "seeing" || w(k + 3) == "dating" { end = k + 3 }
            if w(end + 1) == "online" { end += 1 }
            // "… met at work", "… met at the gym"
            if RolePhraseWords.rivalPlacePrepositions.contains(w(end + 1)), !w(end + 2).isEmpty {
                end += 2
                if RolePhraseWords.rivalPlaceDeterminers.contains(w(end)), !w(end + 1).isEmpty { end += 1 }
            }
        } else if w(k + 1) == "in", k + 2 < t.count, t[k + 2].cap, !w(k + 2).isEmpty, w(k + 2) != "i" {
            // "a man in Lyon", "a woman in New York": where they live is part of the phrase.
            end = k + 2
            if k + 3 < t.count, t[k + 3].cap, !w(k + 3).isEmpty { end = k + 3 }
        }
        return make(t, v, i, end, .rival, g)
    }

    /// The words `rival` opens on, as ids: it is asked of every word of the story.
    private static let rivalOpeners = RolePhraseWords.rivalOpeners.map(CastSharedWords.shared.id(of:))

    /// A sentence that tells of leaving for someone, or of being with them.
    static func leavingSentence(_ t: [CastToken], _ v: CastVocabulary, _ i: Int) -> Bool {
        var a = i, b = i
        while a > 0, t[a - 1].sentence == t[i].sentence { a -= 1 }
        while b + 1 < t.count, t[b + 1].sentence == t[i].sentence { b += 1 }
        return (a...b).contains { t[$0].isWord && RolePhraseWords.leaving.contains(v.lower(t[$0])) }
    }

    /// Phrases that name a person by a relative clause: "the man I married", "the woman he’s been
    /// seeing", "the woman from his office", "the other woman".
    static func special(_ t: [CastToken], _ v: CastVocabulary, _ i: Int, det: String, partnerGender: Gender? = nil) -> RoleNounMention? {
        guard det == "the" || det == "a" || det == "his" || det == "her", i + 2 < t.count else { return nil }
        let p = t[i].para
        func w(_ k: Int) -> String { k < t.count && t[k].para == p && t[k].isWord ? v.lower(t[k]) : "" }
        var k = i + 1
        if det == "the", w(k) == "other", PersonNouns.afterOther.contains(w(k + 1)) {
            return make(t, v, i, k + 1, .rival, w(k + 1) == "woman" || w(k + 1) == "girl" ? .female : .male)
        }
        if det == "his" || det == "her" {
            if w(k) == "new", PartnerNouns.every.contains(w(k + 1)) || w(k + 1) == "family" {
                if w(k + 1) == "family" { return nil }
                return make(t, v, i, k + 1, .rival, PartnerNouns.gender(of: w(k + 1)) ?? .male)
            }
            return nil
        }
        // "A man from the bank called me", "a man in a grey suit was waiting": a stranger known by
        // where they are from or what they wear is someone in the story.
        if det == "a", let g = PersonNouns.gender[w(k)] {
            var end: Int? = nil
            if w(k + 1) == "from" || w(k + 1) == "at" {
                // "a woman from his gym": of the partner's world, a rival as "the woman from his office" is.
                if RolePhraseWords.partnersPlaceOwners.contains(w(k + 2)), let e = placeEnd(t, v, from: k + 1) {
                    return make(t, v, i, e, .rival, g, tentative: true)
                }
                end = placeEnd(t, v, from: k + 1)
            }
            // Known by their clothes, a stranger of the partner's sex is as often the partner come
            // back unrecognised ("a man in a faded jacket walked up to us… I knew those eyes"):
            // someone else only when they bring papers ("a man in a grey suit handed me an envelope").
            if w(k + 1) == "in", w(k + 2) == "a" || w(k + 2) == "an",
               g != partnerGender || sentenceHas(t, v, i, RolePhraseWords.deliveryWords) {
                end = ((k + 3)...(k + 5)).first { RolePhraseWords.clothes.contains(w($0)) }
            }
            guard let end else { return nil }
            let phrase = surface(t, v, i, end)
            return RoleNounMention(first: i, last: end, determiner: det, possessorToken: nil, category: .other,
                                   slot: "stranger " + phrase, gender: g, surface: phrase)
        }
        guard det == "the" else { return nil }
        let noun = w(k)
        guard PersonNouns.words.contains(noun) else { return nil }
        let g: Gender = noun == "man" || noun == "guy" ? .male : .female
        k += 1
        // "the man I married"
        if w(k) == "i", RolePhraseWords.marriedVerbs.contains(w(k + 1)) {
            return make(t, v, i, k + 1, .partner, g)
        }
        // "the woman he’s been seeing" / "the woman he was with"
        var m = k
        if RolePhraseWords.clauseSubjects.contains(w(m)) {
            m += 1
            while RolePhraseWords.clauseAuxiliaries.contains(w(m)) { m += 1 }
            // "the girl he'd run off to Phoenix with", "the woman he ran away with": the clause
            // runs to its "with" (a place may stand between).
            if RolePhraseWords.ranOffVerbs.contains(w(m)), RolePhraseWords.ranOffParticles.contains(w(m + 1)),
               let with = ((m + 2)...(m + 5)).first(where: { w($0) == "with" }) {
                return make(t, v, i, with, .rival, g)
            }
            if RolePhraseWords.clauseVerbs.contains(w(m)) {
                var end = m
                if ["sleeping", "cheated"].contains(w(m)), w(m + 1) == "with" { end = m + 1 }
                if w(m) == "left" { if w(m + 1) == "me" && w(m + 2) == "for" { end = m + 2 } else { return nil } }
                return make(t, v, i, end, .rival, g)
            }
        }
        // "the woman from his office", "the man at her work", "the woman at the bridal shop"
        if w(k) == "from" || w(k) == "at", RolePhraseWords.placeDeterminers.contains(w(k + 1)), t.count > k + 2, t[k + 2].isWord, !t[k + 2].cap {
            return make(t, v, i, placeEnd(t, v, from: k) ?? k + 2, .rival, g, tentative: true)
        }
        return nil
    }

    /// Whether the sentence of token `i` holds one of `words`.
    static func sentenceHas(_ t: [CastToken], _ v: CastVocabulary, _ i: Int, _ words: Set<String>) -> Bool {
        var a = i, b = i
        while a > 0, t[a - 1].sentence == t[i].sentence { a -= 1 }
        while b + 1 < t.count, t[b + 1].sentence == t[i].sentence { b += 1 }
        return (a...b).contains { t[$0].isWord && words.contains(v.lower(t[$0])) }
    }

    /// "I also have a partner", "I've got a girlfriend now": the narrator's "have" (present
    /// tense, in narration) just before the determiner at `i`, an adverb or "got" between.
    static func narratorHas(_ t: [CastToken], _ v: CastVocabulary, before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, t[k].sentence == t[i].sentence, t[k].isWord, RolePhraseWords.haveFillers.contains(v.lower(t[k])) { k -= 1 }
        guard k >= 1, t[k].sentence == t[i].sentence, t[k].isWord else { return false }
        let verb = v.lower(t[k])
        if verb == "i've" || verb == "we've" { return true }
        guard RolePhraseWords.haveVerbs.contains(verb) else { return false }
        var s = k - 1
        while s >= 0, t[s].sentence == t[i].sentence, t[s].isWord, RolePhraseWords.haveFillers.contains(v.lower(t[s])) { s -= 1 }
        return s >= 0 && t[s].sentence == t[i].sentence && t[s].isWord && v.lower(t[s]) == "i"
    }

    /// Where someone is from or at, after their noun (`k` is "at" or "from"): a bare place ("from
    /// college", "at work"), or a determiner and a word, and a place's head after it when there
    /// is one ("at the insurance office", "from the hardware store"; "at the bank" alone). Not
    /// a time ("at the time"), nor across the sentence, a quotation or a capitalised word.
    static func placeEnd(_ t: [CastToken], _ v: CastVocabulary, from k: Int) -> Int? {
        func word(_ j: Int) -> String? {
            j < t.count && t[j].isWord && !t[j].cap && t[j].sentence == t[k].sentence && t[j].quote == t[k].quote ? v.lower(t[j]) : nil
        }
        guard let first = word(k + 1), !RolePhraseWords.partnerTimes.contains(first) else { return nil }
        guard RolePhraseWords.groupPlaceDeterminers.contains(first) else { return RolePhraseWords.barePlaces.contains(first) ? k + 1 : nil }
        guard let noun = word(k + 2), !RolePhraseWords.partnerTimes.contains(noun), !PersonVerbs.all.contains(noun) else { return nil }
        if let head = word(k + 3), RolePhraseWords.placeHeads.contains(head) { return k + 3 }
        return k + 2
    }

    private static func make(_ t: [CastToken], _ v: CastVocabulary, _ i: Int, _ j: Int, _ c: NounCategory, _ g: Gender?, tentative: Bool = false) -> RoleNounMention {
        RoleNounMention(first: i, last: j, determiner: v.lower(t[i]), possessorToken: nil, category: c,
                        slot: tentative ? "rival?" : (c == .partner ? "partner" : "rival"), gender: g, surface: surface(t, v, i, j))
    }

    static func surface(_ t: [CastToken], _ v: CastVocabulary, _ i: Int, _ j: Int) -> String {
        var parts: [String] = []
        for k in i...j {
            var w = v.text(t[k])
            if k == i, t[k].initial, t[k].has(.determiners) { w = v.lower(t[k]) }
            if t[k].possessive, k == i { w += "’s" }
            if t[k].isWord { parts.append(w) } else if !parts.isEmpty { parts[parts.count - 1] += w }
        }
        return parts.joined(separator: " ")
    }
}

extension RoleNouns {
    /// Words allowed between a determiner and the head ("our beautiful little girl").
    static func isModifier(_ t: CastToken) -> Bool {
        t.isWord && !t.cap && !t.has(.stopModifiers)
    }
}
