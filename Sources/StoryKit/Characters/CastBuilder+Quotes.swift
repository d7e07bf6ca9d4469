import Foundation

/// Quote attribution. Explicit cues are read during the walk (`“…,” he said`, `Ruth said, “…”`,
/// an action in the same paragraph, `“It’s Jake.”`); once roles are known, untagged lines are
/// settled by vocatives and by turn-taking inside a two-person exchange. When nothing decides,
/// the speaker stays nil with cue `.unknown`.
extension CastBuilder {
    func subjectEnd(_ k: Int) -> Int { mentions.subjectEnd(k) }
    func tagSubject(_ q: Int) -> (Int, AttributedQuote.Cue)? { mentions.tags[q] }
    func subjectStart(endingAt k: Int) -> Int? { mentions.subjectStart(endingAt: k) }
    func sentenceSubject(from k: Int, para: Int, maxWords: Int = 5) -> Int? { mentions.sentenceSubject(from: k, para: para, maxWords: maxWords) }
    func lastClause(from: Int, to end: Int) -> Int? { mentions.lastClause(from: from, to: end) }

    mutating func resolveSubject(_ k: Int) -> Int? {
        if let s = spanAt[k], let e = spanEntity[s] { return find(e) }
        if let m = nounAt[k] {
            guard let (key, _, _) = nounKey(nouns[m]), let e = nounEntity[key] else { return nil }
            return find(e)
        }
        // The token's classes are its lowercase word's: the same answer as the sets, no hashing.
        if t[k].has(.firstPerson) { return 0 }
        if t[k].has(.malePronouns) { return salient(.male, para: t[k].para) }
        if t[k].has(.femalePronouns) { return salient(.female, para: t[k].para) }
        return nil
    }

