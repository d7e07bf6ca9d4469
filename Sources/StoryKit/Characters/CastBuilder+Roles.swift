/// Roles. The leaver is the narrator's partner: the name a partner noun is tied to, the one
/// "X and I" were together with, or the single named adult of the partner's gender who is
/// nobody's child, relative or helper. Children, relatives, helpers and rivals follow from
/// the role nouns tied to them; a few text cues (calling the narrator "Mom", school and toys)
/// find children the text never calls "our son".
extension CastBuilder {
    var leaverRoot: Int? {
        get { leaverStore.first }
    }

    mutating func setLeaver(_ r: Int?) { leaverStore = r.map { [$0] } ?? [] }

    func links(_ r: Int) -> [NounLink] { ents[r].links }

    mutating func roots() -> [Int] { ents.roots() }

    /// How many children a group phrase counts: "my two adult sons" 2, "the twins" 2, "our
    /// kids" up to 3.
    static func groupSize(_ phrase: String) -> Int {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        let numbers = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8]
        if let n = words.compactMap({ numbers[$0] }).first { return n }
        if words.contains(where: { $0.hasPrefix("twin") }) { return 2 }
        if words.contains("triplets") { return 3 }
        return 3
    }

    static func nounKeyWords(_ s: String) -> [String] {
        var w = s.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" }).map(String.init)
        while let f = w.first, CastLexicon.determiners.contains(f) { w.removeFirst() }
        return w
    }

    mutating func assignRoles() {
        // Noun slots whose owners merged since: one character per (slot, owner).
        var bySlot: [String: Int] = [:]
        for (key, e) in nounEntity.sorted(by: { $0.value < $1.value }) {
            let parts = key.split(separator: "|")
            let ownerPart = parts.count > 1 ? Int(parts[1]).map { find($0) } : nil
            let k = "\(parts[0])|\(ownerPart.map(String.init) ?? "-")"
            if let other = bySlot[k] { union(other, e) } else { bySlot[k] = e }
        }
        // Who calls the narrator "Mom"/"Daddy" is a child of the narrator.
        for q in quotes.indices where !parentVocatives[q].isEmpty {
            guard let s = speaker[q].map({ find($0) }), s != 0 else { continue }
            let nextQ = q + 1 < quotes.count ? q + 1 : nil
            let answered = nextQ.flatMap { speaker[$0] }.map { find($0) == 0 } ?? false
            if addressedNarrator[q] || answered { ents[s].callsNarratorParent = true }
        }
        let partner = nounEntity["partner|0"].map { find($0) }
        func isNamed(_ r: Int) -> Bool { !ents[r].nameForms.isEmpty }
        func tied(_ r: Int) -> Bool {
            ents[r].links.contains { $0.category != .partner } || ents[r].callsNarratorParent || ents[r].neighborHint
        }
        var leaver: Int? = nil
        if let partner, isNamed(partner) { leaver = partner }
        let all = roots()
        let candidates = all.filter { $0 != 0 && isNamed($0) && !tied($0) }
        if leaver == nil {
            let couple = candidates.filter { ents[$0].coupleHint }
            if let best = couple.max(by: { ents[$0].mentions < ents[$1].mentions }) { leaver = best }
        }
        if leaver == nil {
            let g = partner.flatMap { gender($0) } ?? titleFacts.partnerGender
            let fit = candidates.filter { g == nil || gender($0) == nil || gender($0) == g }
            let snapshot = ents
            let score = { (r: Int) -> Int in snapshot[r].mentions + snapshot[r].quotes }
            let ranked = fit.sorted { score($0) != score($1) ? score($0) > score($1) : ents[$0].firstToken < ents[$1].firstToken }
            if let best = ranked.first, ents[best].mentions >= (partner == nil ? 3 : 2) {
                // Prefer a gender match over an unknown gender at equal footing.
                let exact = ranked.first { g != nil && gender($0) == g && score($0) * 2 >= score(best) }
                leaver = exact ?? best
            }
        }
        if let l = leaver, let partner, find(l) != find(partner) { union(l, partner) }
        if leaver == nil { leaver = partner }
        // Named only as the children's other parent ("her dad", "their father") or in the
        // headline ("My Ex Said…"): the partner is a character all the same.
        if leaver == nil, let g = pendingParentNoun.first(where: { gender(0) != $0.gender })?.gender ?? titleFacts.partnerGender,
           pendingParentNoun.contains(where: { $0.gender == g }) || titleFacts.partnerPhrase != nil {
            var ent = CastEntity()
            ent.links = [NounLink(category: .partner, slot: "partner", owner: 0)]
            ent.statedGender = g
            let e = newEntity(ent)
            nounEntity["partner|0"] = e
            leaver = e
        }
        if let l = leaver, let phrase = titleFacts.partnerPhrase {
            let r = find(l)
            if !ents[r].nouns.contains(where: { $0.lowercased() == phrase.lowercased() }) { ents[r].nouns.append(phrase) }
            if ents[r].mentions == 0 { ents[r].mentions = 1; ents[r].firstToken = 0; ents[r].paragraphs.insert(1) }
        }
        setLeaver(leaver.map { find($0) })
        if let l = leaverRoot, ents[l].statedGender == nil, gender(l) == nil, let g = titleFacts.partnerGender { ents[l].statedGender = g }

        // The rival the headline names ("…for Her Boss").
        if let phrase = titleFacts.rivalPhrase {
            for r in roots() where r != 0 && r != leaverRoot {
                let match = ents[r].nouns.contains { n in
                    let k = Self.nounKeyWords(n)
                    guard !k.isEmpty else { return false }
                    let (short, long) = k.count <= phrase.count ? (k, phrase) : (phrase, k)
                    return Array(long.suffix(short.count)) == short
                }
                if match { rivalStore.insert(r) }
            }
        }

        // Named children beside a group of the narrator's children ("our twin boys … Logan and
        // Luke"): a pair of names joined by "and", neither an adult's relation, is the children.
        if let group = nounEntity["twins|0"].map({ find($0) }) {
            let groupNoun = ents[group].nouns.first
            let groupGender: Gender? = ents[group].statedGender
            for (b, s) in spans.enumerated() where !s.inQuote && s.first >= 2 {
                guard lower(s.first - 1) == "and", let a = spanEndingAt[s.first - 2],
                      let ea = spanEntity[a], let eb = spanEntity[b] else { continue }
                let pair = [find(ea), find(eb)]
                guard pair[0] != pair[1], !pair.contains(0), !pair.contains(where: { $0 == leaverRoot || rivalStore.contains($0) }),
                      pair.allSatisfy({ r in !ents[r].links.contains { $0.category != .child && $0.category != .twins } }) else { continue }
                for r in pair {
                    if !ents[r].links.contains(where: { $0.category == .child }) { ents[r].links.append(NounLink(category: .child, slot: "child", owner: 0)) }
                    if let groupNoun, !ents[r].nouns.contains(groupNoun) { ents[r].nouns.append(groupNoun) }
                    if let groupGender { ents[r].statedGender = groupGender }
                }
            }
        }
        // "My two adult sons were angrier than I was. Ambrose drove up…, Lionel called…": names
        // met in the sentences right after the group, no one's relation, are its members (as
        // many as the group says it has).
        if let group = nounEntity["twins|0"].map({ find($0) }) {
            var members = Set<Int>()
            var size = 0
            for m in nouns where m.category == .twins && t[m.first].quote < 0 {
                size = max(size, Self.groupSize(m.surface))
                let s0 = t[m.first].sentence
                for (k, sp) in spans.enumerated() where !sp.inQuote {
                    let s1 = t[sp.first].sentence
                    guard s1 > s0, s1 <= s0 + 3, let e = spanEntity[k] else { continue }
                    let r = find(e)
                    guard r != 0, r != group, r != leaverRoot, !rivalStore.contains(r), ents[r].links.isEmpty,
                          ents[r].firstToken >= m.first else { continue }
                    members.insert(r)
                }
            }
            if !members.isEmpty, members.count <= size {
                for r in members {
                    ents[r].links.append(NounLink(category: .child, slot: "child", owner: 0))
                    if let g = ents[group].statedGender { ents[r].statedGender = g }
                }
            }
        }
        // Children the text names without a child noun.
        for r in roots() where r != 0 && r != leaverRoot && isNamed(r) {
            let hasAdultLink = ents[r].links.contains { $0.category != .child && $0.category != .twins }
            if hasAdultLink || rivalStore.contains(r) { continue }
            if ents[r].callsNarratorParent || ents[r].childCues >= 2 { childStore.insert(r) }
        }
        for r in roots() where ents[r].links.contains(where: { $0.category == .child || $0.category == .twins }) { childStore.insert(r) }
        // Tie "our son"/"our daughter" to the named child of that gender.
        for slot in ["son", "daughter"] {
            guard let e = nounEntity["\(slot)|0"] else { continue }
            let nr = find(e)
            if isNamed(nr) { continue }
            let g: Gender = slot == "son" ? .male : .female
            let free = childStore.filter { isNamed($0) && !ents[$0].links.contains { $0.category == .child } }
            let exact = free.filter { gender($0) == g }
            let unknown = free.filter { gender($0) == nil }
            if exact.count == 1 {
                union(exact.first!, nr)
            } else if exact.isEmpty, unknown.count == 1 {
                let c = unknown.first!
                union(c, nr)
                ents[find(c)].statedGender = g
            }
            childStore = Set(childStore.map { find($0) })
            childStore.insert(find(nr))
        }
        // "the boy", "the girl": the one child of that gender.
        for ref in pendingChildRef {
            let kids = Set(childStore.map { find($0) }).filter { gender($0) == ref.gender && !ents[$0].plural }
            guard kids.count == 1, let k = kids.first else { continue }
            if !ents[k].nouns.contains(ref.surface) { ents[k].nouns.append(ref.surface) }
            mention(k, ref.tok, salient: false)
        }
    }

    /// The parent of the narrator's children who has gender `g`.
    mutating func childrensParent(_ g: Gender) -> Int? {
        let l = leaverRoot.map { find($0) }
        let lg = l.flatMap { gender($0) }
        let ng = gender(0)
        if let l, lg == g, ng != g { return l }
        if ng == g, lg != g { return 0 }
        if ng == nil, let lg, lg != g { return 0 }
        if let l, lg == nil, ng != nil, ng != g { return l }
        return nil
    }

    /// The narrator's sex when no one calls them "Mom" or "Dad": what they say they are ("I
    /// became a mom at twenty-one", "as a single father"), else the other sex of the partner
    /// they were with (the genre's couples are mostly a man and a woman; a story that says
    /// otherwise, by "Mom" or "Dad" or "I was a father", wins).
    mutating func inferNarratorGender() {
        guard ents[0].statedGender == nil else { return }
        for (i, tok) in t.enumerated() where tok.isWord && tok.quote < 0 && tok.has(.firstPerson) {
            // "I was a single mother", "I became a mom", "I'm a dad": the head within four words.
            guard ["i", "i'm"].contains(lower(i)) else { continue }
            var k = i + 1
            guard k < t.count, t[k].sentence == tok.sentence else { continue }
            if lower(i) == "i", ["was", "am", "became", "become", "had", "been"].contains(lower(k)) { k += 1 }
            guard k < t.count, ["a", "an", "the"].contains(lower(k)) else { continue }
            for j in (k + 1)..<min(t.count, k + 4) where t[j].sentence == tok.sentence && t[j].isWord {
                if let g = Self.selfNouns[lower(j)] { ents[0].statedGender = g; return }
            }
        }
        if let l = leaverRoot.map({ find($0) }), l != 0, let g = gender(l) {
            ents[0].statedGender = g == .male ? .female : .male
        }
    }

    static let selfNouns: [String: Gender] = ["mother": .female, "mom": .female, "mum": .female, "wife": .female, "woman": .female,
                                              "father": .male, "dad": .male, "husband": .male, "man": .male]

    /// "Daddy", "Mom" used as names: whose parent depends on who speaks.
    mutating func resolveParentWords() {
        let hasChildren = !childStore.isEmpty
        let leaver = leaverRoot.map { find($0) }
        for use in parentUses {
            let s = use.quote >= 0 ? speaker[use.quote].map { find($0) } : nil
            var target: Int? = nil
            let childish = t[use.tok].has(.childishParentWords)
            func ownParent(of who: Int) -> Int? {
                let slot = use.gender == .female ? "mother" : "father"
                return roots().first { r in ents[r].links.contains { $0.slot == slot && $0.owner.map { find($0) } == who } }
            }
            if use.quote >= 0 {
                if s == 0 {
                    target = hasChildren ? childrensParent(use.gender) : ownParent(of: 0)
                } else if let s, s == leaver {
                    target = use.vocative ? ownParent(of: s) : (hasChildren ? childrensParent(use.gender) : ownParent(of: s))
                } else if use.vocative {
                    // A child calling the narrator.
                    if let s, childStore.contains(s) || ents[s].callsNarratorParent {
                        if gender(0) == nil || gender(0) == use.gender, leaver.flatMap({ gender($0) }) != use.gender || gender(0) == use.gender {
                            target = 0
                            if ents[0].statedGender == nil { ents[0].statedGender = use.gender }
                        }
                    } else if s == nil, hasChildren {
                        target = childrensParent(use.gender)
                    }
                } else if hasChildren {
                    target = childrensParent(use.gender)
                }
            } else {
                target = childish && hasChildren ? childrensParent(use.gender) : ownParent(of: 0)
                if target == nil, hasChildren { target = childrensParent(use.gender) }
            }
            guard let target else { continue }
            let r = find(target)
            let word = text(use.tok)
            if !ents[r].parentWords.contains(where: { $0.lowercased() == word.lowercased() }) { ents[r].parentWords.append(word) }
            mention(r, use.tok, salient: false)
        }
        for p in pendingParentNoun {
            guard let target = childrensParent(p.gender) else { continue }
            let r = find(target)
            if !ents[r].nouns.contains(p.surface) { ents[r].nouns.append(p.surface) }
            mention(r, p.tok, salient: false)
        }
    }

    func role(of r: Int) -> Role {
        if ents[r].isNarrator { return .narrator }
        if r == leaverRoot { return .leaver }
        let ls = ents[r].links
        if rivalStore.contains(r) || ls.contains(where: { $0.category == .rival }) { return .rival }
        if childStore.contains(r) || ls.contains(where: { $0.category == .child || $0.category == .twins }) { return .child }
        if let l = ls.first(where: { $0.category == .family }) {
            if l.owner == nil || l.owner == 0 || l.owner == leaverRoot { return .family }
            return .other
        }
        if ents[r].neighborHint { return .helper }
        // Someone of no relation, named, who does things for the narrator.
        if ls.isEmpty, !ents[r].nameForms.isEmpty, ents[r].actsOnNarrator > 0 { return .helper }
        if ls.contains(where: { $0.category == .helper && ($0.owner == nil || $0.owner == 0) }) { return .helper }
        return .other
    }

    mutating func assemble() -> Cast {
        // Owners in links were roots at the time; settle them to current roots.
        for i in ents.indices {
            for k in ents[i].links.indices {
                if let o = ents[i].links[k].owner { ents[i].links[k].owner = find(o) }
            }
        }
        if let l = leaverRoot { setLeaver(find(l)) }
        rivalStore = Set(rivalStore.map { find($0) })
        childStore = Set(childStore.map { find($0) })
        var quoteCount: [Int: Int] = [:]
        for q in quotes.indices { if let s = speaker[q] { quoteCount[find(s), default: 0] += 1 } }
        var rs = roots().filter { r in ents[r].isNarrator || ents[r].mentions > 0 || quoteCount[r] != nil }
        rs.sort { a, b in
            if ents[a].isNarrator != ents[b].isNarrator { return ents[a].isNarrator }
            return ents[a].firstToken < ents[b].firstToken
        }
        var index: [Int: Int] = [:]
        var members: [CastMember] = []
        for r in rs {
            let e = ents[r]
            let name = bestName(e.nameForms)
            var aliases: [String] = []
            func add(_ s: String) {
                if s.lowercased() == name?.lowercased() { return }
                if aliases.contains(where: { $0.lowercased() == s.lowercased() }) { return }
                aliases.append(s)
            }
            e.nameForms.forEach(add)
            e.nouns.forEach(add)
            e.parentWords.forEach(add)
            let label = name ?? (e.isNarrator ? "the narrator" : aliases.first ?? "someone")
            aliases.removeAll { $0 == label }
            let paras = e.paragraphs.sorted
            let first = e.firstToken < t.count ? t[e.firstToken].para + 1 : (paras.first ?? 1)
            index[r] = members.count
            members.append(CastMember(id: members.count, name: name, label: label, role: role(of: r), gender: e.plural ? nil : e.gender,
                                      aliases: aliases, mentions: e.mentions, quotes: quoteCount[r] ?? 0,
                                      firstParagraph: first, paragraphs: paras, plural: e.plural))
        }
        var attributed: [AttributedQuote] = []
        for (q, span) in quotes.enumerated() {
            let s = speaker[q].flatMap { index[find($0)] }
            attributed.append(AttributedQuote(paragraph: span.paragraph, span: span.span, speaker: s, cue: s == nil ? .unknown : cue[q]))
        }
        return Cast(members: members, quotes: attributed)
    }

    /// The fullest form of a name: "Gloria Reyes" over "Ms. Reyes" over "Gloria".
    func bestName(_ forms: [String]) -> String? {
        guard !forms.isEmpty else { return nil }
        func rank(_ s: String) -> (Int, Int) {
            let titled = s.contains(". ")
            let words = s.split(separator: " ").count
            return (titled ? 1 : (words >= 2 ? 2 : 0), words)
        }
        return forms.max { a, b in rank(a) < rank(b) }
    }
}
