/// The arc layer: how the feeling of the story moves through narrative time.
public struct EmotionalArc: Sendable, Equatable {
    /// Valence of each sentence, in [-1, 1], in reading order (parallel to `Segmentation.sentences`).
    public var sentences: [Double]
    /// Mean valence of each paragraph before smoothing.
    public var paragraphs: [Double]
    /// The smoothed arc, one value per paragraph, in [-1, 1].
    public var smoothed: [Double]
    /// Mean smoothed valence of each beat, in beat order.
    public var beats: [BeatValence]

    public init(sentences: [Double] = [], paragraphs: [Double] = [], smoothed: [Double] = [], beats: [BeatValence] = []) {
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.smoothed = smoothed
        self.beats = beats
    }
}

public struct BeatValence: Sendable, Equatable {
    public var beat: BeatKind
    public var valence: Double
    public init(beat: BeatKind, valence: Double) {
        self.beat = beat
        self.valence = valence
    }
}
