/// The last cast pass: roles that the clause around a name settles.
///
/// On stories the rules had never seen, half the rivals, helpers and children came out as
/// "other", and a named friend or rival could take the partner's place: the other rules know
/// people by a noun ("his girlfriend", "my friend", "our son") or by how often they are named,
/// and these stories name them in a clause instead. Each cue is a clause of the genre:
/// - the partner: "Harriet and I were married", "take Lorna back", "Lorna left us";
/// - a rival: "an affair with X", "he and X had been together", "X had left him", "he'd met
///   a woman called X", "left me for X";
/// - a helper: X does something for the narrator ("X covered my shifts", "X drove me"), or
///   is named with the work of helping ("my therapist, Dr. Leclerc");
/// - a child: "one son, X", "X was nine".
/// The narrator keeps their role, and so does anyone a noun placed as child or family.
enum RoleCues {
    static func refine(_ cast: inout Cast, tokens: StoryTokens) {
        let t = tokens.tokens
        guard !t.isEmpty else { return }
        let reader = ClauseReader(t)
        settleLeaver(&cast, reader)
        let leaver = cast.leaver
        for k in cast.members.indices where [.other, .helper].contains(cast.members[k].role) && !cast.members[k].plural {
            let m = cast.members[k]
            let found = m.name == nil ? [] : reader.roles(of: m, leaver: leaver)
            // "my therapist", "a counsellor"; not "her manager", someone else's.
            let professional = ([m.label] + m.aliases).contains { a in
                let w = words(a)
                return w.count >= 2 && RoleCueWords.ownHelper.contains(w[0]) && w.dropFirst().contains { RoleCueWords.helperNouns.contains($0) }
            }
            // A rival outranks a helper: "Celeste helped me choose the dress", and then left with him.
            if found.contains(.rival) { cast.members[k].role = .rival }
            else if found.contains(.child) { cast.members[k].role = .child }
            else if found.contains(.family) { cast.members[k].role = .family }
            // "at the hospital I met Glen, a paramedic": the narrator's new love, whatever their job.
            else if isOfficial(m), !(found.contains(.helper) && reader.narratorMeets(m)) { cast.members[k].role = .other }
            else if m.role == .other, found.contains(.helper) || professional { cast.members[k].role = .helper }
        }
        // "Five years later, at a church picnic, I met Walter": whom the narrator meets once the
        // partner is gone is a new love, not a child, unless a child noun names them.
        for k in cast.members.indices where cast.members[k].role == .child && cast.members[k].name != nil && !cast.members[k].plural {
            let m = cast.members[k]
            let childNoun = ([m.label] + m.aliases).contains { a in words(a).contains { RoleCueWords.childNouns.contains($0) } }
            if !childNoun, reader.metLater(m) { cast.members[k].role = .helper }
        }
        // "Kayla married a good man named Chris": whom a child marries is family (the children
        // as the clauses above settled them).
        let childNames = cast.members.filter { $0.role == .child }.reduce(into: Set<String>()) { $0.formUnion(reader.nameWords($1)) }
        for k in cast.members.indices where [.other, .helper].contains(cast.members[k].role) && cast.members[k].name != nil
            && !cast.members[k].plural && reader.married(cast.members[k], byOneOf: childNames) {
            cast.members[k].role = .family
        }
        // Kin can be the rival: "she told me she was in love with Ryan. My little brother." The
        // partner must stand in the clause, so that "I moved in with my brother Sam" stays family.
        for k in cast.members.indices where cast.members[k].role == .family && cast.members[k].name != nil && !cast.members[k].plural {
            let m = cast.members[k]
            if reader.roles(of: m, leaver: leaver).contains(.rival), reader.partnerBefore(m, leaver: leaver) { cast.members[k].role = .rival }
        }
    }

