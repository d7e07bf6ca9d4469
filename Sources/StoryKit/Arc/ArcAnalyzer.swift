/// The fifth pass: sentence valence, smoothed into an arc.
public enum ArcAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> EmotionalArc {
        EmotionalArc()
    }
}
