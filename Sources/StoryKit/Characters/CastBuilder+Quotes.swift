/// Quote attribution. Explicit cues are read during the walk (`“…,” he said`, `Ruth said, “…”`,
/// an action in the same paragraph, `“It’s Jake.”`); once roles are known, untagged lines are
/// settled by vocatives and by turn-taking inside a two-person exchange. When nothing decides,
/// the speaker stays nil with cue `.unknown`.
extension CastBuilder {
    /// A subject token that can name a speaker: a pronoun, a name, a role phrase.
    func isSubject(_ k: Int) -> Bool {
        guard k >= 0, k < t.count, t[k].isWord else { return false }
        if CastLexicon.subjectPronouns.contains(t[k].lower) { return true }
        if let s = spanAt[k], keyEntity[spans[s].key] != nil { return true }
        if nounAt[k] != nil { return true }
        return false
    }

    func subjectEnd(_ k: Int) -> Int {
        if let s = spanAt[k] { return spans[s].last }
        if let m = nounAt[k] { return nouns[m].last }
        return k
    }

    /// The explicit tag of quote `q`: the subject token of `said`/`asked`… next to it.
    func tagSubject(_ q: Int) -> (Int, AttributedQuote.Cue)? {
        guard let (first, last) = quoteRange[q] else { return nil }
        let p = t[first].para
        func ok(_ k: Int) -> Bool { k >= 0 && k < t.count && t[k].para == p && t[k].quote < 0 }
        func speechVerb(at k: Int) -> Int? {
            var k = k
            var skips = 0
            while ok(k), t[k].isWord, skips < 2, CastLexicon.verbSkips.contains(t[k].lower) || t[k].lower.hasSuffix("ly") && !CastLexicon.speechVerbs.contains(t[k].lower) {
                k += 1; skips += 1
            }
            if ok(k), t[k].isWord, CastLexicon.speechVerbs.contains(t[k].lower) { return k }
            return nil
        }
        // After: `“…,” he said` / `“…” said John`.
        let a = last + 1
        if ok(a), t[a].isWord {
            if isSubject(a), speechVerb(at: subjectEnd(a) + 1) != nil { return (a, .tag) }
            if CastLexicon.speechVerbs.contains(t[a].lower), isSubject(a + 1), ok(a + 1) { return (a + 1, .tag) }
        }
        // Before: `Ruth said, “…”` / `…Colin, wobbling on his bike, asking, “…”`.
        let b = first - 1
        if ok(b), t[b].text == "," || t[b].text == ":" {
            var v = b - 1
            if ok(v), t[v].lower == "out" || t[v].lower == "back" { v -= 1 }
            while ok(v), t[v].isWord, t[v].lower.hasSuffix("ly"), !CastLexicon.speechVerbs.contains(t[v].lower) { v -= 1 }
            if ok(v), t[v].isWord, CastLexicon.speechVerbs.contains(t[v].lower) {
                var s = v - 1
                while ok(s), t[s].isWord, CastLexicon.verbSkips.contains(t[s].lower) { s -= 1 }
                if ok(s), let start = subjectStart(endingAt: s) { return (start, .tag) }
                if t[v].lower.hasSuffix("ing") {
                    // A participle: its subject is the nearest person before it in the sentence.
                    var k = v - 1
                    while ok(k), t[k].sentence == t[v].sentence {
                        if let start = subjectStart(endingAt: k), !CastLexicon.firstPerson.contains(t[start].lower) { return (start, .tag) }
                        k -= 1
                    }
                }
            }
        }
        return nil
    }

    func subjectStart(endingAt k: Int) -> Int? {
        guard k >= 0, k < t.count, t[k].isWord else { return nil }
        if let s = spanEndingAt[k], keyEntity[spans[s].key] != nil { return spans[s].first }
        if let m = nounEndingAt[k] { return nouns[m].first }
        let l = t[k].lower
        if CastLexicon.subjectPronouns.contains(l) || l == "his" || l == "her" { return k }
        return nil
    }

    /// First person named in the first words of the sentence that starts at or contains `k`.
    func sentenceSubject(from k: Int, para: Int) -> Int? {
        var k = k
        var words = 0
        while k < t.count, t[k].para == para, t[k].quote < 0, words < 5 {
            if t[k].isWord {
                let l = t[k].lower
                if CastLexicon.firstPerson.contains(l) || CastLexicon.malePronouns.contains(l) || CastLexicon.femalePronouns.contains(l) { return k }
                if let s = spanAt[k], keyEntity[spans[s].key] != nil { return k }
                if nounAt[k] != nil { return k }
                words += 1
            }
            k += 1
        }
        return nil
    }

    mutating func resolveSubject(_ k: Int) -> Int? {
        let l = t[k].lower
        if CastLexicon.firstPerson.contains(l) { return 0 }
        if let s = spanAt[k], let e = keyEntity[spans[s].key] { return find(e) }
        if let m = nounAt[k] {
            guard let (key, _, _) = nounKey(nouns[m]), let e = nounEntity[key] else { return nil }
            return find(e)
        }
        if CastLexicon.malePronouns.contains(l) { return salient(.male, para: t[k].para) }
        if CastLexicon.femalePronouns.contains(l) { return salient(.female, para: t[k].para) }
        return nil
    }

