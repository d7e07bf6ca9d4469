/// Chooses the key sentence of a beat: the one richest in that beat's cues, then the most
/// emotional (largest absolute valence), so a summary reads like the beat's headline.
struct SummaryPicker {
    let map: CueMap
    let segments: Segmentation

    private func lexicons(_ kind: BeatKind) -> [PhraseLexicon] {
        switch kind {
        case .setup: return []
        case .departure: return [StoryCues.leaving]
        case .struggle: return [StoryCues.struggling]
        case .rebuilding: return [StoryCues.rebuilding, StoryCues.timeJump]
        case .return: return [StoryCues.returning, StoryCues.timeJump]
        case .confrontation: return [StoryCues.getOut, StoryCues.forgive, StoryCues.changed]
        case .resolution: return [StoryCues.getOut, StoryCues.forgive, StoryCues.movedOn]
        }
    }

    /// Paragraphs a...b are 0-based.
    func pick(_ kind: BeatKind, _ a: Int, _ b: Int) -> String {
        var cue: [Int: Double] = [:]
        for lex in lexicons(kind) {
            for hits in map.hits(lex)[a...b] { for h in hits { cue[h.sentence, default: 0] += h.weight } }
        }
        var best: (score: Double, text: String)? = nil
        for p in a...b {
            for s in segments.sentencesByParagraph[p] {
                let text = segments.sentences[s].text
                let score = 2 * (cue[s] ?? 0) + abs(map.sentenceValence[s]) + (text.count < 12 ? -1 : 0)
                if best == nil || score > best!.score { best = (score, text) }
            }
        }
        return best?.text ?? ""
    }
}
