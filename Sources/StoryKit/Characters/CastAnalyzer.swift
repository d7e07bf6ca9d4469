/// The third pass: characters, their names and aliases, roles, mentions and quotes.
///
/// Rule-based and deterministic: one tokenisation of the cleaned paragraphs, a reading-order
/// walk, then role and quote rules (see `CastBuilder`). No models, no regular expressions in loops.
public enum CastAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> Cast {
        var builder = CastBuilder(paragraphs: doc.clean.paragraphs, quotes: doc.segments.quotes, title: doc.clean.title)
        var cast = builder.run()
        cast.settleDialogue(doc.segments.quotes, paragraphs: doc.clean.paragraphs)
        RoleCues.refine(&cast, tokens: StoryTokens(doc.segments, paragraphCount: doc.paragraphs.count))
        return cast
    }

    /// The same over parts of a document, for callers that hold cleaned text already.
    public static func analyze(paragraphs: [String], quotes: [QuoteSpan], title: String?) -> Cast {
        let p = Paragraphs(paragraphs)
        var builder = CastBuilder(paragraphs: p, quotes: quotes, title: title)
        var cast = builder.run()
        cast.settleDialogue(quotes, paragraphs: p)
        RoleCues.refine(&cast, tokens: StoryTokens(Segmenter.segment(p), paragraphCount: p.count))
        return cast
    }
}