    /// Speakers of every quote of a paragraph, decided when the walk reaches its first quote.
    mutating func startParagraphQuotes(_ p: Int, at i: Int) {
        let qs = quotesByPara[p]
        guard !qs.isEmpty else { return }
        var tagged: [Int: (Int, AttributedQuote.Cue)] = [:]
        for q in qs {
            if let (k, c) = tagSubject(q), let e = resolveSubject(k) { tagged[q] = (e, c) }
            if let (first, _) = quoteRange[q] {
                // `“…,” Mia told me`: the line was addressed to the narrator.
                if let (k, _) = tagSubject(q) {
                    let after = subjectEnd(k) + 1
                    var v = after
                    while v < t.count, v < after + 3, t[v].isWord, !CastLexicon.speechVerbs.contains(t[v].lower) { v += 1 }
                    if v + 1 < t.count, t[v + 1].lower == "me" { addressedNarrator[q] = true }
                }
                _ = first
            }
        }
        // Self-identification: `“It’s Jake.”`
        for q in qs where tagged[q] == nil {
            guard let (first, last) = quoteRange[q] else { continue }
            for k in first...last {
                if let s = spanAt[k], spans[s].selfIdentified, let e = keyEntity[spans[s].key], e != 0 { tagged[q] = (find(e), .vocative); break }
            }
        }
        // Action beats: the sentence around an untagged quote names who acts.
        for q in qs where tagged[q] == nil {
            guard let (first, last) = quoteRange[q] else { continue }
            var subj: Int? = nil
            if last + 1 < t.count, t[last + 1].para == p, t[last + 1].quote < 0, t[last + 1].isWord, t[last + 1].initial {
                subj = sentenceSubject(from: last + 1, para: p)
            }
            if subj == nil, first > 0, t[first - 1].para == p, t[first - 1].quote < 0 {
                var k = first - 1
                let sent = t[k].sentence
                while k > 0, t[k - 1].para == p, t[k - 1].sentence == sent, t[k - 1].quote < 0 { k -= 1 }
                subj = sentenceSubject(from: k, para: p)
            }
            if let subj, let e = resolveSubject(subj) { tagged[q] = (e, .tag) }
        }
        // Lines of a paragraph without a cue share the speaker of its cued line.
        for (n, q) in qs.enumerated() {
            if let (e, c) = tagged[q] {
                speaker[q] = e
                cue[q] = c
                continue
            }
            let before = qs[..<n].reversed().first { tagged[$0] != nil }
            let after = qs[(n + 1)...].first { tagged[$0] != nil }
            if let src = before ?? after, let (e, _) = tagged[src] {
                speaker[q] = e
                cue[q] = tagged[src]!.1
            }
        }
        // A lone line after narration: the last person the narration named.
        if let q0 = qs.first, speaker[q0] == nil, p > 0, quotesByPara[p - 1].isEmpty, let (first, _) = quoteRange[q0],
           first == firstTokenOfPara[p] || (first > 0 && t[first - 1].para != p) {
            let prevFirst = firstTokenOfPara[p - 1]
            var k = first - 1
            if k >= prevFirst {
                let sent = t[k].sentence
                while k > prevFirst, t[k - 1].sentence == sent { k -= 1 }
                if let subj = sentenceSubject(from: k, para: p - 1) { fallback[q0] = resolveSubject(subj) }
            }
        }
        for q in qs {
            if let s = speaker[q], let (first, _) = quoteRange[q] {
                recent.append((find(s), p))
                _ = first
            }
        }
    }

    /// Settles untagged lines: a vocative names the addressee, so the speaker is the other
    /// party; in a run of quoted paragraphs between two people, speakers alternate.
    mutating func attributeUntagged() {
        let n = quotes.count
        guard n > 0 else { return }
        // Runs of consecutive paragraphs that hold quotes.
        var runs: [[Int]] = []
        var cur: [Int] = []
        var lastPara = -2
        for q in 0..<n {
            let p = quotes[q].paragraph - 1
            if p > lastPara + 2, !cur.isEmpty { runs.append(cur); cur = [] }
            cur.append(q)
            lastPara = p
        }
        if !cur.isEmpty { runs.append(cur) }
        for run in runs {
            for _ in 0..<3 {
                let known = Set(run.compactMap { speaker[$0].map { find($0) } })
                let others = known.subtracting([0])
                let other: Int? = others.count == 1 ? others.first : nil
                for (idx, q) in run.enumerated() where speaker[q] == nil {
                    let addressees = Set(vocatives[q].map { find($0) })
                    if addressees.contains(0) {
                        if let other { speaker[q] = other; cue[q] = .vocative }
                        continue
                    }
                    if let a = addressees.first {
                        speaker[q] = a == 0 ? other : 0
                        cue[q] = .vocative
                        continue
                    }
                    // Turn-taking with the neighbouring line of another paragraph.
                    let para = quotes[q].paragraph
                    let prev = run[..<idx].reversed().first { quotes[$0].paragraph != para }
                    let next = run[(idx + 1)...].first { quotes[$0].paragraph != para }
                    if let other {
                        if let prev, quotes[prev].paragraph >= para - 2, let s = speaker[prev] {
                            speaker[q] = find(s) == 0 ? other : 0
                            cue[q] = .turnTaking
                            continue
                        }
                        if let next, quotes[next].paragraph <= para + 2, let s = speaker[next] {
                            speaker[q] = find(s) == 0 ? other : 0
                            cue[q] = .turnTaking
                            continue
                        }
                    }
                }
                // Lines of one paragraph share a speaker.
                for q in run where speaker[q] == nil {
                    if let mate = run.first(where: { quotes[$0].paragraph == quotes[q].paragraph && speaker[$0] != nil }) {
                        speaker[q] = speaker[mate]
                        cue[q] = cue[mate]
                    }
                }
            }
            for q in run where speaker[q] == nil {
                if let f = fallback[q] { speaker[q] = f; cue[q] = .tag }
            }
        }
    }
}