    /// Speakers of every quote of a paragraph, decided when the walk reaches its first quote.
    mutating func startParagraphQuotes(_ p: Int, at i: Int) {
        // A scare quote is nobody's line: it takes no speaker and no part in the turns.
        for q in quotesByPara[p] where !quotes[q].isSpeech { embedded[q] = true }
        let qs = quotesByPara[p].filter { quotes[$0].isSpeech }
        guard !qs.isEmpty else { return }
        // Per position in `qs` (arrays, not dictionaries keyed by quote: a paragraph has few).
        var tagged = [(Int, AttributedQuote.Cue)?](repeating: nil, count: qs.count)
        var weak = [Bool](repeating: false, count: qs.count)
        for (j, q) in qs.enumerated() {
            // `tagSubject` reads only tokens and spans: asked once for both uses below.
            let tag = tagSubject(q)
            if let (k, c) = tag, let e = resolveSubject(k) {
                tagged[j] = (e, c)
                // "…Colin, wobbling on his bike, asking, “…”": a remembered line, not the scene's dialogue.
                if let (first, _) = quoteRange[q], first >= 2, text(first - 1) == "," || text(first - 1) == ":",
                   vocab.endsInIng(t[first - 2].word) || (first >= 3 && vocab.endsInIng(t[first - 3].word) && lower(first - 2) == "out") {
                    embedded[q] = true
                }
            }
            if let (first, _) = quoteRange[q] {
                // `“…,” Mia told me`: the line was addressed to the narrator.
                if let (k, _) = tag {
                    let after = subjectEnd(k) + 1
                    var v = after
                    while v < t.count, v < after + 3, t[v].isWord, !t[v].has(.speechVerbs) { v += 1 }
                    if v + 1 < t.count, lower(v + 1) == "me" { addressedNarrator[q] = true }
                }
                _ = first
            }
        }
        // Self-identification: `“It’s Jake.”`
        for (j, q) in qs.enumerated() where tagged[j] == nil {
            guard let (first, last) = quoteRange[q] else { continue }
            for k in first...last {
                if let s = spanAt[k], spans[s].selfIdentified, let e = spanEntity[s], e != 0 { tagged[j] = (find(e), .vocative); break }
            }
        }
        // A line split by its tag: `“You wanted to come back,” I said calmly. “So start…”` The
        // second half, with no tag of its own and only the first half's tag between them, goes on
        // in the same voice, whatever the narration after it says.
        for j in qs.indices.dropFirst() where tagged[j] == nil && tagged[j - 1] != nil && !embedded[qs[j]] && !embedded[qs[j - 1]] {
            guard let (_, lastA) = quoteRange[qs[j - 1]], let (firstB, _) = quoteRange[qs[j]], firstB > lastA + 1 else { continue }
            let gap = (lastA + 1)..<firstB
            let sentence = t[gap.lowerBound].sentence
            guard gap.allSatisfy({ t[$0].quote < 0 && t[$0].sentence == sentence }),
                  let tag = tagSubject(qs[j - 1]), gap.contains(tag.0) else { continue }
            tagged[j] = tagged[j - 1]
            weak[j] = weak[j - 1]
        }
        // `he exploded: “I never wanted this!”`: the person just before the colon says it.
        for (j, q) in qs.enumerated() where tagged[j] == nil {
            guard let (first, _) = quoteRange[q], first >= 3, text(first - 1) == ":", t[first - 2].isWord,
                  t[first - 3].para == p, let start = subjectStart(endingAt: first - 3),
                  let e = resolveSubject(start) else { continue }
            tagged[j] = (e, .tag)
            weak[j] = spanAt[start] == nil && nounAt[start] == nil
        }
        // Action beats: the sentence around an untagged quote names who acts.
        for (j, q) in qs.enumerated() where tagged[j] == nil {
            guard let (first, last) = quoteRange[q] else { continue }
            var subj: Int? = nil
            if embedded[q] {
                // A quoted phrase: whoever the sentence is about said it.
                var k = first - 1
                let sent = t[k].sentence
                while k > 0, t[k - 1].para == p, t[k - 1].sentence == sent, t[k - 1].quote < 0 { k -= 1 }
                subj = sentenceSubject(from: k, para: p, maxWords: 10)
            } else {
                if last + 1 < t.count, t[last + 1].para == p, t[last + 1].quote < 0, t[last + 1].isWord, t[last + 1].initial {
                    subj = sentenceSubject(from: last + 1, para: p)
                }
                var k = first - 1
                var sentences = 0
                while subj == nil, sentences < 2, k >= 0, t[k].para == p, t[k].quote < 0 {
                    let sent = t[k].sentence
                    let end = k
                    while k > 0, t[k - 1].para == p, t[k - 1].sentence == sent, t[k - 1].quote < 0 { k -= 1 }
                    // `Rosie laughed, and Tess pointed a spoon at her. “And you are next.”`: the
                    // clause nearest the line names who acts.
                    if sentences == 0, let clause = lastClause(from: k, to: end) { subj = sentenceSubject(from: clause, para: p) }
                    if subj == nil { subj = sentenceSubject(from: k, para: p) }
                    sentences += 1
                    k -= 1
                }
            }
            if let subj, let e = resolveSubject(subj) {
                tagged[j] = (e, .tag)
                if spanAt[subj] == nil, nounAt[subj] == nil { weak[j] = true }
            }
        }
        // Lines of a paragraph without a cue share the speaker of its cued line (the second half
        // of `“…,” he said. “…”` too: `Cast.turns` joins the halves into one turn).
        for (n, q) in qs.enumerated() {
            if let (e, c) = tagged[n] {
                speaker[q] = e
                cue[q] = c
                weakCue[q] = weak[n]
                continue
            }
            if embedded[q] { continue }
            let before = (0..<n).reversed().first { tagged[$0] != nil && !embedded[qs[$0]] }
            let after = ((n + 1)..<qs.count).first { tagged[$0] != nil && !embedded[qs[$0]] }
            if let src = before ?? after, let (e, c) = tagged[src] {
                speaker[q] = e
                cue[q] = c
                weakCue[q] = weak[src]
            }
        }
        // Who else was last in view, for lines whose other party is not yet known.
        var k = recent.count - 1
        while k >= 0 {
            let r = find(recent[k].0)
            if r != 0 { for q in qs { lastMentioned[q] = r }; break }
            k -= 1
        }
        // A lone line after narration: the last person the narration named.
        if let q0 = qs.first, speaker[q0] == nil, p > 0, !quotesByPara[p - 1].contains(where: { quotes[$0].isSpeech }), let (first, _) = quoteRange[q0],
           first == firstTokenOfPara[p] || (first > 0 && t[first - 1].para != p) {
            let prevFirst = firstTokenOfPara[p - 1]
            var k = first - 1
            if k >= prevFirst {
                let sent = t[k].sentence
                while k > prevFirst, t[k - 1].sentence == sent { k -= 1 }
                if let subj = sentenceSubject(from: k, para: p - 1) {
                    fallback[q0] = resolveSubject(subj)
                    // `I didn’t respond.` The narrator stays silent: the line is the other party's,
                    // marked `silentNarrator` here and settled in `attributeUntagged`.
                    if fallback[q0] == 0, Self.isSilence(paragraphs.slice(p - 1)) { fallback[q0] = Self.silentNarrator }
                }
            }
        }
        for q in qs where !embedded[q] {
            if let s = speaker[q] { recent.append((find(s), p)) }
        }
    }