    /// Someone who does a job in the narrator's story rather than stand by them: the court's and
    /// the hospital's people ("Judge Harlan gave me full custody", "my lawyer, Ms. Patel", "the
    /// nurse, Pat"), and another's professional ("his counselor, Mr. Alvarez, helped us"). Not a
    /// friend who has such a job ("my friend Beatriz, a nurse").
    static func isOfficial(_ m: CastMember) -> Bool {
        let phrases = ([m.label] + m.aliases).map(words)
        if phrases.contains(where: { w in w.contains { RoleNouns.heads[$0]?.category == .helper } }) { return false }
        // "my charge nurse": the narrator's workmate.
        if phrases.contains(where: { w in w.count >= 3 && w[0] == "my" && RolePhraseWords.workRanks.contains(w[w.count - 2]) }) { return false }
        if let name = m.name, let title = words(name).first, RoleCueWords.officeTitles.contains(title) { return true }
        return phrases.contains { w in
            guard let head = w.last else { return false }
            if RoleCueWords.officialNouns.contains(head) { return true }
            // "Her school counselor, Ms. Reyes": the children's school's, who help the family.
            return w.count >= 2 && RoleCueWords.helperNouns.contains(head) && RoleCueWords.othersOwners.contains(w[0])
                && !w.contains(where: RoleCueWords.schoolWords.contains)
        }
    }

    /// The leaver is whoever the text pairs with the narrator; the nearest name to "my wife",
    /// or the most named, may be someone else ("My wife had started pottery. The teacher was a
    /// man called Gideon"). When the chosen leaver has no pairing clause:
    /// - if exactly one other named character has one, they trade roles, and the partner nouns
    ///   ("my wife") go with the role;
    /// - else, if a clause makes the chosen one a rival or a child, the partner was never
    ///   named: they get a character of their own under the partner noun.
    static func settleLeaver(_ cast: inout Cast, _ reader: ClauseReader) {
        guard let l = cast.members.firstIndex(where: { $0.role == .leaver }), cast.members[l].name != nil,
              reader.pairing(cast.members[l]) == 0 else { return }
        let partnerNouns = cast.members[l].aliases.filter { a in words(a).contains { PartnerNouns.every.contains($0) } }
        let others = cast.members.indices.filter { k in
            k != l && cast.members[k].name != nil && !cast.members[k].plural && [.other, .helper, .rival].contains(cast.members[k].role)
                && reader.pairing(cast.members[k]) > 0
        }
        if others.count == 1, let k = others.first {
            cast.members[l].aliases.removeAll { partnerNouns.contains($0) }
            cast.members[k].aliases += partnerNouns.filter { !cast.members[k].aliases.contains($0) }
            if cast.members[k].gender == nil { cast.members[k].gender = partnerGender(partnerNouns) }
            cast.members[k].role = .leaver
            cast.members[l].role = .other
            return
        }
        // Roles read against the partner as the nouns describe them.
        var partner = cast.members[l]
        partner.name = nil
        partner.gender = partnerGender(partnerNouns) ?? partner.gender
        // Only a rival's or a child's clause: a partner does things for the narrator too. Or the
        // narrator's new love, met after the partner noun had already left ("my boyfriend … left
        // the country … I met Sam on a hiking trip"): not "I met Tom in college", the partner's
        // own beginning, told before any "my husband".
        let found = reader.roles(of: cast.members[l], leaver: partner)
        let newLove = reader.metLater(cast.members[l])
        // Or someone called by a title ("Dr. Alvarez stitched him up"): the narrator calls the
        // partner by their name, not "Mr." or "Dr.", unless a clause pairs them.
        let titled = cast.members[l].name.flatMap { words($0).first }.map(Titles.words.contains) ?? false
        guard let label = partnerNouns.first,
              let role: Role = found.contains(.rival) ? .rival : found.contains(.child) ? .child : newLove ? .helper
                : titled ? .other : nil else { return }
        cast.members[l].role = role
        cast.members[l].aliases.removeAll { partnerNouns.contains($0) }
        if cast.members[l].gender == partner.gender { cast.members[l].gender = nil }
        let leaver = CastMember(id: 0, name: nil, label: label, role: .leaver, gender: partner.gender,
                                aliases: Array(partnerNouns.dropFirst()), mentions: partnerNouns.count,
                                firstParagraph: cast.members[l].firstParagraph, paragraphs: cast.members[l].paragraphs)
        cast.insert(leaver, before: l)
    }

    static func partnerGender(_ nouns: [String]) -> Gender? {
        nouns.lazy.compactMap { a in words(a).lazy.compactMap(PartnerNouns.gender(of:)).first }.first
    }

