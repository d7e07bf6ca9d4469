/// The fifth pass: sentence valence, smoothed into an arc.
///
/// Each sentence gets a VADER-style valence; a paragraph's raw value is the mean of its
/// sentences (0 when it has none); the arc is those means smoothed over narrative time; each
/// beat of the structure layer gets the mean of the smoothed arc over its paragraphs.
public enum ArcAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> EmotionalArc {
        let seg = doc.segments
        // Structure first: its tokens warm the vocabulary table that the sentence scorer probes.
        let structure = doc.structure
        var tokenizer = VaderTokenizer()
        let sentences = seg.sentences.map { SentimentScorer.valence($0.span, reusing: &tokenizer) }
        let paragraphs: [Double] = seg.sentencesByParagraph.map { r in
            r.isEmpty ? 0 : sentences[r].reduce(0, +) / Double(r.count)
        }
        let smoothed = ArcSmoother.smooth(paragraphs)
        let beats: [BeatValence] = smoothed.isEmpty ? [] : structure.beats.map { b in
            let lo = max(0, b.first - 1), hi = min(smoothed.count - 1, b.last - 1)
            let slice = lo <= hi ? smoothed[lo...hi] : []
            return BeatValence(beat: b.kind, valence: slice.isEmpty ? 0 : slice.reduce(0, +) / Double(slice.count))
        }
        return EmotionalArc(sentences: sentences, paragraphs: paragraphs, smoothed: smoothed, beats: beats)
    }
}
