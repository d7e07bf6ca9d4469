import Foundation

/// The speakers of a paragraph's quotes from what stands beside them: a tag (`“…,” he said`),
/// a speaker naming themself (`“It’s Jake.”`), a colon (`he exploded: “…”`), an action beat in
/// the sentence around. Run by the walk when it reaches the paragraph's first quote, since a
/// "he" in a tag means whoever is on stage at that point.
enum TaggedQuoteReader {
    /// Gives the quotes of paragraph `p` their speakers: what the walk knows so far (`scene`)
    /// resolves each tag's subject.
    static func read(paragraph p: Int, _ m: CastMentions, scene: inout CastScene, evidence ev: inout QuoteEvidence) {
        let t = m.text.tokens
        func lower(_ k: Int) -> String { m.text.lower(k) }
        func text(_ k: Int) -> String { m.text.text(k) }
        // A scare quote is nobody's line: it takes no speaker and no part in the turns.
        for q in m.text.quotesByPara[p] where !m.text.quotes[q].isSpeech { ev.embedded[q] = true }
        let qs = m.text.quotesByPara[p].filter { m.text.quotes[$0].isSpeech }
        guard !qs.isEmpty else { return }
        // Per position in `qs` (arrays, not dictionaries keyed by quote: a paragraph has few).
        var tagged = [(Int, AttributedQuote.Cue)?](repeating: nil, count: qs.count)
        var weak = [Bool](repeating: false, count: qs.count)
        for (j, q) in qs.enumerated() {
            let tag = m.tags[q]
            var goesOn: Int? = nil
            if let (k, _) = tag {
                switch continuing(k, q, m, scene: &scene) {
                case .entity(let e)?: goesOn = e
                case .noun(let n, let main)?: ev.continuesFrom[q] = (n, main)
                case nil: break
                }
            }
            if let (k, c) = tag, let e = goesOn ?? scene.resolveSubject(k, speakers: ev.speaker) {
                tagged[j] = (e, c)
                // "…Colin, wobbling on his bike, asking, “…”": a remembered line, not the scene's dialogue.
                if let (first, _) = m.text.quoteRange[q], first >= 2, text(first - 1) == "," || text(first - 1) == ":",
                   m.text.vocab.endsInIng(t[first - 2].word) || (first >= 3 && m.text.vocab.endsInIng(t[first - 3].word) && lower(first - 2) == "out") {
                    ev.embedded[q] = true
                }
            }
            // `“…,” Mia told me`: the line was addressed to the narrator.
            if let (k, _) = tag {
                let after = m.subjectEnd(k) + 1
                var v = after
                while v < t.count, v < after + 3, t[v].isWord, !t[v].has(.speechVerbs) { v += 1 }
                if v + 1 < t.count, lower(v + 1) == "me" { ev.addressedNarrator[q] = true }
            }
        }
        // Self-identification: `“It’s Jake.”`
        for (j, q) in qs.enumerated() where tagged[j] == nil {
            guard let (first, last) = m.text.quoteRange[q] else { continue }
            for k in first...last {
                if let s = m.names.startingAt[k], m.names.spans[s].selfIdentified, let e = m.spanEntity[s], e != 0 {
                    tagged[j] = (scene.ents.find(e), .vocative)
                    break
                }
            }
        }
        // A line split by its tag: `“You wanted to come back,” I said calmly. “So start…”` The
        // second half, with no tag of its own and only the first half's tag between them, goes on
        // in the same voice, whatever the narration after it says.
        for j in qs.indices.dropFirst() where tagged[j] == nil && tagged[j - 1] != nil && !ev.embedded[qs[j]] && !ev.embedded[qs[j - 1]] {
            guard let (_, lastA) = m.text.quoteRange[qs[j - 1]], let (firstB, _) = m.text.quoteRange[qs[j]], firstB > lastA + 1 else { continue }
            let gap = (lastA + 1)..<firstB
            let sentence = t[gap.lowerBound].sentence
            guard gap.allSatisfy({ t[$0].quote < 0 && t[$0].sentence == sentence }),
                  let tag = m.tags[qs[j - 1]], gap.contains(tag.0) else { continue }
            tagged[j] = tagged[j - 1]
            weak[j] = weak[j - 1]
        }
        // `he exploded: “I never wanted this!”`: the person just before the colon says it.
        for (j, q) in qs.enumerated() where tagged[j] == nil {
            guard let (first, _) = m.text.quoteRange[q], first >= 3, text(first - 1) == ":", t[first - 2].isWord,
                  t[first - 3].para == p, let start = m.subjectStart(endingAt: first - 3),
                  let e = scene.resolveSubject(start, speakers: ev.speaker) else { continue }
            tagged[j] = (e, .tag)
            weak[j] = m.names.startingAt[start] == nil && m.nouns.startingAt[start] == nil
        }
        // Action beats: the sentence around an untagged quote names who acts.
        for (j, q) in qs.enumerated() where tagged[j] == nil {
            guard let (first, last) = m.text.quoteRange[q] else { continue }
            var subj: Int? = nil
            if ev.embedded[q] {
                // A quoted phrase: whoever the sentence is about said it.
                var k = first - 1
                let sent = t[k].sentence
                while k > 0, t[k - 1].para == p, t[k - 1].sentence == sent, t[k - 1].quote < 0 { k -= 1 }
                subj = m.sentenceSubject(from: k, para: p, maxWords: 10)
            } else {
                var k = first - 1
                var sentences = 0
                while subj == nil, sentences < 2, k >= 0, t[k].para == p, t[k].quote < 0 {
                    let sent = t[k].sentence
                    let end = k
                    while k > 0, t[k - 1].para == p, t[k - 1].sentence == sent, t[k - 1].quote < 0 { k -= 1 }
                    // `Rosie laughed, and Tess pointed a spoon at her. “And you are next.”`: the
                    // clause nearest the line names who acts.
                    if sentences == 0, let clause = m.lastClause(from: k, to: end) { subj = m.sentenceSubject(from: clause, para: p) }
                    if subj == nil { subj = m.sentenceSubject(from: k, para: p) }
                    // `She was given the stern reply: “…”`: the subject of a passive is spoken to.
                    if let s = subj, Self.isSpokenTo(m.subjectEnd(s), m) { subj = nil; break }
                    sentences += 1
                    k -= 1
                }
                if subj == nil, last + 1 < t.count, t[last + 1].para == p, t[last + 1].quote < 0, t[last + 1].isWord, t[last + 1].initial {
                    subj = m.sentenceSubject(from: last + 1, para: p)
                }
            }
            if let subj, let e = scene.resolveSubject(subj, speakers: ev.speaker) {
                tagged[j] = (e, .tag)
                if m.names.startingAt[subj] == nil, m.nouns.startingAt[subj] == nil { weak[j] = true }
            }
        }
        // Lines of a paragraph without a cue share the speaker of its cued line (the second half
        // of `“…,” he said. “…”` too: `Cast.turns` joins the halves into one turn).
        for (n, q) in qs.enumerated() {
            if let (e, c) = tagged[n] {
                ev.speaker[q] = e
                ev.cue[q] = c
                ev.weakCue[q] = weak[n]
                continue
            }
            if ev.embedded[q] { continue }
            let before = (0..<n).reversed().first { tagged[$0] != nil && !ev.embedded[qs[$0]] }
            let after = ((n + 1)..<qs.count).first { tagged[$0] != nil && !ev.embedded[qs[$0]] }
            if let src = before ?? after, let (e, c) = tagged[src] {
                ev.speaker[q] = e
                ev.cue[q] = c
                ev.weakCue[q] = weak[src]
            }
        }
        // Who else was last in view, for lines whose other party is not yet known.
        var k = scene.recent.count - 1
        while k >= 0 {
            let r = scene.ents.find(scene.recent[k].0)
            if r != 0 { for q in qs { ev.lastMentioned[q] = r }; break }
            k -= 1
        }
        // A lone line after narration: the last person the narration named.
        if let q0 = qs.first, ev.speaker[q0] == nil, p > 0, !m.text.quotesByPara[p - 1].contains(where: { m.text.quotes[$0].isSpeech }),
           let (first, _) = m.text.quoteRange[q0],
           first == m.text.firstTokenOfPara[p] || (first > 0 && t[first - 1].para != p) {
            let prevFirst = m.text.firstTokenOfPara[p - 1]
            var k = first - 1
            if k >= prevFirst {
                let sent = t[k].sentence
                while k > prevFirst, t[k - 1].sentence == sent { k -= 1 }
                if let subj = m.sentenceSubject(from: k, para: p - 1) {
                    ev.fallback[q0] = scene.resolveSubject(subj, speakers: ev.speaker)
                    // `I didn’t respond.` The narrator stays silent: the line is the other party's,
                    // marked `silentNarrator` here and settled by `QuoteAttributor`.
                    if ev.fallback[q0] == 0, Self.isSilence(m.text.paragraphs.slice(p - 1)) { ev.fallback[q0] = QuoteEvidence.silentNarrator }
                }
            }
        }
        for q in qs where !ev.embedded[q] {
            if let s = ev.speaker[q] { scene.recent.append((scene.ents.find(s), p)) }
        }
    }