    static func words(_ s: String) -> [String] {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else {
            return s.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" }.map(String.init)
        }
        // ASCII, the common case, by bytes: the letters are A-Z and a-z.
        var out: [String] = [], word: [UInt8] = []
        for b in s.utf8 {
            let l = b &- 0x41 < 26 ? b + 32 : b
            if l &- 0x61 < 26 || l == 0x27 || l == 0x2D { word.append(l); continue }
            if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
        }
        if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
        return out
    }
}

/// The clauses around a character's name, read from the story's tokens.
struct ClauseReader {
    let t: [Token]
    /// `Vocabulary.shared.roleCues`, read per token by `has`.
    private let roleCues = Vocabulary.shared.roleCues
    /// The first "my husband" (any partner noun) of the narration: where the partner is first
    /// named as theirs. Found once, not once a character.
    let partnerAt: Int?
    /// Each character's mentions, found once: several clause rules ask for them.
    private let mentionCache = MentionCache()

    init(_ t: [Token]) {
        self.t = t
        partnerAt = t.indices.first { j in
            j >= 1 && t[j - 1].text == "my" && !t[j].quoted
                && (PartnerNouns.every.contains(t[j].text) || PartnerNouns.gender(of: t[j].text) != nil)
        }
    }

    private final class MentionCache {
        var byName: [String: [(first: Int, last: Int)]] = [:]
        /// The capitalised tokens by their word, and by it without a possessive "'s": made
        /// once, on the first name asked, so that each name is a few look-ups, not a scan.
        var capitalizedAt: [String: [Int]]?
        /// Where a name is first heard, when that is inside a quotation (found by the same scan).
        var firstQuoted: [String: (first: Int, last: Int)] = [:]
    }

    /// The lower-case words of a character's name, titles dropped ("Mr. Okonjo" → "okonjo").
    func nameWords(_ m: CastMember) -> Set<String> {
        guard let name = m.name else { return [] }
        return Set(RoleCues.words(name).filter { !RoleCueWords.titles.contains($0) && $0.count > 1 })
    }

    /// Each narrated mention of `m`: the token where the name starts and where it ends. A
    /// possessive counts ("a guy called Bruno's arm"): the token keeps its "'s".
    private func mentions(_ m: CastMember) -> [(first: Int, last: Int)] {
        guard let name = m.name else { return [] }
        if let known = mentionCache.byName[name] { return known }
        let found = findMentions(m)
        mentionCache.byName[name] = found
        return found
    }

    /// The mention that introduces `m`, when it is said, not narrated: "I'm with Brittany now."
    private func firstQuotedMention(_ m: CastMember) -> (first: Int, last: Int)? {
        guard let name = m.name else { return nil }
        _ = mentions(m)
        return mentionCache.firstQuoted[name]
    }

    private func findMentions(_ m: CastMember) -> [(first: Int, last: Int)] {
        let names = nameWords(m)
        guard !names.isEmpty else { return [] }
        let index = capitalizedIndex()
        // The capitalised tokens that are one of the names (a possessive one too).
        var isName = Set<Int>()
        for w in names { isName.formUnion(index[w] ?? []) }
        var out: [(Int, Int)] = []
        var heardFirst = false
        var next = 0
        for i in isName.sorted() where i >= next {
            var last = i
            while isName.contains(last + 1), t[last + 1].sentence == t[i].sentence { last += 1 }
            if t[i].quoted {
                if out.isEmpty, !heardFirst, let name = m.name { mentionCache.firstQuoted[name] = (i, last); heardFirst = true }
            } else {
                out.append((i, last))
            }
            next = last + 1
        }
        return out
    }

    private func capitalizedIndex() -> [String: [Int]] {
        if let known = mentionCache.capitalizedAt { return known }
        var index: [String: [Int]] = [:]
        for k in t.indices where t[k].capitalized {
            let w = t[k].text
            index[w, default: []].append(k)
            if w.hasSuffix("'s") { index[String(w.dropLast(2)), default: []].append(k) }
        }
        mentionCache.capitalizedAt = index
        return index
    }

    private func word(_ j: Int, _ s: Int) -> String? { j >= 0 && j < t.count && t[j].sentence == s ? t[j].text : nil }