    /// Settles untagged lines. A vocative names the addressee, so the speaker is the other
    /// party; a line after narration belongs to whoever the narration was about; otherwise lines
    /// alternate between the narrator and the nearest other speaker. Lines whose speaker came only
    /// from a pronoun beat yield to the exchange partner of that gender.
    mutating func attributeUntagged() {
        let n = quotes.count
        guard n > 0 else { return }
        func para(_ q: Int) -> Int { quotes[q].paragraph }
        func dialogue(_ q: Int) -> Bool { !embedded[q] }
        /// The nearest non-narrator speaker of a dialogue line within a few paragraphs.
        func partner(of q: Int, gender g: Gender? = nil, strongOnly: Bool = false, reach: Int = 6, backOnly: Bool = false) -> Int? {
            func ok(_ c: Int) -> Int? {
                guard dialogue(c), abs(para(c) - para(q)) <= reach, let s = speaker[c].map({ find($0) }), s != 0 else { return nil }
                if strongOnly && weakCue[c] { return nil }
                if let g, gender(s) != g { return nil }
                return s
            }
            var c = q - 1
            while c >= 0, para(c) >= para(q) - reach { if let s = ok(c) { return s }; c -= 1 }
            if backOnly { return nil }
            c = q + 1
            while c < n, para(c) <= para(q) + reach { if let s = ok(c) { return s }; c += 1 }
            return nil
        }
        // Recognition: `“It’s me.”` `“Paul?”` The one the next line asks for by name spoke before it.
        for q in 0..<n where quotes[q].isSpeech && (speaker[q] == nil || weakCue[q]) {
            guard let r = ((q + 1)..<n).first(where: { quotes[$0].isSpeech }), para(r) == para(q) + 1,
                  quotes[r].text.hasSuffix("?"), quotes[r].text.split(separator: " ").count <= 2,
                  let named = vocatives[r].map({ find($0) }).first(where: { $0 != 0 && gender($0) != nil }),
                  !(0..<n).contains(where: { para($0) == para(q) && tagSubject($0) != nil }) else { continue }
            speaker[q] = named
            cue[q] = .vocative
            weakCue[q] = false
            // `A whispered “It’s me” came down the line`: answered, it is a turn of the exchange.
            embedded[q] = false
        }
        // After the narrator's silence the one who spoke before goes on.
        for q in 0..<n where fallback[q] == Self.silentNarrator {
            fallback[q] = nil
            if speaker[q] == nil, let o = partner(of: q, backOnly: true) { speaker[q] = o; cue[q] = .turnTaking }
        }
        for _ in 0..<3 {
            for q in 0..<n where speaker[q] == nil && dialogue(q) {
                let addressees = Set(vocatives[q].map { find($0) })
                if addressees.contains(0) {
                    if let o = partner(of: q) ?? lastMentioned[q] { speaker[q] = o; cue[q] = .vocative }
                    continue
                }
                if !addressees.isEmpty { speaker[q] = 0; cue[q] = .vocative; continue }
                if let f = fallback[q] { speaker[q] = f; cue[q] = .tag; continue }
                // Turn-taking with the line before (or after) in a nearby paragraph.
                let prev = (0..<q).reversed().first { dialogue($0) && para($0) != para(q) }
                let next = ((q + 1)..<n).first { dialogue($0) && para($0) != para(q) }
                var src: Int? = nil
                if let prev, para(prev) >= para(q) - 2, speaker[prev] != nil { src = prev }
                else if let next, para(next) <= para(q) + 2, speaker[next] != nil { src = next }
                guard let src, let s = speaker[src].map({ find($0) }) else { continue }
                if s == 0 {
                    if let o = partner(of: q) ?? lastMentioned[q] { speaker[q] = o; cue[q] = .turnTaking }
                } else {
                    speaker[q] = 0
                    cue[q] = .turnTaking
                }
            }
            for q in 0..<n where speaker[q] == nil && dialogue(q) {
                if let mate = (0..<n).first(where: { para($0) == para(q) && speaker[$0] != nil && dialogue($0) }) {
                    speaker[q] = speaker[mate]
                    cue[q] = cue[mate]
                }
            }
        }
        settleChildrensLines()
        // `a mumbled “I hope you understand someday.”`: a line named by its verb, with no one
        // named in its sentence, is the other party's, the last person the narration named.
        for q in 0..<n where embedded[q] && quotes[q].isSpeech && speaker[q] == nil {
            guard let (first, _) = quoteRange[q], first >= 2, t[first].isQuoteMark, t[first - 1].isWord,
                  t[first - 1].has(.speechVerbs), lower(first - 2) == "a" || lower(first - 2) == "an",
                  let other = lastMentioned[q], !childStore.contains(find(other)) else { continue }
            speaker[q] = find(other)
            cue[q] = .tag
            weakCue[q] = true
        }
        // `A month since I found the message. … The words jumped off the screen: “I’m sorry…”`:
        // a line read from a message (one that no tag gives to a speaker: the narrator only found
        // or read it) is the last person other than the narrator the narration named.
        for q in 0..<n where quotes[q].isSpeech && (speaker[q] == nil || (speaker[q].map { find($0) } == 0 && tagSubject(q) == nil)) {
            guard let (first, _) = quoteRange[q], let other = lastMentioned[q] else { continue }
            let p = t[first].para
            var k = first - 1, read = false
            while k >= 0, t[k].para == p, !read {
                if t[k].quote < 0, t[k].isWord, Self.messageWords.contains(lower(k)) { read = true }
                k -= 1
            }
            guard read else { continue }
            speaker[q] = find(other)
            cue[q] = .context
        }
        // A pronoun beat that picked someone outside the exchange yields to the exchange partner.
        for q in 0..<n where weakCue[q] && dialogue(q) {
            guard let s = speaker[q].map({ find($0) }), s != 0, let g = gender(s) else { continue }
            if let o = partner(of: q, gender: g, strongOnly: true, reach: 3, backOnly: true), o != s {
                for m in 0..<n where para(m) == para(q) && speaker[m].map({ find($0) }) == s { speaker[m] = o; cue[m] = .turnTaking }
            }
        }
    }

