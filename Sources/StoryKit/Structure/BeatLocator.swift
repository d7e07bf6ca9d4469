/// Finds the two hinges of the genre: where the partner leaves and where they come back.
///
/// The departure is the strongest leaving event (partner as subject, not a look back like
/// "since he left") that comes before the return, preferring the later of equals because
/// stories often open with a one-line summary of the leaving and tell it in full later; an
/// absence (weeks, months) right after it adds weight. The return is the first paragraph after
/// the departure and an absence where the partner reappears: an appearance cue (a knock, a call,
/// "I saw him", "showed up") backed by a time jump, a mention of the partner, a worn look, or
/// dialogue that starts right after.
struct BeatLocator {
    let map: CueMap
    let dialogue: [Bool]      // per paragraph: holds quoted speech
    let partnerMentioned: [Bool]
    /// The story's other people: their knock at the door is no return.
    var others: OtherPeople? = nil

    /// Score a return paragraph needs.
    static let returnThreshold = 3.0
    /// The weight from which a returning cue is an appearance, not just support.
    static let appearanceWeight = 1.5

    struct Result {
        var departure: Int?      // 0-based
        var ret: Int?            // 0-based
        /// The story opens on the return and tells the leaving afterwards, looking back: the
        /// return comes before the departure, and `resumes` is where the present takes up again.
        var toldFromReturn = false
        /// 0-based: the first paragraph after the look back, when the story is told from its return.
        var resumes: Int? = nil
        var departureScores: [Double]
        var returnScores: [Double]
        /// Per paragraph: a time jump, or narration of weeks/months/years going by.
        var timePasses: [Bool]
    }

    func locate() -> Result {
        let n = map.paragraphCount
        let leave = map.hits(StoryCues.leaving).map(CueMap.total)
        let back = map.hits(StoryCues.returning)
        let jumps = map.hits(StoryCues.timeJump).map(CueMap.total)
        let changed = map.hits(StoryCues.changed).map(CueMap.total)
        let pleads = map.hits(StoryCues.pleading).map(CueMap.total)
        let leaving = map.hits(StoryCues.leaving)
        let staysAway = map.hits(StoryCues.staysAway)
        let t = map.tokens
        // Absence words in narration, per paragraph.
        var absence = Array(repeating: false, count: n)
        for p in 0..<n {
            absence[p] = t.byParagraph[p].contains { i in !t.tokens[i].quoted && t.tokens[i].classes.contains(.absence) }
        }
        let jumpHits = map.hits(StoryCues.timeJump)
        let lookBack = map.hits(StoryCues.lookingBack)
        /// Weeks, months or years go by in paragraph `p`: a time jump that is not counted in
        /// days or hours, or an absence word that is not an age.
        func longTime(_ p: Int) -> Bool {
            func within(_ i: Int, _ j: Int) -> Bool { j < t.tokens.count && t.tokens[j].sentence == t.tokens[i].sentence }
            let jump = jumpHits[p].contains { h in
                !(h.token..<(h.token + 4)).contains { j in within(h.token, j) && CueWords.shortSpans.contains(t.tokens[j].text) }
            }
            return jump || t.byParagraph[p].contains { i in
                !t.tokens[i].quoted && t.tokens[i].classes.contains(.absence) && !(within(i, i + 1) && t.tokens[i + 1].text == "old")
            }
        }
        var dep = Array(repeating: 0.0, count: n)
        for p in 0..<n where leave[p] > 0 {
            dep[p] = leave[p] + ((p + 1)..<min(n, p + 4)).contains(where: { absence[$0] || jumps[$0] > 0 }).asDouble
        }
        var ret = Array(repeating: 0.0, count: n)
        for p in 0..<n {
            var appear = 0.0
            var firstAppearance = Int.max
            for h in back[p] {
                // "I found out later she had moved in with him": news of the leaving, not a return.
                if h.kind == .news, leaving[p].contains(where: { $0.sentence == h.sentence && $0.token > h.token }) { continue }
                // "He slid an envelope across the table. Divorce papers": what the partner hands
                // over in person, with the leaving told after it, is the leaving itself.
                // The partner is the word before the act ("he slid", "she handed"), not a clause
                // before it ("Five years after he left, a letter arrived").
                if h.kind == .carried, h.token > 0, map.marks[h.token - 1].contains(.subject),
                   t.tokens[h.token - 1].sentence == h.sentence,
                   leaving[p].contains(where: { !$0.speech && $0.token > h.token }) { continue }
                // "Derek's wife, Sharon, knocked on my door": someone else at the door.
                if h.weight >= Self.appearanceWeight, let others,
                   others.isSomeoneElse(at: h.token, through: h.end, kind: h.kind, t.tokens, marks: map.marks, paragraphStart: t.byParagraph[p].lowerBound) { continue }
                appear = max(appear, h.weight)
                if h.weight >= Self.appearanceWeight { firstAppearance = min(firstAppearance, h.sentence) }
            }
            // Support cues ("at the door") back an appearance but are none by themselves.
            guard appear >= Self.appearanceWeight else { continue }
            // A call that says they are not coming back is the leaving told to the end.
            if staysAway[p].contains(where: { $0.sentence >= firstAppearance }) { continue }
            var s = appear + min(1, jumps[p])
            if partnerMentioned[p] || (p + 1 < n && partnerMentioned[p + 1]) { s += 1 }
            if changed[p] > 0 || (p + 1 < n && changed[p + 1] > 0) { s += 1 }
            if pleads[p] > 0 || (p + 1 < n && pleads[p + 1] > 0) { s += 1 }
            let next = ((p + 1)..<min(n, p + 4)).filter { dialogue[$0] }.count
            if next >= 2 { s += 1 }
            ret[p] = s
        }
        // The first return that has a departure before it, with an absence in between.
        var departure: Int? = nil
        var retIndex: Int? = nil
        for r in 0..<n where ret[r] >= Self.returnThreshold {
            let candidates = (0..<r).filter { dep[$0] > 0 }
            guard let best = candidates.max(by: { dep[$0] < dep[$1] || (dep[$0] == dep[$1] && $0 < $1) }) else { continue }
            // Time must pass between them: said in the gap, or in the departure paragraph.
            let gapHasTime = (best...r).contains { jumps[$0] > 0 || absence[$0] }
            guard gapHasTime || r - best >= 3 else { continue }
            departure = best
            retIndex = r
            break
        }
        if retIndex == nil {
            // A short story can tell the leaving and the coming back in one paragraph
            // ("Years after she walked out, she showed up at our door"), or open on the return
            // and look back on the leaving ("I saw him, my ex-husband who vanished three years
            // ago"): the departure is that paragraph, and the return scene goes on in the next.
            // Time must pass for real: not "two days later a postcard came" (the leaving told to
            // its end) nor "eighteen months old" (an age).
            for r in 0..<n where ret[r] >= Self.returnThreshold && longTime(r) {
                let firstLeave = leaving[r].map(\.sentence).min()
                let lastBack = back[r].map(\.sentence).max() ?? -1
                guard firstLeave.map({ $0 <= lastBack }) ?? (10 * r < 4 * n) else { continue }
                departure = r
                retIndex = r + 1 < n ? r + 1 : nil
                break
            }
        }
        if let d = departure, retIndex.map({ $0 > d }) ?? false {
            let told = leaving.map { CueMap.total($0.filter { !$0.speech }) }
            departure = beginning(of: d, leave: told, quiet: (0..<n).map { jumps[$0] == 0 && !absence[$0] && lookBack[$0].isEmpty })
        }
        var resumes: Int? = nil
        if let opening = openingReturn(ret: ret, dep: dep, lookBack: lookBack, leaving: leaving) {
            // The present takes up again where the partner appears again after the look back
            // ("when I saw her on the shelter steps"), if the story says so.
            resumes = retIndex.flatMap { $0 > opening.departure ? $0 : nil }
                ?? ((opening.departure + 1)..<n).first { ret[$0] >= Self.appearanceWeight + 1 }
            departure = opening.departure
            retIndex = opening.ret
        }
        if departure == nil {
            // No return found: the strongest leaving event anywhere.
            departure = (0..<n).filter { dep[$0] > 0 }.max(by: { dep[$0] < dep[$1] || (dep[$0] == dep[$1] && $0 < $1) })
        }
        return Result(departure: departure, ret: retIndex, toldFromReturn: (retIndex ?? n) < (departure ?? 0),
                      resumes: resumes, departureScores: dep, returnScores: ret,
                      timePasses: (0..<n).map { absence[$0] || jumps[$0] > 0 })
    }

