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
    func pick(_ kind: BeatKind, _ a: Int, _ b: Int) -> TextSpan {
        var cue: [Int: Double] = [:]
        for lex in lexicons(kind) {
            for hits in map.hits(lex)[a...b] { for h in hits { cue[h.sentence, default: 0] += h.weight } }
        }
        var best: (score: Double, sentence: Int)? = nil
        for p in a...b {
            for s in segments.sentencesByParagraph[p] {
                let score = 2 * (cue[s] ?? 0) + abs(map.sentenceValence[s]) + (Self.isShort(segments.sentences[s].span) ? -1 : 0)
                if best == nil || score > best!.score { best = (score, s) }
            }
        }
        return best.map { segments.sentences[$0.sentence].span } ?? TextSpan("")
    }

    /// `isShort` of the span's text, counted from the bytes while every scalar is a character of
    /// its own (ASCII but CR, or a scalar that never joins a neighbour, `ByteText.standsAlone`),
    /// and made into a `String` only when one is not.
    static func isShort(_ span: TextSpan) -> Bool {
        let count = Int(span.utf8End - span.utf8Start)
        if count < 12 { return true }
        let settled: Bool? = ByteText.withBytes(span.source) { u in
            var i = Int(span.utf8Start), scalars = 0
            let end = Int(span.utf8End)
            while i < end, scalars < 12 {
                let b = u[i]
                if b < 0x80 {
                    if b == 0x0D { return nil }
                    i += 1
                } else {
                    let (v, length) = ByteText.scalar(at: i, in: u)
                    if !ByteText.standsAlone(v) { return nil }
                    i += length
                }
                scalars += 1
            }
            return scalars < 12
        }
        return settled ?? (span.string.count < 12)
    }

    /// Fewer than 12 characters: such sentences read badly as headlines. Decided from the bytes
    /// when they settle it (fewer than 12 bytes, or 12 ASCII bytes other than CR, which are 12
    /// characters whatever follows), else by counting characters.
    static func isShort(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.count < 12 { return true }
        if utf8.prefix(12).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return false }
        return text.count < 12
    }
}