    private func any(_ range: ClosedRange<Int>, _ s: Int, in set: Set<String>) -> Bool {
        range.contains { word($0, s).map(set.contains) ?? false }
    }

    private func any(_ range: ClosedRange<Int>, _ s: Int, in words: [String]) -> Bool {
        range.contains { j in word(j, s).map { words.contains($0) } ?? false }
    }

    /// Whether token `j`, in sentence `s`, is a word of the lists `c` (`RoleCueClass`): what
    /// `word(j, s).map(list.contains) ?? false` asks, read from the token's number.
    @inline(__always) private func has(_ j: Int, _ s: Int, _ c: RoleCueClass) -> Bool {
        guard j >= 0, j < t.count, t[j].sentence == s, t[j].id >= 0 else { return false }
        return !roleCues[Int(t[j].id)].isDisjoint(with: c)
    }

    /// Whether token `j`, in sentence `s`, is a partner noun (`PartnerNouns.every`).
    @inline(__always) private func isPartnerNoun(_ j: Int, _ s: Int) -> Bool {
        j >= 0 && j < t.count && t[j].sentence == s && t[j].classes.contains(.roleNoun)
    }

    private func any(_ range: ClosedRange<Int>, _ s: Int, _ c: RoleCueClass) -> Bool {
        range.contains { has($0, s, c) }
    }

    /// How many clauses pair `m` with the narrator as a couple.
    func pairing(_ m: CastMember) -> Int {
        var n = 0
        for (i, last) in mentions(m) {
            let s = t[i].sentence
            if word(last + 1, s) == "and", word(last + 2, s) == "i" {
                if any((last + 3)...(last + 6), s, .coupleStates) { n += 1 }
                if word(last + 3, s) == "had", let j = word(last + 4, s),
                   t[last + 4].capitalized || RoleCueWords.childNouns.contains(j) || j == "kids" || j == "children" { n += 1 }
            }
            // "I married Tomas", "was married to Tomas"; not "we married when Ethan was fifteen".
            if any((i - 1)...(i - 1), s, .marrying)
                || (word(i - 1, s) == "to" && any((i - 2)...(i - 2), s, .marrying)) { n += 1 }
            if any((i - 1)...(i - 1), s, .taking), word(last + 1, s) == "back" { n += 1 }
            // Not "… a woman named Roya and left me": the one who left is the subject before.
            // Not "Ms. Patel walked me back inside": walking or moving someone is taking them
            // somewhere; only leaving and deserting take the narrator as their object.
            if word(last + 1, s) != "and",
               let v = ((last + 1)...(last + 2)).first(where: { has($0, s, .partnerLeaving) }),
               !has(v + 1, s, .leftObjects) || has(v, s, .desertingVerbs),
               // "Ray walked her out to the car": seeing someone else out, not leaving.
               !has(v + 1, s, .othersObjects),
               any((v + 1)...(last + 3), s, .leftWhom) { n += 1 }
            // "Priscilla left on the morning of our daughter's christening", "Dan left in March.":
            // a sentence that opens on the name and its leaving, with no one left behind named.
            if t[i].position == 0, word(last + 1, s) == "left",
               word(last + 2, s).map(RoleCueWords.leftWhen.contains) ?? true { n += 1 }
            // "Tom told me he wanted a divorce", "Ines asked for a divorce"; not "Sarah told me he
            // wanted a divorce", where the one who wants it is someone else.
            // "Vanessa had me served with divorce papers", "Sean sent divorce papers".
            if let d = ((last + 2)...(last + 7)).first(where: { word($0, s) == "divorce" }),
               (word(d - 1, s) == "a" || word(d - 1, s) == "for") && any((last + 1)...(d - 2), s, .askingDivorce)
                || word(d + 1, s) == "papers" && any((last + 1)...(d - 1), s, .servingPapers),
               !((last + 1)...(d - 1)).contains(where: { j in
                   guard let g = m.gender, let w = word(j, s) else { return false }
                   return w == (g == .male ? "she" : "he")
               }) { n += 1 }
        }
        return n
    }

