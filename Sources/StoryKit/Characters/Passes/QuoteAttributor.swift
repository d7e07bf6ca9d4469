/// Roles → the speakers of untagged lines. A vocative names the addressee, so the speaker is
/// the other party; a line after narration belongs to whoever the narration was about;
/// otherwise lines alternate between the narrator and the nearest other speaker. Lines whose
/// speaker came only from a pronoun beat yield to the exchange partner of that gender. When
/// nothing decides, the speaker stays nil with cue `.unknown`. After the roles: children's
/// lines go to children. It resolves subjects on the scene the roles left (which may count a
/// pronoun's vote), so it returns that scene too.
struct QuoteAttributor {
    let m: CastMentions
    let t: [CastToken]
    let parentUses: [ParentWordUse]
    let children: Set<Int>
    /// The partner the roles found: the writer of a message no one is said to have written.
    let leaver: Int?
    var scene: CastScene
    var ev: QuoteEvidence

    static func attribute(_ scene: CastScene, evidence: QuoteEvidence, parentUses: [ParentWordUse],
                          children: Set<Int>, leaver: Int? = nil) -> (scene: CastScene, quotes: QuoteEvidence) {
        var a = QuoteAttributor(m: scene.mentions, t: scene.t, parentUses: parentUses, children: children, leaver: leaver,
                                scene: scene, ev: evidence)
        a.attribute()
        return (a.scene, a.ev)
    }

