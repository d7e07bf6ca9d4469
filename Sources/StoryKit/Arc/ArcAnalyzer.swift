/// The fifth pass: sentence valence, smoothed into an arc.
///
/// Each sentence gets a VADER-style valence; a paragraph's raw value is the mean of its
/// sentences (0 when it has none); the arc is those means smoothed over narrative time, beat
/// by beat (`ArcSmoother`); each beat of the structure layer gets the mean of the smoothed arc
/// over its paragraphs; the shape is named from the smoothed arc (`ArcShape.classify`).
public enum ArcAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> EmotionalArc {
        let seg = doc.segments
        let structure = doc.structure
        // The words of each sentence are the document's tokens; only the "!" are counted here.
        let tokens = doc.tokens.words
        var scratch: [VaderWord] = []
        scratch.reserveCapacity(64)
        let sentences = seg.sentences.indices.map { s in
            SentimentScorer.valence(tokens.tokens[tokens.bySentence[s]], bangs: seg.sentences[s].span.count(of: 0x21), into: &scratch)
        }
        let paragraphs: [Double] = seg.sentencesByParagraph.map { r in
            r.isEmpty ? 0 : sentences[r].reduce(0, +) / Double(r.count)
        }
        // The beat of each paragraph, so the smoothing keeps each beat's own level.
        var beatOf = [Int](repeating: -1, count: paragraphs.count)
        for (k, b) in structure.beats.enumerated() {
            for p in max(1, b.first)...max(max(1, b.first), b.last) where p <= beatOf.count { beatOf[p - 1] = k }
        }
        let smoothed = ArcSmoother.smooth(paragraphs, beats: beatOf)
        let beats: [BeatValence] = smoothed.isEmpty ? [] : structure.beats.map { b in
            let lo = max(0, b.first - 1), hi = min(smoothed.count - 1, b.last - 1)
            let slice = lo <= hi ? smoothed[lo...hi] : []
            return BeatValence(beat: b.kind, valence: slice.isEmpty ? 0 : slice.reduce(0, +) / Double(slice.count))
        }
        let byParagraph = seg.sentencesByParagraph
        let shape = ArcShape.classify(smoothed) { p in
            guard p >= 1, p <= byParagraph.count else { return [] }
            return byParagraph[p - 1].map { (seg.sentences[$0].text, sentences[$0]) }
        }
        return EmotionalArc(sentences: sentences, paragraphs: paragraphs, smoothed: smoothed, beats: beats, shape: shape)
    }
}
