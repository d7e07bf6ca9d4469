/// Quote speakers → parent words settled: "Daddy" and "Mom" used as names, and "his dad" said
/// of a child, mean a parent that depends on who speaks and on whether the narrator has
/// children, so they wait for the roles and the speakers.
struct ParentWordResolver {
    let story: CastText
    let t: [CastToken]
    let speakers: [Int?]
    let parentUses: [ParentWordUse]
    let parentNouns: [PendingReference]
    let leaver: Int?
    let children: Set<Int>
    var ents: EntityTable

    static func resolve(_ ents: EntityTable, text: CastText, roles: Roles, speakers: [Int?], walk: WalkResult) -> EntityTable {
        var r = ParentWordResolver(story: text, t: text.tokens, speakers: speakers, parentUses: walk.parentUses,
                                   parentNouns: walk.parentNouns, leaver: roles.leaver, children: roles.children, ents: ents)
        r.resolve()
        return r.ents
    }

    /// The parent of the narrator's children who has gender `g`.
    mutating func childrensParent(_ g: Gender) -> Int? {
        let l = leaver.map { ents.find($0) }
        let lg = l.flatMap { ents.gender($0) }
        let ng = ents.gender(0)
        if let l, lg == g, ng != g { return l }
        if ng == g, lg != g { return 0 }
        if ng == nil, let lg, lg != g { return 0 }
        if let l, lg == nil, ng != nil, ng != g { return l }
        return nil
    }

    /// "Daddy", "Mom" used as names: whose parent depends on who speaks.
    private mutating func resolve() {
        let hasChildren = !children.isEmpty
        let leaver = self.leaver.map { ents.find($0) }
        for use in parentUses {
            let s = use.quote >= 0 ? speakers[use.quote].map { ents.find($0) } : nil
            var target: Int? = nil
            let childish = t[use.tok].has(.childishParentWords)
            func ownParent(of who: Int) -> Int? {
                let slot = use.gender == .female ? "mother" : "father"
                return ents.roots().first { r in ents[r].links.contains { $0.slot == slot && $0.owner.map { ents.find($0) } == who } }
            }
            if use.quote >= 0 {
                if s == 0 {
                    target = hasChildren ? childrensParent(use.gender) : ownParent(of: 0)
                } else if let s, s == leaver {
                    target = use.vocative ? ownParent(of: s) : (hasChildren ? childrensParent(use.gender) : ownParent(of: s))
                } else if use.vocative {
                    // A child calling the narrator.
                    if let s, children.contains(s) || ents[s].callsNarratorParent {
                        if ents.gender(0) == nil || ents.gender(0) == use.gender,
                           leaver.flatMap({ ents.gender($0) }) != use.gender || ents.gender(0) == use.gender {
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
            let r = ents.find(target)
            let word = story.text(use.tok)
            if !ents[r].parentWords.contains(where: { $0.lowercased() == word.lowercased() }) { ents[r].parentWords.append(word) }
            ents.count(r, at: use.tok, in: t)
        }
        for p in parentNouns {
            guard let target = childrensParent(p.gender) else { continue }
            let r = ents.find(target)
            if !ents[r].nouns.contains(p.surface) { ents[r].nouns.append(p.surface) }
            ents.count(r, at: p.tok, in: t)
        }
    }
}
