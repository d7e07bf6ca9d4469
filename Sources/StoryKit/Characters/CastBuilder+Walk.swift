/// The reading-order walk: characters are created as they appear, pronouns and possessives are
/// resolved against who is on stage at that point, and tagged quotes get their speakers.
extension CastBuilder {
    mutating func walk() {
        var sentenceFirstNoun: [Int: Int] = [:]
        var startedPara = -1
        var i = 0
        while i < t.count {
            let tok = t[i]
            if tok.quote >= 0, tok.para != startedPara {
                startedPara = tok.para
                startParagraphQuotes(tok.para, at: i)
            }
            var next = i + 1
            if let s = spanAt[i] {
                handleSpan(s, sentenceFirstNoun: sentenceFirstNoun)
                next = max(next, spans[s].last + 1)
            }
            if let m = nounAt[i] {
                if let e = handleNoun(m), sentenceFirstNoun[tok.sentence] == nil { sentenceFirstNoun[tok.sentence] = e }
                next = max(next, nouns[m].last + 1)
            } else if spanAt[i] == nil, tok.isWord, !tok.lex.isDisjoint(with: Self.handledWords) {
                handleWord(i)
            }
            i = next
        }
    }

    // MARK: salience

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
            let r = find(e)
            if r != 0, r != excluding {
                if let eg = gender(r) {
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
                } else if unknown == nil, !ents[r].plural {
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
            if gender(find(e)) == g { return find(e) }
        case .partner(let pg)?:
            if pg == nil || pg == g {
                if let e = nounEntity["partner|0"] { return find(e) }
                var ent = CastEntity()
                ent.links = [NounLink(category: .partner, slot: "partner", owner: 0)]
                ent.statedGender = g
                let e = newEntity(ent)
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
            let r = find(e)
            if r != 0, gender(r) == g {
                if let f = first { if f != r { return 2 } } else { first = r }
            }
            k -= 1
        }
        return first == nil ? 0 : 1
    }

    /// Whether the subject at token `i` acts on the narrator in its clause: "me" or "us"
    /// follows before another subject does ("the captain moved me to day shifts").
    func actsOnNarrator(at i: Int) -> Bool {
        var k = i + 1
        while k < t.count, k <= i + 10, t[k].sentence == t[i].sentence, t[k].quote < 0 {
            if t[k].isWord {
                let w = lower(k)
                if w == "me" || w == "us" { return true }
                if t[k].has(.subjectPronouns) || w == "we" || w == "they" { return false }
            }
            k += 1
        }
        return false
    }

    mutating func mention(_ e: Int, _ i: Int, salient: Bool) {
        let r = find(e)
        if salient, t[i].quote < 0, i + 1 < t.count, !t[i].has(.firstPerson), actsOnNarrator(at: i),
           !(t[i].has(.malePronouns) || t[i].has(.femalePronouns)) || t[i].has(.subjectPronouns) {
            ents[r].actsOnNarrator += 1
        }
        ents[r].mentions += 1
        ents[r].paragraphs.insert(t[i].para + 1)
        ents[r].firstToken = min(ents[r].firstToken, i)
        if salient {
            recent.append((r, t[i].para))
            if recent.count > 200 { recent.removeFirst(100) }
        }
    }

    // MARK: names, nouns, pronouns

    mutating func handleSpan(_ s: Int, sentenceFirstNoun: [Int: Int]) {
        let span = spans[s]
        guard let e = spanEntity[s] else { return }
        let outside = !span.inQuote
        mention(e, span.first, salient: outside)
        let r = find(e)
        if outside { ents[r].childCues += sentenceChildCues[t[span.first].sentence] ?? 0 }
        if span.inQuote, span.vocative || span.askedIdentity {
            vocatives[t[span.first].quote].append(e)
        }
        let p = t[span.first].para
        func w(_ k: Int) -> String { k < t.count && t[k].para == p ? lower(k) : "" }
        // "James and I had been together": the narrator's partner.
        if outside, w(span.last + 1) == "and", w(span.last + 2) == "i" {
            var k = span.last + 3
            while k < t.count, k < span.last + 14, t[k].sentence == t[span.first].sentence {
                if t[k].has(.coupleCues) { ents[r].coupleHint = true; break }
                k += 1
            }
        }
        // "Miranda left me and our daughters": who walks out on the narrator is the partner.
        if outside, Self.walkOutVerbs.contains(w(span.last + 1)), ["me", "us", "our", "my"].contains(w(span.last + 2)) {
            ents[r].coupleHint = true
        }
        // "all of J's things were gone": whose belongings leave with them is the partner.
        if outside, t[span.last].possessive, ["things", "stuff", "clothes", "belongings", "side"].contains(w(span.last + 1)) {
            var k = span.last + 2
            while k < t.count, k <= span.last + 6, t[k].sentence == t[span.first].sentence {
                if ["gone", "missing", "empty"].contains(lower(k)) { ents[r].coupleHint = true; break }
                k += 1
            }
        }
        // "raising Noah on my own": the narrator's child.
        if outside, span.first > 0, ["raising", "raised", "raise", "raises", "adopted"].contains(w(span.first - 1)) {
            ents[r].childCues += 2
        }
        if outside, leftForSlot(span.first) { rivalStore.insert(r) }
        if (w(span.last + 1) == "from" && w(span.last + 2) == "next" && w(span.last + 3) == "door") ||
            (w(span.last + 1) == "next" && w(span.last + 2) == "door") {
            ents[r].neighborHint = true
        }
        // "a woman named Gloria Reyes" after "The lawyer was…"
        if span.first > 0, lower(span.first - 1) == "named", let n = sentenceFirstNoun[t[span.first].sentence] {
            union(n, e)
        }
    }

    /// Whose a role phrase is: "my" is the narrator's outside speech and the speaker's inside it.
    mutating func owner(of m: RoleNounMention) -> (Int?, known: Bool) {
        let tok = t[m.first]
        let q = tok.quote
        switch m.determiner {
        case "my":
            if q < 0 { return (0, true) }
            if let s = speaker[q] { return (s, true) }
            return (nil, false)
        case "our":
            if q < 0 { return (0, true) }
            if let s = speaker[q] { return (m.category == .child || m.category == .twins ? 0 : s, true) }
            return (nil, false)
        case "your":
            if q >= 0, let s = speaker[q], find(s) != 0 { return (0, true) }
            return (nil, false)
        case "his", "her":
            return (salient(m.determiner == "his" ? .male : .female, para: tok.para), true)
        case "'s":
            if let p = m.possessorToken, let s = spanEndingAt[p], let e = spanEntity[s] { return (e, true) }
            return (nil, false)
        default:
            return (nil, true)
        }
    }

    /// The slot a role phrase fills: "partner|0" is the narrator's partner, "mother|5" the
    /// mother of character 5; nil when the phrase names no one we can place.
    mutating func nounKey(_ m: RoleNounMention) -> (String, NounCategory, Int?)? {
        let inQuote = t[m.first].quote >= 0
        let (ownerRaw, known) = owner(of: m)
        guard known else { return nil }
        let ownerRoot = ownerRaw.map { find($0) }
        switch m.category {
        case .partner:
            if m.slot == "partner", m.determiner == "the" { return ("partner|0", .partner, 0) }  // "the man I married"
            guard let o = ownerRoot else { return nil }
            if o == 0 { return ("partner|0", .partner, 0) }
            let head = lower(m.last)
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
            return ("rival", .rival, ownerRoot)
        }
    }

    func hasChildLink(_ r: Int) -> Bool { ents[r].links.contains { $0.category == .child || $0.category == .twins } }

    /// Creates or finds the character a role phrase names, and ties it to a name beside it.
    mutating func handleNoun(_ idx: Int) -> Int? {
        let m = nouns[idx]
        let inQuote = t[m.first].quote >= 0
        if m.determiner == "the", m.slot == "son" || m.slot == "daughter", m.last == m.first + 1 {
            pendingChildRef.append((m.first, m.gender ?? .male, m.surface))
            return nil
        }
        if m.category == .family, m.slot == "mother" || m.slot == "father", let o = owner(of: m).0, find(o) != 0, hasChildLink(find(o)) {
            // "his dad" said of the child: one of the children's parents, settled with the roles.
            pendingParentNoun.append((m.last, m.gender ?? .male, m.surface))
            return nil
        }
        guard let (key, category, ownerRoot) = nounKey(m) else { return nil }
        let e: Int
        if let existing = nounEntity[key] { e = find(existing) } else {
            var ent = CastEntity()
            ent.links = [NounLink(category: category, slot: m.slot, owner: ownerRoot)]
            ent.statedGender = m.gender
            ent.plural = category == .twins || RoleNouns.pluralHeads.contains(lower(m.last))
            e = newEntity(ent)
            nounEntity[key] = e
        }
        let r = find(e)
        if !ents[r].nouns.contains(where: { $0.lowercased() == m.surface.lowercased() }) { ents[r].nouns.append(m.surface) }
        if ents[r].statedGender == nil, let g = m.gender, !ents[r].plural { ents[r].statedGender = g }
        mention(r, m.first, salient: !inQuote)
        linkApposition(m, r)
        return find(r)
    }

    static let walkOutVerbs: Set<String> = ["left", "abandoned", "deserted", "dumped", "ditched", "divorced", "cheated"]

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
            if ["left", "leaving", "leave", "leaves", "abandoned", "dumped", "ditched"].contains(lower(k)) { return true }
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
            guard let s, let e = spanEntity[s], e != 0 else { return nil }
            return e
        }
        let possessiveDet = m.determiner != "the" && m.determiner != "a" && m.determiner != "an"
        func tx(_ k: Int) -> String? { tk(k).map(vocab.text) }
        if ents[find(e)].plural, tx(m.last + 1) == "," || possessiveDet {
            // "our daughters, Sophie and Emily": each named child is one of the group.
            var k = tx(m.last + 1) == "," ? m.last + 2 : m.last + 1
            while let s = spanAt[k], let n = named(s) {
                joinGroup(n, group: find(e), noun: m)
                k = spans[s].last + 1
                guard let sep = tx(k), sep == "," || sep == "and" else { break }
                k += 1
                if tx(k) == "and" { k += 1 }
            }
            return
        }
        if tx(m.last + 1) == ",", let n = named(spanAt[m.last + 2]) { union(e, n); return }
        if possessiveDet, let n = named(spanAt[m.last + 1]), !t[m.last].possessive { union(e, n); return }
        if tx(m.first - 1) == ",", let s = spanEndingAt[m.first - 2], !spans[s].vocative, let n = named(s) { union(e, n); return }
        if tx(m.first - 1) == ".", let n = named(spanEndingAt[m.first - 2]), tx(m.last + 1) == "." { union(e, n); return }
        if let prev = tk(m.first - 1), ["was", "is"].contains(vocab.lower(prev)) {
            if let n = named(spanEndingAt[m.first - 2]) { union(e, n); return }
            if tx(m.last + 1) == ".", let n = named(spanAt[m.last + 2]) { union(e, n); return }
        }
    }

    /// Makes `n` one of the children of `group`, with the group's phrase as an alias and its
    /// sex ("our twin boys").
    mutating func joinGroup(_ n: Int, group: Int, noun m: RoleNounMention) {
        let r = find(n)
        guard r != group, r != 0 else { return }
        if !ents[r].links.contains(where: { $0.category == .child }) {
            ents[r].links.append(NounLink(category: .child, slot: "child", owner: 0))
        }
        if !ents[r].nouns.contains(where: { $0.lowercased() == m.surface.lowercased() }) { ents[r].nouns.append(m.surface) }
        if let g = m.gender { ents[r].statedGender = g }
    }

    /// `handleWord` acts only on pronouns and parent words: other words skip the call.
    static let handledWords: CastLexicon.Class = [.firstPerson, .malePronouns, .femalePronouns, .parentWordSet]

    mutating func handleWord(_ i: Int) {
        let tok = t[i]
        let q = tok.quote
        if q < 0 {
            if tok.has(.firstPerson) { mention(0, i, salient: false); return }
            let male = tok.has(.malePronouns)
            if male || tok.has(.femalePronouns) {
                let g: Gender = male ? .male : .female
                guard let r = salient(g, para: tok.para) else { return }
                if onStageCount(g, para: tok.para) <= 1 {
                    mention(r, i, salient: true)
                } else {
                    recent.append((r, tok.para))
                }
                return
            }
        } else if tok.has(.firstPerson), let s = speaker[q] {
            mention(s, i, salient: false)
            return
        }
        if tok.has(.parentWordSet), let g = CastLexicon.parentWords[lower(i)] {
            let prev = i > 0 && t[i - 1].para == tok.para ? t[i - 1] : nil
            if let prev, prev.isWord, prev.has(.determiners) || prev.possessive { return }
            // "Father’s Day", "Mother’s Day": a holiday, not a person.
            if tok.possessive, i + 1 < t.count, t[i + 1].cap { return }
            guard tok.cap || (q >= 0 && tok.has(.childishParentWords)) else { return }
            if tok.cap, tok.initial, q < 0, !tok.has(.childishParentWords) {
                // "Mother was…" at a sentence start outside speech is still a name; keep it.
            }
            let nextTok = i + 1 < t.count && t[i + 1].para == tok.para ? t[i + 1] : nil
            let prevText = prev.map(vocab.text)
            let vocative = q >= 0 && (prev == nil || prev!.isQuoteMark || prevText == "," || (prev!.quote == q && [".", "!", "?"].contains(prevText!)))
                && (nextTok == nil || !nextTok!.isWord)
            parentUses.append((i, q, g, vocative))
            if vocative { parentVocatives[q].append(g) }
        }
    }
}
