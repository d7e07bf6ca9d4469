import Foundation

/// Entities, roles and speakers → the `Cast`: one member per entity set that is referred to,
/// the narrator first, then in order of first mention, and every quote with its speaker's
/// member id.
struct CastAssembler {
    let text: CastText
    let t: [CastToken]
    let speakers: [Int?]
    let cues: [AttributedQuote.Cue]
    var ents: EntityTable
    var leaver: Int?
    var rivals: Set<Int>
    var children: Set<Int>

    static func assemble(_ ents: EntityTable, text: CastText, roles: Roles, quotes: QuoteEvidence) -> Cast {
        var a = CastAssembler(text: text, t: text.tokens, speakers: quotes.speaker, cues: quotes.cue, ents: ents,
                              leaver: roles.leaver, rivals: roles.rivals, children: roles.children)
        return a.assemble()
    }

    func role(of r: Int) -> Role {
        if ents[r].isNarrator { return .narrator }
        if r == leaver { return .leaver }
        let ls = ents[r].links
        if rivals.contains(r) || ls.contains(where: { $0.category == .rival }) { return .rival }
        if children.contains(r) || ls.contains(where: { $0.category == .child || $0.category == .twins }) { return .child }
        if let l = ls.first(where: { $0.category == .family }) {
            if l.owner == nil || l.owner == 0 || l.owner == leaver { return .family }
            return .other
        }
        if ents[r].neighborHint { return .helper }
        // Someone of no relation, named, who does things for the narrator.
        if ls.isEmpty, !ents[r].nameForms.isEmpty, ents[r].actsOnNarrator > 0 { return .helper }
        if ls.contains(where: { $0.category == .helper && ($0.owner == nil || $0.owner == 0) }) { return .helper }
        return .other
    }

    private mutating func assemble() -> Cast {
        // Owners in links were roots at the time; settle them to current roots.
        for i in ents.indices {
            for k in ents[i].links.indices {
                if let o = ents[i].links[k].owner { ents[i].links[k].owner = ents.find(o) }
            }
        }
        if let l = leaver { leaver = ents.find(l) }
        rivals = Set(rivals.map { ents.find($0) })
        children = Set(children.map { ents.find($0) })
        var quoteCount: [Int: Int] = [:]
        for q in text.quotes.indices { if let s = speakers[q] { quoteCount[ents.find(s), default: 0] += 1 } }
        var rs = ents.roots().filter { r in ents[r].isNarrator || ents[r].mentions > 0 || quoteCount[r] != nil }
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
            // Not the narrator's "Mrs. Kim" → "Kim": others' way of addressing them, not a name they go by.
            e.nameForms.flatMap { Self.shortForms($0, titles: !e.isNarrator) }.forEach(add)
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
        for (q, span) in text.quotes.enumerated() {
            let s = speakers[q].flatMap { index[ents.find($0)] }
            attributed.append(AttributedQuote(paragraph: span.paragraph, span: span.span, speaker: s, cue: s == nil ? .unknown : cues[q]))
        }
        return Cast(members: members, quotes: attributed)
    }

    /// What a name is also called by: without its title ("Ms. Patel", "Judge Harlan", "Miss
    /// Pearl" → "Patel", "Harlan", "Pearl"), and a full name by its given name ("Rachel Moore" →
    /// "Rachel"), the way a reader, and a teller, shortens them.
    static func shortForms(_ name: String, titles: Bool = true) -> [String] {
        let words = ByteText.split(name, on: 0x20).map(String.init)
        guard words.count >= 2 else { return [] }
        let head = ByteText.trimmed(words[0].lowercased(), ascii: ".")
        if CastWords.addressTitles.contains(head) {
            guard titles else { return [] }
            let rest = words.dropFirst().joined(separator: " ")
            return [rest] + shortForms(rest)
        }
        guard words.allSatisfy({ $0.first?.isUppercase == true }), words[0].count >= 2 else { return [] }
        return [words[0]]
    }

    /// The fullest form of a name: "Gloria Reyes" over "Ms. Reyes" over "Gloria".
    func bestName(_ forms: [String]) -> String? {
        guard !forms.isEmpty else { return nil }
        func rank(_ s: String) -> (Int, Int) {
            let titled = s.contains(". ")
            let words = ByteText.split(s, on: 0x20).count
            return (titled ? 1 : (words >= 2 ? 2 : 0), words)
        }
        return forms.max { a, b in rank(a) < rank(b) }
    }
}