    /// The person a tag's "he" or "she" goes on from: an entity, or a role phrase the walk has
    /// not reached yet (its entity, and so its sex, is known once the walk is done).
    /// `mainSubject`: the noun is its sentence's subject, which may take the pronoun's sex.
    enum Continuity { case entity(Int), noun(Int, mainSubject: Bool) }

    /// Who a "he" or "she" in the tag of quote `q` goes on from: the last person of that sex
    /// the paragraph's narration made its subject before the line. `Glen stepped up beside me.
    /// “Our table’s at seven,” he said` is Glen's, though the walk, which reads a paragraph's
    /// tags at its first quote, has not met Glen yet. A subject "he" or "she" carries the
    /// search one sentence back; a quote of the paragraph, or three sentences, end it.
    static func continuing(_ k: Int, _ q: Int, _ m: CastMentions, scene: inout CastScene) -> Continuity? {
        let t = m.text.tokens
        let g: Gender
        if t[k].has(.malePronouns) { g = .male } else if t[k].has(.femalePronouns) { g = .female } else { return nil }
        guard t[k].has(.subjectPronouns), let (first, _) = m.text.quoteRange[q] else { return nil }
        let p = t[first].para
        var end = first - 1
        var sentences = 0
        while sentences < 3, end >= 0, t[end].para == p, t[end].quote < 0 {
            var start = end
            while start > 0, t[start - 1].para == p, t[start - 1].sentence == t[end].sentence, t[start - 1].quote < 0 { start -= 1 }
            for (from, main) in [(m.lastClause(from: start, to: end), false), (start, true)] {
                guard let from else { continue }
                guard var subj = m.sentenceSubject(from: from, para: p) else { continue }
                // `His mom fed me`: the person is the noun after the possessive.
                if m.nouns.startingAt[subj] == nil, m.names.startingAt[subj] == nil, subj + 1 < t.count,
                   Pronouns.possessives.contains(m.text.lower(subj)), m.nouns.startingAt[subj + 1] != nil || m.names.startingAt[subj + 1] != nil {
                    subj += 1
                }
                guard m.names.startingAt[subj] != nil || m.nouns.startingAt[subj] != nil else { continue }
                guard let e = scene.resolveSubject(subj, speakers: []) else {
                    if m.nouns.startingAt[subj] != nil { return .noun(subj, mainSubject: main) }
                    continue
                }
                // A sentence's subject whose sex nothing told yet (`Simon came over`) takes the
                // pronoun's; a later clause's (`, and the doctor her sister…`) may be an object.
                if e != 0, scene.ents.gender(e) == g || (main && scene.ents.gender(e) == nil) { return .entity(e) }
            }
            // A subject of the other sex, or the narrator, is someone else's sentence: stop there.
            if let subj = m.sentenceSubject(from: start, para: p), !(t[subj].has(g == .male ? .malePronouns : .femalePronouns) && t[subj].has(.subjectPronouns)) {
                return nil
            }
            sentences += 1
            end = start - 1
        }
        return nil
    }

    /// `she was given`, `he was told`: the subject ending at `e` receives the words.
    static func isSpokenTo(_ e: Int, _ m: CastMentions) -> Bool {
        let t = m.text.tokens
        guard e + 2 < t.count, t[e + 1].isWord, t[e + 2].isWord, t[e + 2].para == t[e].para else { return false }
        let be = m.text.lower(e + 1)
        return (be == "was" || be == "were") && SpeechVerbs.passiveOfAddressee.contains(m.text.lower(e + 2))
    }

    /// A short paragraph of the narrator not speaking: "I didn’t respond.", "I said nothing."
    static func isSilence(_ paragraph: Substring) -> Bool {
        guard paragraph.count <= 60 else { return false }
        let l = paragraph.lowercased().replacingOccurrences(of: "’", with: "'")
        guard l.hasPrefix("i ") else { return false }
        return CastWords.narratorSilence.contains { l.contains($0) }
    }
}
