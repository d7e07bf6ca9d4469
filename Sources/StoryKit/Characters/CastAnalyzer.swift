/// The third pass: characters, their names and aliases, roles, mentions and quotes.
///
/// Rule-based and deterministic: one tokenisation of the cleaned paragraphs, a reading-order
/// walk, then role and quote rules (see `CastBuilder`). No models, no regular expressions in loops.
public enum CastAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> Cast {
        analyze(paragraphs: doc.clean.paragraphs, quotes: doc.segments.quotes, title: doc.clean.title)
    }

    /// The same over parts of a document, for callers that hold cleaned text already.
    public static func analyze(paragraphs: [String], quotes: [QuoteSpan], title: String?) -> Cast {
        analyze(paragraphs: Paragraphs(paragraphs), quotes: quotes, title: title)
    }

    static func analyze(paragraphs: Paragraphs, quotes: [QuoteSpan], title: String?) -> Cast {
        // Sized by the tokenizer from the text (`CastVocabulary.reserve`).
        var vocab = CastVocabulary(capacity: 0)
        let tokens = CastTokenizer.tokenize(paragraphs, quotes: quotes, vocab: &vocab)
        var builder = CastBuilder(tokens: tokens, vocabulary: vocab, paragraphs: paragraphs, quotes: quotes, title: title)
        var cast = builder.run()
        cast.settleDialogue(quotes, paragraphs: paragraphs)
        return cast
    }
}
