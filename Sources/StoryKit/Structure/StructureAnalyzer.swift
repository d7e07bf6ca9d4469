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
        let located = BeatLocator(map: map, dialogue: dialogue, partnerMentioned: mentioned,
                                  others: OtherPeople(doc.cast, partner: partner)).locate()
        let time = located.timePasses
        if located.toldFromReturn, let r = located.ret, let d = located.departure {
            return toldFromReturn(doc, map: map, seg: seg, ret: r, departure: d, resumes: located.resumes,
                                  dialogue: dialogue, mentioned: mentioned, time: time)
        }
        let ending = EndingClassifier(map: map, segments: seg, from: located.ret ?? (2 * n) / 3).classify()

        var spans: [(BeatKind, Int, Int)] = []   // 0-based inclusive
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

        return Structure(beats: beatSpans(spans, doc: doc, map: map, seg: seg), ending: ending)
    }

    /// A story told from its return: the return scene opens it (after any setup), the leaving
    /// and the life after it are told looking back, and the present takes up again with the
    /// dialogue with the partner (or where a second appearance resumes it). The ending is read
    /// from there on.
    static func toldFromReturn(_ doc: StoryDocument, map: CueMap, seg: Segmentation, ret r: Int, departure d: Int,
                               resumes: Int?, dialogue: [Bool], mentioned: [Bool], time: [Bool]) -> Structure {
        let n = doc.paragraphs.count
        var spans: [(BeatKind, Int, Int)] = []
        if r > 0 { spans.append((.setup, 0, r - 1)) }
        spans.append((.return, r, d - 1))
        // The look back runs until the partner speaks in the present again.
        let present = resumes ?? ((d + 1)..<n).first { dialogue[$0] && (mentioned[$0] || mentioned[$0 - 1]) } ?? n
        var depEnd = d
        if let q = ((d + 1)..<max(d + 1, min(present, d + 4))).first(where: { time[$0] }) { depEnd = q - 1 }
        depEnd = min(depEnd, present - 1)
        spans.append((.departure, d, max(d, depEnd)))
        if depEnd + 1 <= present - 1 { spans += split(depEnd + 1, present - 1, map: map, seg: seg, defaultKind: .struggle) }
        let ending = EndingClassifier(map: map, segments: seg, from: min(present, n - 1)).classify()
        if present < n {
            var confEnd = present
            for p in (present + 1)..<n where dialogue[p] && (mentioned[p] || mentioned[p - 1]) { confEnd = p }
            if ending.kind == .getOut, ending.paragraph - 1 > confEnd { confEnd = ending.paragraph - 1 }
            spans.append((.confrontation, present, confEnd))
            if confEnd + 1 < n { spans.append((.resolution, confEnd + 1, n - 1)) }
        }
        return Structure(beats: beatSpans(spans, doc: doc, map: map, seg: seg), ending: ending, toldFromReturn: true)
    }

    /// The spans (0-based, inclusive) as beats, each with its summary and who is on stage.
    static func beatSpans(_ spans: [(BeatKind, Int, Int)], doc: StoryDocument, map: CueMap, seg: Segmentation) -> [BeatSpan] {
        let summaries = SummaryPicker(map: map, segments: seg)
        let cast = doc.cast
        return spans.map { kind, a, b in
            BeatSpan(kind: kind, first: a + 1, last: b + 1, summarySpan: summaries.pick(kind, a, b),
                     onStage: cast.members.filter { m in m.paragraphs.contains { $0 >= a + 1 && $0 <= b + 1 } }.map(\.id))
        }
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