    /// Whether one of `names` (the children's) marries `m` in a narrated clause: "Kayla married
    /// Chris", "Kayla married a good man named Chris".
    func married(_ m: CastMember, byOneOf names: Set<String>) -> Bool {
        guard !names.isEmpty else { return false }
        return mentions(m).contains { (i, _) in
            let s = t[i].sentence
            guard let v = ((i - 6)...(i - 1)).last(where: { word($0, s) == "married" }),
                  v == i - 1 || ["named", "called"].contains(word(i - 1, s) ?? "") else { return false }
            return ((v - 2)...(v - 1)).contains { j in t.indices.contains(j) && t[j].capitalized && word(j, s).map(names.contains) ?? false }
        }
    }

    /// Whether the partner (their name, or "he"/"she" of their sex) stands shortly before a
    /// narrated mention of `m` in its sentence: "she was in love with Ryan".
    func partnerBefore(_ m: CastMember, leaver: CastMember?) -> Bool {
        guard let leaver else { return false }
        let names = nameWords(leaver)
        let subject: [String] = leaver.gender == .male ? ["he"] : leaver.gender == .female ? ["she"] : []
        return mentions(m).contains { (i, _) in
            let s = t[i].sentence
            return ((i - 8)...(i - 1)).contains { j in
                guard let w = word(j, s) else { return false }
                return subject.contains(w) || (t[j].capitalized && names.contains(w))
            }
        }
    }

    /// Whether the narrator meets `m` ("I met Sam on a hiking trip", "I met a quiet man called
    /// Ivo") in a later paragraph than the first "my boyfriend", "my wife": someone new, met once
    /// the partner had been told of.
    func metLater(_ m: CastMember) -> Bool {
        guard let p = partnerAt else { return false }
        let ms = mentions(m)
        guard let first = ms.first, t[first.first].paragraph > t[p].paragraph else { return false }
        return ms.contains { (i, _) in
            let s = t[i].sentence
            guard !t[i].quoted else { return false }
            // Not "I had met Tom at nineteen", "we'd met at a wedding": the partner's beginning,
            // told looking back.
            func lookingBack(_ mt: Int) -> Bool { any((mt - 2)...(mt - 1), s, .pastPerfect) }
            if word(i - 1, s) == "met", any((i - 3)...(i - 2), s, .narratorSubjects) { return !lookingBack(i - 1) }
            guard let c = word(i - 1, s), RoleCueWords.calledName.contains(c),
                  let mt = ((i - 8)...(i - 2)).last(where: { word($0, s) == "met" }) else { return false }
            return any((mt - 2)...(mt - 1), s, .narratorSubjects) && !lookingBack(mt)
        }
    }

    /// Whether the narrator meets `m` in narration, not looking back: "at the hospital I met Glen".
    func narratorMeets(_ m: CastMember) -> Bool {
        mentions(m).contains { (i, _) in
            let s = t[i].sentence
            return word(i - 1, s) == "met" && any((i - 3)...(i - 2), s, .narratorSubjects)
                && !any((i - 3)...(i - 2), s, .pastPerfect)
        }
    }

    /// "met someone" (or "a woman", "a man") in the sentence that ends before token `end`, or
    /// earlier in its own: said by the partner ("I've met someone", quoted) or of them ("he'd
    /// met someone"), not the narrator's own "I met someone", which brings in a new love.
    private func metSomeone(before end: Int) -> Bool {
        guard end > 0 else { return false }
        let s = t[end].sentence
        var k = end - 1
        while k >= 1, t[k].sentence >= s - 1 {
            if t[k - 1].text == "met", RoleCueWords.someone.contains(t[k].text) || (t[k].text == "a" && k + 1 < t.count && RoleCueWords.strangerNouns.contains(t[k + 1].text)) {
                let narratorMet = !t[k - 1].quoted && ((k - 3)...(k - 2)).contains { j in
                    j >= 0 && t[j].sentence == t[k].sentence && RoleCueWords.narratorSubjects.contains(t[j].text)
                }
                if !narratorMet { return true }
            }
            k -= 1
        }
        return false
    }