    /// Settles untagged lines. A vocative names the addressee, so the speaker is the other
    /// party; a line after narration belongs to whoever the narration was about; otherwise lines
    /// alternate between the narrator and the nearest other speaker. Lines whose speaker came only
    /// from a pronoun beat yield to the exchange partner of that gender.
    private mutating func attribute() {
        let n = m.text.quotes.count
        guard n > 0 else { return }
        func para(_ q: Int) -> Int { m.text.quotes[q].paragraph }
        func dialogue(_ q: Int) -> Bool { !ev.embedded[q] }
        /// The nearest non-narrator speaker of a dialogue line within a few paragraphs.
        func partner(of q: Int, gender g: Gender? = nil, strongOnly: Bool = false, reach: Int = 6, backOnly: Bool = false) -> Int? {
            func ok(_ c: Int) -> Int? {
                guard dialogue(c), abs(para(c) - para(q)) <= reach, let s = ev.speaker[c].map({ scene.ents.find($0) }), s != 0 else { return nil }
                if strongOnly && ev.weakCue[c] { return nil }
                if let g, scene.ents.gender(s) != g { return nil }
                return s
            }
            var c = q - 1
            while c >= 0, para(c) >= para(q) - reach { if let s = ok(c) { return s }; c -= 1 }
            if backOnly { return nil }
            c = q + 1
            while c < n, para(c) <= para(q) + reach { if let s = ok(c) { return s }; c += 1 }
            return nil
        }
        settleContinuedTags()
        // Recognition: `“It’s me.”` `“Paul?”` The one the next line asks for by name spoke before it.
        for q in 0..<n where m.text.quotes[q].isSpeech && (ev.speaker[q] == nil || ev.weakCue[q]) {
            guard let r = ((q + 1)..<n).first(where: { m.text.quotes[$0].isSpeech }), para(r) == para(q) + 1,
                  m.text.quotes[r].text.hasSuffix("?"), m.text.quotes[r].text.split(separator: " ").count <= 2,
                  let named = ev.vocatives[r].map({ scene.ents.find($0) }).first(where: { $0 != 0 && scene.ents.gender($0) != nil }),
                  !(0..<n).contains(where: { para($0) == para(q) && m.tags[$0] != nil }) else { continue }
            ev.speaker[q] = named
            ev.cue[q] = .vocative
            ev.weakCue[q] = false
            // `A whispered “It’s me” came down the line`: answered, it is a turn of the exchange.
            ev.embedded[q] = false
        }
        // After the narrator's silence the one who spoke before goes on.
        for q in 0..<n where ev.fallback[q] == QuoteEvidence.silentNarrator {
            ev.fallback[q] = nil
            if ev.speaker[q] == nil, let o = partner(of: q, backOnly: true) { ev.speaker[q] = o; ev.cue[q] = .turnTaking }
        }
        for _ in 0..<3 {
            for q in 0..<n where ev.speaker[q] == nil && dialogue(q) {
                let addressees = Set(ev.vocatives[q].map { scene.ents.find($0) })
                if addressees.contains(0) {
                    if let o = partner(of: q) ?? ev.lastMentioned[q] { ev.speaker[q] = o; ev.cue[q] = .vocative }
                    continue
                }
                if !addressees.isEmpty { ev.speaker[q] = 0; ev.cue[q] = .vocative; continue }
                if let f = ev.fallback[q] { ev.speaker[q] = f; ev.cue[q] = .tag; continue }
                // Turn-taking with the line before (or after) in a nearby paragraph.
                let prev = (0..<q).reversed().first { dialogue($0) && para($0) != para(q) }
                let next = ((q + 1)..<n).first { dialogue($0) && para($0) != para(q) }
                var src: Int? = nil
                if let prev, para(prev) >= para(q) - 2, ev.speaker[prev] != nil { src = prev }
                else if let next, para(next) <= para(q) + 2, ev.speaker[next] != nil { src = next }
                guard let src, let s = ev.speaker[src].map({ scene.ents.find($0) }) else { continue }
                if s == 0 {
                    if let o = partner(of: q) ?? ev.lastMentioned[q] { ev.speaker[q] = o; ev.cue[q] = .turnTaking }
                } else {
                    ev.speaker[q] = 0
                    ev.cue[q] = .turnTaking
                }
            }
            for q in 0..<n where ev.speaker[q] == nil && dialogue(q) {
                if let mate = (0..<n).first(where: { para($0) == para(q) && ev.speaker[$0] != nil && dialogue($0) }) {
                    ev.speaker[q] = ev.speaker[mate]
                    ev.cue[q] = ev.cue[mate]
                }
            }
        }
        settleChildrensLines()
        // `a mumbled “I hope you understand someday.”`: a line named by its verb, with no one
        // named in its sentence, is the other party's, the last person the narration named.
        for q in 0..<n where ev.embedded[q] && m.text.quotes[q].isSpeech && ev.speaker[q] == nil {
            guard let (first, _) = m.text.quoteRange[q], first >= 2, t[first].isQuoteMark, t[first - 1].isWord,
                  t[first - 1].has(.speechVerbs), lower(first - 2) == "a" || lower(first - 2) == "an",
                  let other = ev.lastMentioned[q], !children.contains(scene.ents.find(other)) else { continue }
            ev.speaker[q] = scene.ents.find(other)
            ev.cue[q] = .tag
            ev.weakCue[q] = true
        }
        // `A month since I found the message. … The words jumped off the screen: “I’m sorry…”`:
        // a line read from a message (one that no tag gives to a speaker: the narrator only found
        // or read it) is its writer's. `Her email arrived: “…”`, `Mark’s note said: “…”` name
        // the writer; a message nobody is said to have written (`a message request popped up`,
        // `my husband left a note. It said: “…”`) is, in these stories, the partner's; without a
        // partner, it is the last person other than the narrator the narration named.
        for q in 0..<n where m.text.quotes[q].isSpeech && m.tags[q] == nil {
            guard let (first, last) = m.text.quoteRange[q] else { continue }
            let p = t[first].para
            var k = first - 1, message: Int? = nil
            while k >= 0, t[k].para == p, message == nil {
                if t[k].quote < 0, t[k].isWord, CastWords.messageWords.contains(lower(k)) { message = k }
                k -= 1
            }
            guard let message else { continue }
            let speaker = ev.speaker[q].map { scene.ents.find($0) }
            // What the line is said to come from: the message itself (`It said:`, `“…,” it began`).
            let fromIt = (first >= 2 && lower(first - 2) == "said" && first >= 3 && lower(first - 3) == "it")
                || (last + 2 < t.count && t[last + 1].para == p && lower(last + 1) == "it" && t[last + 2].has(.speechVerbs))
            guard speaker == nil || (speaker == 0 && m.tags[q] == nil) || fromIt || ev.weakCue[q] else { continue }
            guard let writer = writer(of: message) ?? leaver.map({ scene.ents.find($0) }) ?? ev.lastMentioned[q].map({ scene.ents.find($0) }),
                  writer != 0 else { continue }
            ev.speaker[q] = writer
            ev.cue[q] = .context
            ev.weakCue[q] = false
        }
        settleRunOnLines()
        // A pronoun beat that picked someone outside the exchange yields to the exchange partner.
        for q in 0..<n where ev.weakCue[q] && dialogue(q) {
            guard let s = ev.speaker[q].map({ scene.ents.find($0) }), s != 0, let g = scene.ents.gender(s) else { continue }
            if let o = partner(of: q, gender: g, strongOnly: true, reach: 3, backOnly: true), o != s {
                for l in 0..<n where para(l) == para(q) && ev.speaker[l].map({ scene.ents.find($0) }) == s { ev.speaker[l] = o; ev.cue[l] = .turnTaking }
            }
        }
    }

    /// A tag's "he" or "she" that goes on from a role phrase the walk met after the tag was read
    /// (`TaggedQuoteReader.continuing`): the line is that person's if the sexes agree, and so
    /// are the untagged lines after it in the paragraph that had its speaker.
    private mutating func settleContinuedTags() {
        let quotes = m.text.quotes
        for q in quotes.indices {
            guard let (k, main) = ev.continuesFrom[q], let e = scene.resolveSubject(k, speakers: []), e != 0,
                  let (tok, _) = m.tags[q] else { continue }
            let g = scene.ents.gender(e)
            guard g.map({ t[tok].has($0 == .male ? .malePronouns : .femalePronouns) }) ?? main else { continue }
            let was = ev.speaker[q]
            ev.speaker[q] = e
            ev.weakCue[q] = false
            var r = q + 1
            while r < quotes.count, quotes[r].paragraph == quotes[q].paragraph, m.tags[r] == nil, ev.speaker[r] == was {
                ev.speaker[r] = e
                r += 1
            }
        }
    }

