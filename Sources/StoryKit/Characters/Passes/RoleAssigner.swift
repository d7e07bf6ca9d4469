import Foundation

/// Who plays which part, as entity ids of the table the roles were settled on.
struct Roles {
    /// The narrator's partner, who left (the root it had when found).
    var leaver: Int?
    var rivals: Set<Int>
    var children: Set<Int>
}

/// Walk → roles. The leaver is the narrator's partner: the name a partner noun is tied to,
/// the one "X and I" were together with, or the single named adult of the partner's gender
/// who is nobody's child, relative or helper. Children, relatives, helpers and rivals follow
/// from the role nouns tied to them; a few text cues (calling the narrator "Mom", school and
/// toys) find children the text never calls "our son". It merges entities and may add the
/// partner, so it returns the scene it changed with the roles.
struct RoleAssigner {
    let mentions: CastMentions
    let t: [CastToken]
    let titleFacts: TitleFacts
    let ev: QuoteEvidence
    let childRefs: [PendingReference]
    let parentNouns: [PendingReference]
    var ents: EntityTable
    var nounEntity: [String: Int]
    var leaver: Int? = nil
    var rivals: Set<Int>
    var children: Set<Int> = []

    static func assign(_ walk: WalkResult, title: TitleFacts) -> (scene: CastScene, roles: Roles) {
        var a = RoleAssigner(mentions: walk.scene.mentions, t: walk.scene.t, titleFacts: title, ev: walk.quotes,
                             childRefs: walk.childRefs, parentNouns: walk.parentNouns, ents: walk.scene.ents,
                             nounEntity: walk.scene.nounEntity, rivals: walk.rivals)
        a.assign()
        var scene = walk.scene
        scene.ents = a.ents
        scene.nounEntity = a.nounEntity
        return (scene, Roles(leaver: a.leaver, rivals: a.rivals, children: a.children))
    }

    /// How many children a group phrase counts: "my two adult sons" 2, "the twins" 2, "our
    /// kids" up to 3.
    static func groupSize(_ phrase: String) -> Int {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        if let n = words.compactMap({ NumberWords.childGroupSizes[$0] }).first { return n }
        if words.contains(where: { $0.hasPrefix("twin") }) { return 2 }
        if words.contains("triplets") { return 3 }
        return 3
    }

    /// How many children a group phrase says it has, when it says: "our two boys" 2, "the
    /// twins" 2; "the kids" says nothing.
    static func definiteGroupSize(_ phrase: String) -> Int? {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        if let n = words.compactMap({ NumberWords.childGroupSizes[$0] }).first { return n }
        if words.contains(where: { $0.hasPrefix("twin") }) { return 2 }
        if words.contains("triplets") { return 3 }
        return nil
    }

