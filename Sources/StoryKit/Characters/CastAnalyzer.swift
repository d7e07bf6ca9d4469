/// The third pass: characters, their names and aliases, roles, mentions and quotes.
public enum CastAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> Cast {
        Cast()
    }
}
