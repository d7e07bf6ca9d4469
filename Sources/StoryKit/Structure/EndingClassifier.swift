import Foundation

/// Decides how the story ends from the cues after the partner's return.
///
/// Three lexicons compete: turning them away (get-out), a second chance even a partial one
/// (forgive), and closure without either (moved-on). A cue weighs more the later it comes,
/// because the last word of the narrator is the decision; shouted words weigh more. The
/// deciding sentence is the last one of the winning side that weighs at least three quarters of
/// its heaviest sentence.
struct EndingClassifier {
    let map: CueMap
    let segments: Segmentation
    /// 0-based first paragraph of the aftermath (the return), or the story's last third.
    let from: Int

    func classify() -> Ending {
        let n = map.paragraphCount
        guard n > 0 else { return Ending(kind: .movedOn, evidence: "", paragraph: 0, cues: ["empty story"]) }
        let start = min(max(0, from), n - 1)
        let span = Double(max(1, n - 1 - start))
        var scores: [EndingKind: Double] = [.forgive: 0, .getOut: 0, .movedOn: 0]
        // Weight of each sentence, per side: cues in one sentence add up.
        var bySentence: [EndingKind: [Int: (weight: Double, hit: CueMap.Hit)]] = [:]
        var cues: [(Double, String)] = []
        let sides: [(EndingKind, PhraseLexicon)] = [(.getOut, StoryCues.getOut), (.forgive, StoryCues.forgive), (.movedOn, StoryCues.movedOn)]
        // "I forgave him. But we could never go back": a cue after "but" takes back, by half,
        // the other sides' cues just before it (its sentence and the two before).
        var buts: [(EndingKind, CueMap.Hit)] = []
        for (kind, lexicon) in sides {
            for hits in map.hits(lexicon)[start...] { for h in hits where h.afterBut { buts.append((kind, h)) } }
        }
        func takenBack(_ kind: EndingKind, _ h: CueMap.Hit) -> Bool {
            buts.contains { $0.0 != kind && $0.1.token > h.token && $0.1.sentence - h.sentence <= 2 }
        }
        for (kind, lexicon) in sides {
            for hits in map.hits(lexicon)[start...] {
                for h in hits where !isAsked(h.token) {
                    let late = 0.6 + 0.8 * Double(h.paragraph - start) / span
                    let w = h.weight * late * (h.shouted ? 1.5 : 1) * (takenBack(kind, h) ? 0.5 : 1)
                    scores[kind, default: 0] += w
                    cues.append((w, "\(kind.rawValue): \(h.label) (¶\(h.paragraph + 1), \(fmt(w)))"))
                    bySentence[kind, default: [:]][h.sentence, default: (0, h)].weight += w
                }
            }
        }
        // A bare "No." to the partner refuses them, though no cue phrase holds it alone.
        let t = map.tokens
        for p in start..<n {
            for sentence in segments.sentencesByParagraph[p] where sentence < t.bySentence.count {
                let r = t.bySentence[sentence]
                guard r.count == 1, let i = r.first, t.tokens[i].id == Self.noID, t.tokens[i].quoted else { continue }
                let h = CueMap.Hit(label: "\"No.\"", weight: Self.bareNoWeight, paragraph: p, sentence: sentence, speech: true,
                                   shouted: t.tokens[i].shouted, token: i, afterBut: false)
                let w = h.weight * (0.6 + 0.8 * Double(p - start) / span) * (h.shouted ? 1.5 : 1)
                scores[.getOut, default: 0] += w
                cues.append((w, "get-out: \(h.label) (¶\(p + 1), \(fmt(w)))"))
                bySentence[.getOut, default: [:]][sentence, default: (0, h)].weight += w
            }
        }
        // On a tie the side whose last cue comes later wins (the narrator's last word decides),
        // then the quieter ending.
        var lastCue: [EndingKind: Int] = [:]
        for (kind, sentences) in bySentence { lastCue[kind] = sentences.values.map(\.hit.token).max() }
        func later(_ a: EndingKind, _ b: EndingKind) -> Bool {
            let x = lastCue[a] ?? -1, y = lastCue[b] ?? -1
            return x != y ? x > y : order(a) < order(b)
        }
        let ranked = scores.sorted { abs($0.value - $1.value) > 1e-9 ? $0.value > $1.value : later($0.key, $1.key) }
        let summary = ranked.map { "\($0.key.rawValue) \(fmt($0.value))" }.joined(separator: ", ")
        let cueList = ["scores: " + summary] + cues.map(\.1)
        // The decision is the last heavy sentence: the latest paragraph with a sentence within
        // three quarters of the heaviest, and the heaviest sentence in it (on a tie the first:
        // the shout, not its echo). A question to the reader or a maxim about people in general ("Sometimes, we…")
        // comments on the ending rather than deciding it, so such sentences yield to one that
        // is about the narrator or the partner, when there is one.
        let all = bySentence[ranked.first?.key ?? .movedOn] ?? [:]
        let personal = all.filter { isDecision($0.key) }
        let candidates = personal.isEmpty ? all : personal
        let heaviest = candidates.values.map(\.weight).max() ?? 0
        let heavy = candidates.filter { $0.value.weight >= 0.75 * heaviest }
        let lastParagraph = heavy.values.map(\.hit.paragraph).max()
        let decisive = heavy.filter { $0.value.hit.paragraph == lastParagraph }
            .max { $0.value.weight < $1.value.weight || ($0.value.weight == $1.value.weight && $0.key > $1.key) }?.value.hit
        guard let top = ranked.first, top.value >= Self.leastScore, let decisive else {
            // Nothing decides: the narrator simply lives on.
            let last = segments.sentences.last
            return Ending(kind: .movedOn, evidence: last?.text ?? "", paragraph: last?.paragraph ?? n,
                          cues: cueList + ["no deciding cue: the story simply goes on (uncertain)"], confidence: 0)
        }
        let second = ranked.count > 1 ? ranked[1].value : 0
        let confidence = ((top.value - second) / top.value) * min(1, top.value / Self.sureScore)
        return Ending(kind: top.key, evidence: segments.sentences[decisive.sentence].text,
                      paragraph: decisive.paragraph + 1, cues: cueList, confidence: (confidence * 100).rounded() / 100)
    }