    /// A child's line: `I tucked Max in. “When is Mommy coming home?”` is Max's question, not
    /// the narrator's. A line with no speech tag of its own that names a parent ("Mommy",
    /// "Dad") and asks, or calls a parent by a parent word, goes to the child in view: the one
    /// named nearest before it in its paragraph or the one before, else the only child seen
    /// there. A line already given to a child keeps its child.
    mutating func settleChildrensLines() {
        let children = Set(childStore.map { find($0) })
        guard !children.isEmpty else { return }
        defer { settleChildsQuestions(children) }
        var usesByQuote: [Int: [Bool]] = [:]
        for u in parentUses where u.quote >= 0 { usesByQuote[u.quote, default: []].append(u.vocative) }
        for (q, uses) in usesByQuote.sorted(by: { $0.key < $1.key }) where !embedded[q] && quotes[q].isSpeech {
            guard tagSubject(q) == nil, let (first, _) = quoteRange[q] else { continue }
            guard quotes[q].text.contains("?") || uses.contains(true) else { continue }
            if let s = speaker[q].map({ find($0) }), children.contains(s) { continue }
            let p = quotes[q].paragraph
            var child: Int? = nil
            var k = first - 1
            while child == nil, k >= 0, t[k].para >= p - 2 {
                if t[k].quote < 0, spanAt[k] != nil || nounAt[k] != nil, let e = resolveSubject(k), children.contains(find(e)) { child = find(e) }
                k -= 1
            }
            if child == nil {
                let seen = children.filter { c in ents[c].paragraphs.sorted.contains { $0 == p || $0 == p - 1 } && !ents[c].plural }
                if seen.count == 1 { child = seen.first }
            }
            guard let child else { continue }
            speaker[q] = child
            cue[q] = .tag
            weakCue[q] = false
        }
    }

    /// A child's run of questions: `“Is Daddy mad at me?”` `“Did I do something wrong?”` `“When’s
    /// he coming home?”`, each a paragraph of its own with no tag, are all the child's. A bare
    /// question right after a child's bare question is that child's too.
    mutating func settleChildsQuestions(_ children: Set<Int>) {
        func bare(_ q: Int) -> Bool {
            guard let (first, last) = quoteRange[q] else { return false }
            let p = t[first].para
            return first == firstTokenOfPara[p] && last == firstTokenOfPara[p + 1] - 1 && quotes[q].text.hasSuffix("?")
        }
        var prev: Int? = nil
        for q in quotes.indices where quotes[q].isSpeech && !embedded[q] {
            defer { prev = q }
            guard let b = prev, quotes[b].paragraph == quotes[q].paragraph - 1, bare(b), bare(q), tagSubject(q) == nil,
                  let child = speaker[b].map({ find($0) }), children.contains(child) else { continue }
            speaker[q] = child
            cue[q] = .turnTaking
        }
    }

    /// What a line read rather than heard comes in.
    static let messageWords: Set<String> = ["message", "text", "note", "letter", "email", "screen", "card", "voicemail"]

    /// `fallback` of a line after the narrator's silence (not an entity).
    static let silentNarrator = -1

    /// A short paragraph of the narrator not speaking: "I didn’t respond.", "I said nothing."
    static func isSilence(_ paragraph: Substring) -> Bool {
        guard paragraph.count <= 60 else { return false }
        let l = paragraph.lowercased().replacingOccurrences(of: "’", with: "'")
        guard l.hasPrefix("i ") else { return false }
        return ["didn't respond", "didn't answer", "didn't reply", "didn't say anything", "said nothing", "didn't speak",
                "couldn't answer", "couldn't speak", "did not respond", "did not answer", "stayed silent", "kept quiet"].contains { l.contains($0) }
    }
}