    /// The paragraph where the leaving told over paragraphs `…d` begins: "one morning she was a
    /// note on the table" before "half her clothes were gone", "she broke it off by email"
    /// before "she left with one suitcase". An earlier paragraph with a leaving cue of its own
    /// in narration (weight 1 or more; "Then get out," said, is the threat before the act), at
    /// most four before, counts when every paragraph between is `quiet`
    /// (no time passing, no look back): otherwise it is a one-line summary of the leaving, told
    /// in full after the years before it.
    func beginning(of d: Int, leave: [Double], quiet: [Bool]) -> Int {
        var first = d
        var k = d - 1
        while k >= max(0, d - 4) {
            if leave[k] >= 1 { first = k }
            guard quiet[k] else { break }
            k -= 1
        }
        return first
    }

    /// A story that opens on the return ("The voicemail came at 3 a.m. It was my wife") and then
    /// goes back to tell the leaving ("Two years earlier she had stood in our hallway…"): an
    /// appearance in the first third, no leaving before it, and within three paragraphs after it
    /// a leaving told as a look back (a time phrase that goes back, or "he had"), in the first half.
    func openingReturn(ret: [Double], dep: [Double], lookBack: [[CueMap.Hit]], leaving: [[CueMap.Hit]]) -> (ret: Int, departure: Int)? {
        let n = ret.count
        // An appearance with one sign of the return is enough here: the look back after it
        // is the rest of the evidence.
        guard let r = (0..<n).first(where: { ret[$0] >= Self.appearanceWeight + 1 }), 3 * r < n,
              !(0...r).contains(where: { dep[$0] > 0 }) else { return nil }
        // The look back is in the leaving's sentence or opens the telling before it in the
        // paragraph: "That was six years ago. He kissed us goodbye and never came back."
        // Or the leaving is told only as the look back: "It had been three years since he left."
        let after = ((r + 1)..<min(n, r + 4)).filter { p in
            dep[p] > 0 && leaving[p].contains { h in lookBack[p].contains { $0.sentence <= h.sentence } }
                || lookBack[p].contains { $0.kind == .leaving }
        }
        // A look back is told early: a leaving near the end is the visit ending ("she left the
        // same way she did seventeen years ago").
        guard let d = after.max(by: { dep[$0] < dep[$1] || (dep[$0] == dep[$1] && $0 > $1) }), 2 * d <= n else { return nil }
        return (r, d)
    }
}

extension Bool {
    var asDouble: Double { self ? 1 : 0 }
}
