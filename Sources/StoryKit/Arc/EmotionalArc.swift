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
    /// The arc's shape (Reagan et al.'s six) and where it turns.
    public var shape: ArcShape

    public init(sentences: [Double] = [], paragraphs: [Double] = [], smoothed: [Double] = [], beats: [BeatValence] = [],
                shape: ArcShape = .flat) {
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.smoothed = smoothed
        self.beats = beats
        self.shape = shape
    }

    /// The smoothed arc's own range, to which the charts scale it (nil when it has no values).
    public var range: ClosedRange<Double>? {
        guard let lo = smoothed.min(), let hi = smoothed.max() else { return nil }
        return lo...hi
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