    /// The roles the clauses around `m` give: rival, helper or child (any of them).
    func roles(of m: CastMember, leaver: CastMember?) -> Set<Role> {
        let leaverNames = leaver.map(nameWords) ?? []
        // One or two words each: arrays, which answer `contains` without hashing.
        let subject: [String], object: [String], possessive: [String]
        switch leaver?.gender {
        case .male?: (subject, object, possessive) = (["he"], ["him"], ["his"])
        case .female?: (subject, object, possessive) = (["she"], ["her"], ["her"])
        case nil: (subject, object, possessive) = (["he", "she"], ["him", "her"], ["his", "her"])
        }
        var found = Set<Role>()
        // The partner's confession, which is where the rival is first heard of: "I'm with
        // Brittany now", "I'm in love with Jaxon", "I'm moving in with Kyle", "I'm going to
        // Donna's", "Her name's Gina."
        if let (i, _) = firstQuotedMention(m) {
            let s = t[i].sentence
            if word(i - 1, s) == "with",
               has(i - 2, s, .beingWith) || any((i - 3)...(i - 2), s, .withRival) { found.insert(.rival) }
            if t[i].text.hasSuffix("'s"), word(i - 1, s) == "to", any((i - 2)...(i - 2), s, .goingTo) { found.insert(.rival) }
            if word(i - 2, s) == "name" || word(i - 1, s) == "name's",
               has(i - 1, s, .beingAge) || word(i - 1, s) == "name's",
               any((i - 3)...(i - 2), s, .othersOwners) { found.insert(.rival) }
        }
        for (i, last) in mentions(m) {
            let s = t[i].sentence
            func isLeaver(_ j: Int) -> Bool {
                guard let w = word(j, s) else { return false }
                return subject.contains(w) || (t[j].capitalized && leaverNames.contains(w))
            }
            // Rival.
            if word(i - 1, s) == "for", any((i - 4)...(i - 2), s, .leftFor) { found.insert(.rival) }
            if word(i - 1, s) == "with", any((i - 3)...(i - 2), s, .withRival) { found.insert(.rival) }
            // "he had fallen for Ethan": the partner as the one who fell (not "I fell for Sam").
            if word(i - 1, s) == "for", has(i - 2, s, .fallingFor),
               ((i - 5)...(i - 3)).contains(where: isLeaver) { found.insert(.rival) }
            // The same with who they are between: "moving in with her friend Deniz", "photos with
            // his coworker Jodian".
            if word(i - 3, s) == "with" || word(i - 2, s) == "with",
               let w = ((i - 3)...(i - 2)).first(where: { word($0, s) == "with" }),
               ((w + 1)...(i - 1)).allSatisfy({ j in has(j, s, .outsiderNouns) || (word(j, s).map { possessive.contains($0) } ?? false) }),
               any((w - 3)...(w - 1), s, .withRival) { found.insert(.rival) }
            // The partner as the subject of being with them: "he had been seeing Valentina",
            // "she was dating Marco".
            if has(i - 1, s, .seeing), ((i - 4)...(i - 2)).contains(where: isLeaver) { found.insert(.rival) }
            // Moving into their home: "Matteo had moved into Chiara's apartment".
            if t[i].text.hasSuffix("'s"), word(i - 1, s) == "into", any((i - 2)...(i - 2), s, .moving),
               ((i - 6)...(i - 3)).contains(where: isLeaver) { found.insert(.rival) }
            // Living in their home: "she was gone, living in Greg's house".
            if t[i].text.hasSuffix("'s"), word(i - 1, s) == "in", any((i - 2)...(i - 2), s, .living),
               has(last + 1, s, .homes),
               ((i - 6)...(i - 3)).contains(where: isLeaver) { found.insert(.rival) }
            if word(last + 1, s) == "and", isLeaver(last + 2), any((last + 3)...(last + 6), s, .coupled) { found.insert(.rival) }
            if word(i - 1, s) == "and", isLeaver(i - 2), any((last + 1)...(last + 4), s, .coupled) { found.insert(.rival) }
            // Not "Ray walked her out to the car": walking someone out is seeing them to the door.
            if let v = ((last + 1)...(last + 2)).first(where: { has($0, s, .dropped) }),
               any((last + 2)...(last + 4), s, in: object),
               !(has(v, s, .escorting) && (word(v + 1, s).map { object.contains($0) } ?? false)) { found.insert(.rival) }
            // "Fenella had ended it": the affair, ended by the rival.
            if any((last + 1)...(last + 2), s, in: ["ended", "finished"]), any((last + 2)...(last + 3), s, in: ["it", "things"]) { found.insert(.rival) }
            // "he'd met a woman called X" is a rival; "I met a quiet man called X" is the narrator's
            // new love, a helper.
            if has(i - 1, s, .calledName),
               let mt = ((i - 8)...(i - 2)).last(where: { has($0, s, .met) }) {
                let narratorMet = !t[mt].quoted && ((mt - 2)...(mt - 1)).contains { has($0, s, .narratorSubjects) }
                found.insert(narratorMet ? .helper : .rival)
            }
            // Seen with the partner: "he was seen all over town with a woman called X", "photos
            // of her with a guy named X".
            // The partner must be in the sentence: not "I joined a choir with a woman called X".
            // An age stands for the noun: "with a twenty-six-year-old named X".
            var lead = i - 2
            if word(i - 2, s) == "old", word(i - 3, s) == "year" {
                lead = i - 4
                while let n = word(lead - 1, s), RoleCueWords.childAges.contains(n) || has(lead - 1, s, .ageTens) || n.allSatisfy(\.isNumber) { lead -= 1 }
            }
            if has(i - 1, s, .calledName),
               lead < i - 2 || (has(i - 2, s, .strangerNouns))
                // Or what they do: "two states away, with a bartender named Crystal".
                || (has(i - 3, s, .indefinite)
                    && word(i - 2, s) != nil && !has(i - 2, s, [.helperNouns, .officialNouns])),
               let w = ((lead - 3)...(lead - 1)).first(where: { word($0, s) == "with" }),
               (Array((w - 16)...(w - 1)) + Array((last + 1)...(last + 8))).contains(where: { j in isLeaver(j) || (word(j, s).map { object.contains($0) || possessive.contains($0) } ?? false) }) {
                found.insert(.rival)
            }
            // The affair over, told at the partner's return: "Magnus had gone back to his wife",
            // "Rory had gone back to an ex", "Gina went back to her husband".
            if let g = ((last + 1)...(last + 2)).first(where: { has($0, s, .goingBack) }),
               word(g + 1, s) == "back", word(g + 2, s) == "to",
               has(g + 3, s, .backToOwners),
               isPartnerNoun(g + 4, s) || (word(g + 4, s).map({ PartnerNouns.gender(of: $0) != nil }) ?? false) { found.insert(.rival) }
            // The partner's news of someone: "he rang to say there was a woman called Shannon",
            // "There had been someone for a while, he wrote, a bartender called Rory".
            if has(i - 1, s, .calledName), !t[i].quoted,
               let th = ((i - 12)...(i - 3)).first(where: { word($0, s) == "there" }),
               has(th + 1, s, .thereBe),
               (Array((i - 16)...(i - 1)) + Array((last + 1)...(last + 8))).contains(where: isLeaver) { found.insert(.rival) }
            // Who they are, said after the name: "Victor was a man she had met in an online game".
            if has(last + 1, s, .beingAge), word(last + 2, s) == "a",
               has(last + 3, s, .strangerNouns),
               let mt = ((last + 4)...(last + 7)).first(where: { has($0, s, .met) }),
               ((last + 4)...(mt - 1)).contains(where: isLeaver) { found.insert(.rival) }
            // Introduced right after the partner met someone: "I've met someone. Her name was X."
            if has(i - 1, s, .beingAge), word(i - 2, s) == "name",
               word(i - 3, s) == "her" || word(i - 3, s) == "his", metSomeone(before: i - 3) { found.insert(.rival) }
            // Helper: the name as the subject of an act done for the narrator.
            if let v = ((last + 1)...(last + 2)).first(where: { has($0, s, .helping) }),
               any((v + 1)...(v + 3), s, .narratorObject) { found.insert(.helper) }
            // The same after who they are: "Bridget, the retired teacher next door, took the girls
            // after school", the narrator's children being the ones helped as often as the narrator.
            if word(last + 1, s).map(Determiners.aliasOpeners.contains) ?? false,
               let v = ((last + 3)...(last + 8)).first(where: { has($0, s, .helping) }),
               any((v + 1)...(v + 3), s, .narratorObject)
                || (word(v + 1, s) == "the" && (has(v + 2, s, .narratorsChildren))) {
                found.insert(.helper)
            }
            // Named with the work of helping: "my boss, Mr. Okonjo", "a colleague of mine, Farah",
            // "a therapist, a patient woman called Dr. Leclerc" (no other name between).
            var before = i - 1
            while before >= i - 7, word(before, s) != nil, !(t[before].capitalized && !has(before, s, .titles) && before > 0 && t[before].position > 0) {
                if has(before, s, .helperNouns) || (has(before, s, .friendParts) && !t[i].quoted) { found.insert(.helper); break }
                before -= 1
            }
            // The narrator's new love: "I met Odette at the lanes", "then I finally met Tendai", "my
            // new husband, Ravi" (the partner's own "he'd met someone" is a rival's, above).
            if word(i - 1, s) == "met", any((i - 3)...(i - 2), s, .narratorSubjects), !t[i].quoted { found.insert(.helper) }
            // Whom the narrator goes home to at the end: "Then I went home to Daniel".
            if word(i - 1, s) == "to", word(i - 2, s) == "home", has(i - 3, s, .goingHome),
               any((i - 5)...(i - 4), s, .narratorSubjects), !t[i].quoted { found.insert(.helper) }
            if isPartnerNoun(i - 1, s), word(i - 2, s) == "new",
               has(i - 3, s, .narratorObject) { found.insert(.helper) }
            // Kin named by apposition: "His mother, Annelies, was the one who surprised me".
            if has(i - 1, s, .kinNouns),
               has(i - 2, s, .kinOwners) { found.insert(.family) }
            // Or the partner's kin by the partner's noun: "my ex-wife's sister, Hannah".
            if has(i - 1, s, .kinNouns), let o = word(i - 2, s), o.hasSuffix("'s"),
               PartnerNouns.gender(of: String(o.dropLast(2))) != nil || PartnerNouns.every.contains(String(o.dropLast(2))) { found.insert(.family) }
            // Child: "one son, Alfie"; "Orla was twelve", "Alfie, who was nine", "Mila was seven
            // months old"; not "two years older", "one of them", "five minutes late".
            if has(i - 1, s, .childNouns) { found.insert(.child) }
            // Minded or taught by someone else: "my mom watched Chloe while I worked", "he taught
            // Evan to ride a bike"; not the narrator's "I watched Richard understand".
            if let v = word(i - 1, s), !t[i].quoted, !t[i].text.hasSuffix("'s") {
                if has(i - 1, s, .minding), !any((i - 2)...(i - 2), s, .narratorSubjects),
                   word(last + 1, s) == nil || has(last + 1, s, .afterMinding) { found.insert(.child) }
                if v == "taught" || v == "teaching", word(last + 1, s) == "to",
                   has(last + 2, s, .childSkills) { found.insert(.child) }
            }
            // "Max and Ava were two": the first of two children named together.
            if word(last + 1, s) == "and", last + 2 < t.count, t[last + 2].capitalized, word(last + 3, s) == "were",
               let age = word(last + 4, s), RoleCueWords.childAges.contains(age),
               !has(last + 5, s, .ageUnits) || word(last + 6, s) == "old" { found.insert(.child) }
            // "Miguel grew up and became an engineer": who grows up in the story is a child of it.
            if word(last + 1, s) == "grew", word(last + 2, s) == "up" { found.insert(.child) }
            if let be = ((last + 1)...(last + 2)).first(where: { has($0, s, .beingAge) }),
               let age = word(be + 1, s), RoleCueWords.childAges.contains(age) {
                let unit = has(be + 2, s, .ageUnits)
                if !unit || word(be + 3, s) == "old" { found.insert(.child) }
            }
        }
        return found
    }
}

extension Cast {
    /// Inserts `member` at position `index`, renumbering members, quotes and turns.
    mutating func insert(_ member: CastMember, before index: Int) {
        var m = member
        m.id = index
        members.insert(m, at: index)
        for k in members.indices { members[k].id = k }
        for q in quotes.indices { if let s = quotes[q].speaker, s >= index { quotes[q].speaker = s + 1 } }
        for t in turnRecords.indices where turnRecords[t].speaker >= index { turnRecords[t].speaker += 1 }
    }
}
