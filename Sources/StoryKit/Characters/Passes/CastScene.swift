/// Who the walk found out who is, up to where it stands: the entities, the role slots filled
/// ("partner|0" is the narrator's partner), and who was referred to lately, for "he" and
/// "she". The walk builds it in reading order; the roles and the quote rules carry on from
/// where it ended, so it is handed on as a value.
struct CastScene {
    let mentions: CastMentions
    let t: [CastToken]
    var ents: EntityTable
    /// Role slot → the entity that fills it.
    var nounEntity: [String: Int] = [:]
    /// Recent references outside speech: (entity, paragraph), newest last.
    var recent: [(Int, Int)] = []
    /// Who an unresolved "he"/"she" most likely is: the first walk's leaver (nil in that walk).
    let leaverHint: LeaverHint?

    init(_ mentions: CastMentions, entities: EntityTable, leaverHint: LeaverHint?) {
        self.mentions = mentions
        t = mentions.text.tokens
        ents = entities
        self.leaverHint = leaverHint
    }

    /// The character of `gender` most recently referred to outside speech within a few
    /// paragraphs; failing that, the latest one whose gender is unknown.
    mutating func salient(_ g: Gender, para: Int, excluding: Int? = nil) -> Int? {
        var unknown: Int? = nil
        var unknownPara: Int? = nil
        var minor: Int? = nil
        var k = recent.count - 1
        var seen = 0
        while k >= 0, seen < 60 {
            let (e, p) = recent[k]
            if p < para - 8 { break }
            let r = ents.find(e)
            // "our two boys" are male but never a "he": a group is no one's "his".
            if r != 0, r != excluding, !ents[r].plural {
                if let eg = ents.gender(r) {
                    if eg == g, unknown != nil, let u = unknownPara, u == para, p < para {
                        // Someone new in this paragraph whose gender we did not know ("A neighbor
                        // stopped me… she said") beats an older match.
                        break
                    }
                    if eg == g {
                        // "his late uncle", "my business partner": someone's relation, met in passing,
                        // rarely becomes the next "he".
                        if isMinor(r) { if minor == nil { minor = r } } else { return r }
                    }
                } else if unknown == nil {
                    unknown = r
                    unknownPara = p
                }
            }
            k -= 1
            seen += 1
        }
        if let unknown {
            if g == .male { ents[unknown].maleVotes += 1 } else { ents[unknown].femaleVotes += 1 }
            return unknown
        }
        if let minor { return minor }
        // Nobody of that gender on stage yet: in this genre, the partner.
        switch leaverHint {
        case .named(let e)?:
            if ents.gender(ents.find(e)) == g { return ents.find(e) }
        case .partner(let pg)?:
            if pg == nil || pg == g {
                if let e = nounEntity["partner|0"] { return ents.find(e) }
                var ent = CastEntity()
                ent.links = [NounLink(category: .partner, slot: "partner", owner: 0)]
                ent.statedGender = g
                let e = ents.add(ent)
                nounEntity["partner|0"] = e
                return e
            }
        case nil:
            break
        }
        return nil
    }

    /// A relation of someone other than the narrator, without a name.
    func isMinor(_ r: Int) -> Bool {
        guard ents[r].nameForms.isEmpty else { return false }
        return ents[r].links.allSatisfy { l in
            guard let o = l.owner else { return l.category == .other || l.category == .helper }
            return o != 0 && (l.category == .family || l.category == .other || l.category == .helper)
        } && !ents[r].links.isEmpty
    }

    /// How many characters of `gender` are on stage (this paragraph and the one before), counting
    /// up to two: callers only ask whether there is more than one.
    mutating func onStageCount(_ g: Gender, para: Int) -> Int {
        var first: Int? = nil
        var k = recent.count - 1
        while k >= 0 {
            let (e, p) = recent[k]
            if p < para - 1 { break }
            let r = ents.find(e)
            if r != 0, ents.gender(r) == g {
                if let f = first { if f != r { return 2 } } else { first = r }
            }
            k -= 1
        }
        return first == nil ? 0 : 1
    }