    /// Who a message word's owner is: `Mark’s note` is Mark's; `her email` is the partner's
    /// when the partner is of that sex.
    private mutating func writer(of message: Int) -> Int? {
        let k = message - 1
        guard k >= 0, t[k].para == t[message].para, t[k].quote < 0, t[k].isWord else { return nil }
        if t[k].possessive, let s = m.names.endingAt[k], let e = m.spanEntity[s] { return scene.ents.find(e) }
        let l = lower(k)
        guard l == "his" || l == "her", let leaver else { return nil }
        let r = scene.ents.find(leaver)
        return scene.ents.gender(r) == (l == "his" ? .male : .female) ? r : nil
    }

    /// A speech that runs over paragraphs: a line left open at the end of its paragraph goes
    /// on in the next one, which opens without a mark (`“Back then I was young.` / `I thought
    /// walking away would be easier.”`), in the same voice. Posts broken into one line a
    /// sentence do this often.
    private mutating func settleRunOnLines() {
        let quotes = m.text.quotes
        for q in quotes.indices.dropFirst() where quotes[q].isSpeech && quotes[q - 1].isSpeech {
            guard let (first, _) = m.text.quoteRange[q], let (_, before) = m.text.quoteRange[q - 1],
                  quotes[q].paragraph == quotes[q - 1].paragraph + 1, m.tags[q] == nil,
                  first == m.text.firstTokenOfPara[t[first].para], !t[first].isQuoteMark,
                  before == first - 1, !t[before].isQuoteMark, let s = ev.speaker[q - 1] else { continue }
            ev.speaker[q] = s
            ev.cue[q] = ev.cue[q - 1]
            ev.weakCue[q] = ev.weakCue[q - 1]
        }
    }

    /// A child's line: `I tucked Max in. “When is Mommy coming home?”` is Max's question, not
    /// the narrator's. A line with no speech tag of its own that names a parent ("Mommy",
    /// "Dad") and asks, or calls a parent by a parent word, goes to the child in view: the one
    /// named nearest before it in its paragraph or the one before, else the only child seen
    /// there. A line already given to a child keeps its child.
    private mutating func settleChildrensLines() {
        let children = Set(self.children.map { scene.ents.find($0) })
        guard !children.isEmpty else { return }
        defer { settleChildsQuestions(children) }
        var usesByQuote: [Int: [Bool]] = [:]
        for u in parentUses where u.quote >= 0 { usesByQuote[u.quote, default: []].append(u.vocative) }
        for (q, uses) in usesByQuote.sorted(by: { $0.key < $1.key }) where !ev.embedded[q] && m.text.quotes[q].isSpeech {
            guard m.tags[q] == nil, let (first, _) = m.text.quoteRange[q] else { continue }
            guard m.text.quotes[q].text.contains("?") || uses.contains(true) else { continue }
            if let s = ev.speaker[q].map({ scene.ents.find($0) }), children.contains(s) { continue }
            let p = m.text.quotes[q].paragraph
            var child: Int? = nil
            var k = first - 1
            while child == nil, k >= 0, t[k].para >= p - 2 {
                if t[k].quote < 0, m.names.startingAt[k] != nil || m.nouns.startingAt[k] != nil,
                   let e = scene.resolveSubject(k, speakers: ev.speaker), children.contains(scene.ents.find(e)) {
                    child = scene.ents.find(e)
                }
                k -= 1
            }
            if child == nil {
                let seen = children.filter { c in scene.ents[c].paragraphs.sorted.contains { $0 == p || $0 == p - 1 } && !scene.ents[c].plural }
                if seen.count == 1 { child = seen.first }
            }
            guard let child else { continue }
            ev.speaker[q] = child
            ev.cue[q] = .tag
            ev.weakCue[q] = false
        }
    }

    /// A child's run of questions: `“Is Daddy mad at me?”` `“Did I do something wrong?”` `“When’s
    /// he coming home?”`, each a paragraph of its own with no tag, are all the child's. A bare
    /// question right after a child's bare question is that child's too.
    private mutating func settleChildsQuestions(_ children: Set<Int>) {
        func bare(_ q: Int) -> Bool {
            guard let (first, last) = m.text.quoteRange[q] else { return false }
            let p = t[first].para
            return first == m.text.firstTokenOfPara[p] && last == m.text.firstTokenOfPara[p + 1] - 1 && m.text.quotes[q].text.hasSuffix("?")
        }
        var prev: Int? = nil
        for q in m.text.quotes.indices where m.text.quotes[q].isSpeech && !ev.embedded[q] {
            defer { prev = q }
            guard let b = prev, m.text.quotes[b].paragraph == m.text.quotes[q].paragraph - 1, bare(b), bare(q), m.tags[q] == nil,
                  let child = ev.speaker[b].map({ scene.ents.find($0) }), children.contains(child) else { continue }
            ev.speaker[q] = child
            ev.cue[q] = .turnTaking
        }
    }

    func lower(_ k: Int) -> String { m.text.lower(k) }
}
