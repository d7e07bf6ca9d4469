/// The document's one token layer: the text read once, by `CastTokenizer`, into word and mark
/// tokens over one vocabulary; every pass after segmentation reads it.
///
/// - the cast reads `cast` (words as written, marks, sentence starts, quotations);
/// - the structure, the arc and the cast's clause cues read `words`, its word view
///   (`StoryTokens`): lower-case words by segmentation sentence, numbered in `Vocabulary`.
struct DocumentTokens: Sendable {
    let cast: [CastToken]
    let vocabulary: CastVocabulary
    let words: StoryTokens

    init(_ paragraphs: Paragraphs, segments: Segmentation) {
        // Sized by the tokenizer from the text (`CastVocabulary.reserve`).
        var vocab = CastVocabulary(capacity: 0)
        cast = CastTokenizer.tokenize(paragraphs, quotes: segments.quotes, vocab: &vocab)
        vocabulary = vocab
        words = StoryTokens(cast: cast, vocabulary: vocab, segments: segments, paragraphCount: paragraphs.count)
    }
}
