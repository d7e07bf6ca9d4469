/// The fourth pass: beats and the ending.
///
/// The hinges come first (departure and return, see `BeatLocator`); the other beats are laid
/// out around them: setup before the departure; the departure night runs until time starts
/// passing; struggle and rebuilding share the absence, split where the cues and valence turn
/// up; the return runs until dialogue starts; the confrontation is the dialogue with the
/// partner; the resolution is what follows it.
public enum StructureAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> Structure {
        let paragraphs = doc.paragraphs
        let n = paragraphs.count
        guard n > 0 else { return Structure(beats: [], ending: Ending(kind: .movedOn, evidence: "", paragraph: 0, cues: ["empty story"])) }
        let seg = doc.segments
        let tokens = doc.tokens.words
        let partner = Partner.of(doc, tokens: tokens)
        let map = CueMap(tokens: tokens, partner: partner, paragraphCount: n)

        var dialogue = Array(repeating: false, count: n)
        for q in seg.quotes where q.paragraph >= 1 && q.paragraph <= n { dialogue[q.paragraph - 1] = true }
        var mentioned = Array(repeating: false, count: n)
        for p in 0..<n {
            mentioned[p] = tokens.byParagraph[p].contains { i in !tokens.tokens[i].quoted && map.marks[i].contains(.refers) }
        }
        let located = BeatLocator(map: map, dialogue: dialogue, partnerMentioned: mentioned).locate()
        let ending = EndingClassifier(map: map, segments: seg, from: located.ret ?? (2 * n) / 3).classify()

        var spans: [(BeatKind, Int, Int)] = []   // 0-based inclusive
        let time = located.timePasses
        var cursor = 0
        if let d = located.departure {
            if d > 0 { spans.append((.setup, 0, d - 1)) }
            let limit = (located.ret ?? n) - 1
            var depEnd = d
            if let q = ((d + 1)...max(d + 1, min(limit, d + 3))).first(where: { $0 <= limit && time[$0] }) { depEnd = q - 1 }
            depEnd = min(max(d, depEnd), max(d, limit))
            spans.append((.departure, d, depEnd))
            cursor = depEnd + 1
        }
        var retStart = located.ret
        if var r = located.ret {
            // A short time-jump line just before the reappearance leads into it.
            if r - 1 >= cursor, time[r - 1], tokens.byParagraph[r - 1].count <= 12 { r -= 1; retStart = r }
        }
        let middleEnd = (retStart ?? n) - 1
        if cursor <= middleEnd {
            spans += split(cursor, middleEnd, map: map, seg: seg, defaultKind: located.departure == nil ? .setup : .struggle)
            cursor = middleEnd + 1
        }
        if let r = retStart, let found = located.ret {
            var retEnd = found
            if !dialogue[found] {
                retEnd = ((found + 1)..<min(n, found + 4)).first(where: { dialogue[$0] }).map { $0 - 1 } ?? found
            }
            spans.append((.return, r, retEnd))
            var confEnd = retEnd
            for p in (retEnd + 1)..<n where dialogue[p] && (mentioned[p] || mentioned[p - 1]) { confEnd = p }
            if ending.kind == .getOut, ending.paragraph - 1 > confEnd { confEnd = ending.paragraph - 1 }
            if confEnd > retEnd { spans.append((.confrontation, retEnd + 1, confEnd)) }
            if confEnd + 1 < n { spans.append((.resolution, confEnd + 1, n - 1)) }
            cursor = n
        }
        if cursor < n {
            if let last = spans.last, last.0 >= .rebuilding { spans.append((.resolution, cursor, n - 1)) }
            else { spans += split(cursor, n - 1, map: map, seg: seg, defaultKind: .struggle) }
        }

        let summaries = SummaryPicker(map: map, segments: seg)
        let cast = doc.cast
        let beats = spans.map { kind, a, b in
            BeatSpan(kind: kind, first: a + 1, last: b + 1, summary: summaries.pick(kind, a, b),
                     onStage: cast.members.filter { m in m.paragraphs.contains { $0 >= a + 1 && $0 <= b + 1 } }.map(\.id))
        }
        return Structure(beats: beats, ending: ending)
    }

    /// Struggle then rebuilding over paragraphs a...b: the split maximises (rebuilding after)
    /// minus (rebuilding before), where each paragraph scores its rebuilding cues, minus its
    /// struggle cues, plus its valence.
    static func split(_ a: Int, _ b: Int, map: CueMap, seg: Segmentation, defaultKind: BeatKind) -> [(BeatKind, Int, Int)] {
        if defaultKind == .setup || b - a < 1 { return [(defaultKind, a, b)] }
        let up = map.hits(StoryCues.rebuilding)
        let down = map.hits(StoryCues.struggling)
        let x: [Double] = (a...b).map { p in
            let r = seg.sentencesByParagraph[p]
            let v = r.isEmpty ? 0 : r.reduce(0.0) { $0 + map.sentenceValence[$1] } / Double(r.count)
            return CueMap.total(up[p]) - CueMap.total(down[p]) + v
        }
        var best = 1
        var bestGain = -Double.infinity
        for s in 1..<x.count {
            let gain = x[s...].reduce(0, +) - x[..<s].reduce(0, +)
            if gain > bestGain { bestGain = gain; best = s }
        }
        return [(.struggle, a, a + best - 1), (.rebuilding, a + best, b)]
    }
}