    private static let me = CastSharedWords.shared.id(of: "me"), us = CastSharedWords.shared.id(of: "us")
    private static let we = CastSharedWords.shared.id(of: "we"), they = CastSharedWords.shared.id(of: "they")

    /// Whether the subject at token `i` acts on the narrator in its clause: "me" or "us"
    /// follows before another subject does ("the captain moved me to day shifts").
    func actsOnNarrator(at i: Int) -> Bool {
        var k = i + 1
        while k < t.count, k <= i + 10, t[k].sentence == t[i].sentence, t[k].quote < 0 {
            if t[k].isWord {
                let w = t[k].word
                if w == Self.me || w == Self.us { return true }
                if t[k].has(.subjectPronouns) || w == Self.we || w == Self.they { return false }
            }
            k += 1
        }
        return false
    }

    /// Counts a reference to `e` at token `i`; a salient one (outside speech) also puts them
    /// on stage, and counts whether they act on the narrator there.
    mutating func mention(_ e: Int, _ i: Int, salient: Bool) {
        let r = ents.find(e)
        if salient, t[i].quote < 0, i + 1 < t.count, !t[i].has(.firstPerson), actsOnNarrator(at: i),
           !(t[i].has(.malePronouns) || t[i].has(.femalePronouns)) || t[i].has(.subjectPronouns) {
            ents[r].actsOnNarrator += 1
        }
        ents.count(r, at: i, in: t)
        if salient {
            recent.append((r, t[i].para))
            if recent.count > 200 { recent.removeFirst(100) }
        }
    }

    /// Whose a role phrase is: "my" is the narrator's outside speech and the speaker's inside it.
    mutating func owner(of m: RoleNounMention, speakers: [Int?]) -> (Int?, known: Bool) {
        let tok = t[m.first]
        let q = tok.quote
        switch m.determiner {
        case "my":
            if q < 0 { return (0, true) }
            if let s = speakers[q] { return (s, true) }
            return (nil, false)
        case "our":
            if q < 0 { return (0, true) }
            if let s = speakers[q] { return (m.category == .child || m.category == .twins ? 0 : s, true) }
            return (nil, false)
        case "your":
            if q >= 0, let s = speakers[q], ents.find(s) != 0 { return (0, true) }
            return (nil, false)
        case "his", "her":
            return (salient(m.determiner == "his" ? .male : .female, para: tok.para), true)
        case "'s":
            if let p = m.possessorToken, let s = mentions.names.endingAt[p], let e = mentions.spanEntity[s] { return (e, true) }
            return (nil, false)
        default:
            return (nil, true)
        }
    }