    /// A role phrase's words without its determiners, to hold against the headline's rival.
    static func nounKeyWords(_ s: String) -> [String] {
        var w = s.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "-" }).map(String.init)
        while let f = w.first, Determiners.all.contains(f) { w.removeFirst() }
        return w
    }

    private mutating func assign() {
        // Noun slots whose owners merged since: one character per (slot, owner).
        var bySlot: [String: Int] = [:]
        for (key, e) in nounEntity.sorted(by: { $0.value < $1.value }) {
            let parts = key.split(separator: "|")
            let ownerPart = parts.count > 1 ? Int(parts[1]).map { ents.find($0) } : nil
            let k = "\(parts[0])|\(ownerPart.map(String.init) ?? "-")"
            if let other = bySlot[k] { ents.union(other, e) } else { bySlot[k] = e }
        }
        // Who calls the narrator "Mom"/"Daddy" is a child of the narrator.
        for q in mentions.text.quotes.indices where !ev.parentVocatives[q].isEmpty {
            guard let s = ev.speaker[q].map({ ents.find($0) }), s != 0 else { continue }
            let nextQ = q + 1 < mentions.text.quotes.count ? q + 1 : nil
            let answered = nextQ.flatMap { ev.speaker[$0] }.map { ents.find($0) == 0 } ?? false
            if ev.addressedNarrator[q] || answered { ents[s].callsNarratorParent = true }
        }
        let partner = nounEntity["partner|0"].map { ents.find($0) }
        func isNamed(_ r: Int) -> Bool { !ents[r].nameForms.isEmpty }
        func tied(_ r: Int) -> Bool {
            ents[r].links.contains { $0.category != .partner } || ents[r].callsNarratorParent || ents[r].neighborHint
        }
        var found: Int? = nil
        if let partner, isNamed(partner) { found = partner }
        let all = ents.roots()
        let candidates = all.filter { $0 != 0 && isNamed($0) && !tied($0) }
        if found == nil {
            // Who left the narrator outranks who is with them now: "Robert left me… Harold and I
            // have been together four years now."
            let couple = candidates.filter { ents[$0].coupleHint }
            let leavers = couple.filter { ents[$0].leftHint }
            if let best = (leavers.isEmpty ? couple : leavers).max(by: { ents[$0].mentions < ents[$1].mentions }) { found = best }
        }
        if found == nil {
            let g = partner.flatMap { ents.gender($0) } ?? titleFacts.partnerGender
            let fit = candidates.filter { g == nil || ents.gender($0) == nil || ents.gender($0) == g }
            let snapshot = ents
            let score = { (r: Int) -> Int in snapshot[r].mentions + snapshot[r].quotes }
            let ranked = fit.sorted { score($0) != score($1) ? score($0) > score($1) : ents[$0].firstToken < ents[$1].firstToken }
            if let best = ranked.first, ents[best].mentions >= (partner == nil ? 3 : 2) {
                // Prefer a gender match over an unknown gender at equal footing.
                let exact = ranked.first { g != nil && ents.gender($0) == g && score($0) * 2 >= score(best) }
                found = exact ?? best
            }
        }
        if let l = found, let partner, ents.find(l) != ents.find(partner) { ents.union(l, partner) }
        if found == nil { found = partner }
        // Named only as the children's other parent ("her dad", "their father") or in the
        // headline ("My Ex Said…"): the partner is a character all the same.
        if found == nil, let g = parentNouns.first(where: { ents.gender(0) != $0.gender })?.gender ?? titleFacts.partnerGender,
           parentNouns.contains(where: { $0.gender == g }) || titleFacts.partnerPhrase != nil {
            var ent = CastEntity()
            ent.links = [NounLink(category: .partner, slot: "partner", owner: 0)]
            ent.statedGender = g
            let e = ents.add(ent)
            nounEntity["partner|0"] = e
            found = e
        }
        if let l = found, let phrase = titleFacts.partnerPhrase {
            let r = ents.find(l)
            if !ents[r].nouns.contains(where: { $0.lowercased() == phrase.lowercased() }) { ents[r].nouns.append(phrase) }
            if ents[r].mentions == 0 { ents[r].mentions = 1; ents[r].firstToken = 0; ents[r].paragraphs.insert(1) }
        }
        leaver = found.map { ents.find($0) }
        if let l = leaver, ents[l].statedGender == nil, ents.gender(l) == nil, let g = titleFacts.partnerGender { ents[l].statedGender = g }

        // The rival the headline names ("…for Her Boss").
        if let phrase = titleFacts.rivalPhrase {
            for r in ents.roots() where r != 0 && r != leaver {
                let match = ents[r].nouns.contains { n in
                    let k = Self.nounKeyWords(n)
                    guard !k.isEmpty else { return false }
                    let (short, long) = k.count <= phrase.count ? (k, phrase) : (phrase, k)
                    return Array(long.suffix(short.count)) == short
                }
                if match { rivals.insert(r) }
            }
        }

        // Named children beside a group of the narrator's children ("our twin boys … Logan and
        // Luke"): a pair of names joined by "and", neither an adult's relation, is the children.
        if let group = nounEntity["twins|0"].map({ ents.find($0) }) {
            let groupNoun = ents[group].nouns.first
            let groupGender: Gender? = ents[group].statedGender
            for (b, s) in mentions.names.spans.enumerated() where !s.inQuote && s.first >= 2 {
                guard lower(s.first - 1) == "and", let a = mentions.names.endingAt[s.first - 2],
                      let ea = mentions.spanEntity[a], let eb = mentions.spanEntity[b] else { continue }
                let pair = [ents.find(ea), ents.find(eb)]
                guard pair[0] != pair[1], !pair.contains(0), !pair.contains(where: { $0 == leaver || rivals.contains($0) }),
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
        if let group = nounEntity["twins|0"].map({ ents.find($0) }) {
            var members = Set<Int>()
            var size = 0
            var definite: Int? = nil
            // The group as first named ("our twins"), and later as "the boys", "both girls": the
            // names often come a paragraph on ("I put both boys through school. Kelechi …").
            var groupMentions = mentions.nouns.nouns.filter { $0.category == .twins && t[$0.first].quote < 0 }.map { (first: $0.first, surface: $0.surface) }
            let groupGender = ents[group].statedGender
            for k in t.indices.dropFirst() where t[k].quote < 0 && RoleCueWords.bareChildGroups[lower(k)] != nil
                && RoleCueWords.bareGroupOpeners.contains(lower(k - 1)) && t[k - 1].sentence == t[k].sentence {
                let g = RoleCueWords.bareChildGroups[lower(k)]!
                if let g, let groupGender, g != groupGender { continue }
                groupMentions.append((first: k - 1, surface: lower(k - 1) + " " + lower(k)))
            }
            for m in groupMentions {
                size = max(size, Self.groupSize(m.surface))
                if let d = Self.definiteGroupSize(m.surface) { definite = max(definite ?? 0, d) }
                let s0 = t[m.first].sentence
                for (k, sp) in mentions.names.spans.enumerated() where !sp.inQuote {
                    let s1 = t[sp.first].sentence
                    guard s1 > s0, s1 <= s0 + 3, let e = mentions.spanEntity[k] else { continue }
                    // "Ottoline, the widow across the landing, minded the twins": who they are
                    // follows the name, and it is not one of the group ("Sam, our youngest" is).
                    if sp.last + 2 < t.count, lower(sp.last + 1) == ",", RoleCueWords.outsiderApposition.contains(lower(sp.last + 2)) { continue }
                    let r = ents.find(e)
                    guard r != 0, r != group, r != leaver, !rivals.contains(r), ents[r].links.isEmpty,
                          ents[r].firstToken >= m.first else { continue }
                    members.insert(r)
                }
            }
            // "Our twins, Maya and Noah … the kids … Linda showed up": a group of a told size whose
            // members are named already takes no one else.
            let known = definite == nil ? 0 : ents.roots().filter { r in
                r != group && r != 0 && isNamed(r) && !members.contains(r) && ents[r].links.contains { $0.category == .child }
            }.count
            if !members.isEmpty, members.count + known <= (definite ?? size) {
                for r in members {
                    ents[r].links.append(NounLink(category: .child, slot: "child", owner: 0))
                    if let g = ents[group].statedGender { ents[r].statedGender = g }
                }
            }
        }
        // Children the text names without a child noun.
        for r in ents.roots() where r != 0 && r != leaver && isNamed(r) {
            let hasAdultLink = ents[r].links.contains { $0.category != .child && $0.category != .twins }
            if hasAdultLink || rivals.contains(r) { continue }
            if ents[r].callsNarratorParent || ents[r].childCues >= 2 { children.insert(r) }
        }
        for r in ents.roots() where ents[r].links.contains(where: { $0.category == .child || $0.category == .twins }) { children.insert(r) }
        // Tie "our son"/"our daughter" to the named child of that gender.
        for slot in ["son", "daughter"] {
            guard let e = nounEntity["\(slot)|0"] else { continue }
            let nr = ents.find(e)
            if isNamed(nr) { continue }
            let g: Gender = slot == "son" ? .male : .female
            let free = children.filter { isNamed($0) && !ents[$0].links.contains { $0.category == .child } }
            let exact = free.filter { ents.gender($0) == g }
            let unknown = free.filter { ents.gender($0) == nil }
            if exact.count == 1 {
                ents.union(exact.first!, nr)
            } else if exact.isEmpty, unknown.count == 1 {
                let c = unknown.first!
                ents.union(c, nr)
                ents[ents.find(c)].statedGender = g
            }
            children = Set(children.map { ents.find($0) })
            children.insert(ents.find(nr))
        }
        // "the boy", "the girl": the one child of that gender.
        for ref in childRefs {
            let kids = Set(children.map { ents.find($0) }).filter { ents.gender($0) == ref.gender && !ents[$0].plural }
            guard kids.count == 1, let k = kids.first else { continue }
            if !ents[k].nouns.contains(ref.surface) { ents[k].nouns.append(ref.surface) }
            ents.count(k, at: ref.tok, in: t)
        }
    }

    func lower(_ k: Int) -> String { mentions.text.lower(k) }
}