    /// Whether the cue at token `i` is inside a reported question or a condition: "he asked if
    /// he could come home", "she begged to know whether I would take her back" (the plea: only
    /// the answer decides), "he said he'd understand if I shut the door" (what might happen).
    /// The narrator's own clause after the question is the answer, and counts: "Eli asked if his
    /// mom could stay, and I said yes".
    func isAsked(_ i: Int) -> Bool {
        let t = map.tokens.tokens
        var k = i - 1
        while k >= 0, t[k].sentence == t[i].sentence {
            if Self.clauseIDs.contains(t[k].id), k + 1 < i, t[k + 1].id == Self.iID { return false }
            if Self.ifIDs.contains(t[k].id) {
                // A condition: the cue opens the clause of "if I…", "if you…".
                if i - k <= 2 { return true }
                var j = k - 1
                while j >= max(0, k - 3), t[j].sentence == t[i].sentence {
                    if Self.askIDs.contains(t[j].id) { return true }
                    j -= 1
                }
            }
            k -= 1
        }
        return false
    }

    /// The words of a reported question; `Vocabulary.shared` adds them.
    static let ifWords = CueWords.reportedIf, askWords = CueWords.askVerbs
    private static let ifIDs = Vocabulary.ids(ifWords), askIDs = Vocabulary.ids(askWords)
    /// "…, and I said yes": a clause of the narrator's own begins (`Vocabulary.shared` adds them).
    static let clauseWords = CueWords.answerClause
    private static let clauseIDs = Vocabulary.ids(clauseWords), iID = Vocabulary.id("i")

    /// A sentence that can decide an ending: not a question, and about someone in the story
    /// (I, me, my, he, she…), not about "we" or "people" in general. Read from the document's
    /// tokens: a word is personal, or a part of it between apostrophes and digits is ("I'm").
    func isDecision(_ s: Int) -> Bool {
        Self.isDecision(map.tokens.tokens[map.tokens.bySentence[s]], segments.sentences[s].span)
    }

    /// The same for the sentence `span` whose words are `words`.
    static func isDecision(_ words: ArraySlice<Token>, _ span: TextSpan) -> Bool {
        guard !isQuestion(span) else { return false }
        return words.contains { w in
            if personalIDs.contains(w.id) { return true }
            guard w.text.utf8.contains(where: { $0 == 0x27 || $0 &- 0x30 < 10 }) else { return false }
            return w.text.split { !$0.isLetter }.contains { personal.contains(String($0)) }
        }
    }

    /// Whether the sentence ends with "?", or with "?" and a closing quotation mark.
    static func isQuestion(_ span: TextSpan) -> Bool {
        ByteText.withBytes(span.source) { u in
            let lo = Int(span.utf8Start)
            var end = Int(span.utf8End)
            while end > lo {
                let at = ByteText.scalarStart(before: end, in: u)
                guard ByteText.isWhitespace(ByteText.scalar(at: at, in: u).value) else { break }
                end = at
            }
            guard end > lo else { return false }
            if u[end - 1] == 0x3F { return true }                                                  // ?
            if end - lo >= 2, u[end - 2] == 0x3F, u[end - 1] == 0x22 { return true }                // ?"
            return end - lo >= 4 && u[end - 4] == 0x3F && u[end - 3] == 0xE2 && u[end - 2] == 0x80 && u[end - 1] == 0x9D // ?”
        }
    }

    /// The narrator, and he or she: a decision is personal ("I told him no").
    static let personal: Set<String> = Set(Pronouns.i).union(Pronouns.thirdPersonSingular)
    /// Every one of them is a word of the vocabulary (`Vocabulary.shared` adds them).
    private static let personalIDs: Set<Int32> = Vocabulary.ids(personal)

    /// A winning score from which the evidence alone makes the decision sure (two clear cues
    /// late in the story).
    static let sureScore = 4.0
    /// Below this the winning side decides nothing: one weak word early in the aftermath
    /// ("the strength we built together") is no ending, and the story simply goes on.
    static let leastScore = 0.5
    /// What a bare "No." said in the aftermath weighs: a refusal as plain as "said no".
    static let bareNoWeight = 2.0
    static let noID = Vocabulary.id("no")

    /// On a tie the quieter ending wins: moved-on, then forgive, then get-out.
    private func order(_ k: EndingKind) -> Int { k == .movedOn ? 0 : k == .forgive ? 1 : 2 }
    private func fmt(_ x: Double) -> String { String(Double(Int(x * 100)) / 100) }
}