    /// The slot a role phrase fills: "partner|0" is the narrator's partner, "mother|5" the
    /// mother of character 5; nil when the phrase names no one we can place.
    mutating func nounKey(_ m: RoleNounMention, speakers: [Int?]) -> (String, NounCategory, Int?)? {
        let inQuote = t[m.first].quote >= 0
        let (ownerRaw, known) = owner(of: m, speakers: speakers)
        guard known else { return nil }
        let ownerRoot = ownerRaw.map { ents.find($0) }
        switch m.category {
        case .partner:
            if m.slot == "partner", m.determiner == "the" { return ("partner|0", .partner, 0) }  // "the man I married"
            guard let o = ownerRoot else { return nil }
            if o == 0 { return ("partner|0", .partner, 0) }
            let head = mentions.text.lower(m.last)
            guard PartnerNouns.unmarried.contains(head) else { return nil }
            return ("rival", .rival, o)
        case .child:
            let key = "\(m.slot)|0"
            // "a daughter" only joins one already met; "the baby" is the one of the story.
            if ownerRoot == nil, nounEntity[key] == nil, !(m.determiner == "the" && m.slot == "child") { return nil }
            // "her only child", "his kid" is someone else's, unless the narrator's child is already known.
            if m.slot == "child", let o = ownerRoot, o != 0, nounEntity[key] == nil { return nil }
            return (key, .child, 0)
        case .twins:
            return ("twins|0", .twins, 0)
        case .family:
            guard let o = ownerRoot else { return nil }
            // "our family", "my family" is the narrator's household, not a character.
            if m.slot == "family", o == 0 { return nil }
            if o != 0, hasChildLink(o), m.determiner == "his" || m.determiner == "her", !named(o, inSentenceBefore: m.first),
               let p = partnerRoot(m.determiner == "his" ? .male : .female) {
                // "His brother Marvin swore there wasn't one", "His sister Joanne came over the
                // night he left": a "his" whose child the sentence has not named is the partner's.
                return ("\(m.slot)|\(p)", .family, p)
            }
            if o != 0, hasChildLink(o) {
                // A child's brother or sister is another child of the narrator's, not that one.
                switch m.slot {
                case "sister", "brother": return ("\(m.slot)|\(o)", .child, 0)
                default: return nil
                }
            }
            return ("\(m.slot)|\(o)", .family, o)
        case .helper, .other:
            if inQuote && ownerRoot == nil { return nil }
            return ("\(m.slot)|\(ownerRoot ?? 0)", m.category, ownerRoot ?? 0)
        case .rival:
            // "Amber was dancing with her new husband, Chris": a child's spouse is family.
            if m.determiner == "his" || m.determiner == "her", let o = ownerRoot, o != 0, hasChildLink(o),
               named(o, inSentenceBefore: m.first) {
                return ("in-law|\(o)", .family, 0)
            }
            return ("rival", .rival, ownerRoot)
        }
    }

    /// Whether `r` is named (or a child called by a role phrase) earlier in the sentence of token `i`:
    /// "Max held his sister's hand". Read back to the sentence's start only.
    mutating func named(_ r: Int, inSentenceBefore i: Int) -> Bool {
        var k = i - 1
        while k >= 0, t[k].sentence == t[i].sentence {
            if let s = mentions.names.startingAt[k], let e = mentions.spanEntity[s], ents.find(e) == r { return true }
            // "our son … his sister": a child's role phrase counts for any child.
            if let n = mentions.nouns.startingAt[k], [.child, .twins].contains(mentions.nouns.nouns[n].category) { return true }
            k -= 1
        }
        return false
    }

    /// The narrator's partner as known at this point of the walk, if of sex `g`: the role slot,
    /// or the leaver the first walk found.
    mutating func partnerRoot(_ g: Gender) -> Int? {
        var p: Int? = nounEntity["partner|0"].map { ents.find($0) }
        if p == nil, case .named(let e)? = leaverHint { p = ents.find(e) }
        guard let p, p != 0, ents.gender(p) == g else { return nil }
        return p
    }

    func hasChildLink(_ r: Int) -> Bool { ents[r].links.contains { $0.category == .child || $0.category == .twins } }

    /// The entity a subject token stands for: a name, a role phrase, a pronoun by salience.
    mutating func resolveSubject(_ k: Int, speakers: [Int?]) -> Int? {
        if let s = mentions.names.startingAt[k], let e = mentions.spanEntity[s] { return ents.find(e) }
        if let m = mentions.nouns.startingAt[k] {
            guard let (key, _, _) = nounKey(mentions.nouns.nouns[m], speakers: speakers), let e = nounEntity[key] else { return nil }
            return ents.find(e)
        }
        // The token's classes are its lowercase word's: the same answer as the sets, no hashing.
        if t[k].has(.firstPerson) { return 0 }
        if t[k].has(.malePronouns) { return salient(.male, para: t[k].para) }
        if t[k].has(.femalePronouns) { return salient(.female, para: t[k].para) }
        return nil
    }

}

/// The leaver the first walk found, for the second: a named entity (an id of the table both
/// walks start from), or a partner known only by role and maybe sex.
enum LeaverHint { case named(Int), partner(Gender?) }
