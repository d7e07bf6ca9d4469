/// The segmentation layer: sentences and quoted speech, located by paragraph.
public struct Segmentation: Sendable {
    /// Every sentence in reading order.
    public var sentences: [Sentence]
    /// Every stretch of quoted speech in reading order.
    public var quotes: [QuoteSpan]
    /// For each paragraph (0-based), the indices of its sentences in `sentences`.
    public var sentencesByParagraph: [Range<Int>]

    public init(sentences: [Sentence], quotes: [QuoteSpan], sentencesByParagraph: [Range<Int>]) {
        self.sentences = sentences
        self.quotes = quotes
        self.sentencesByParagraph = sentencesByParagraph
    }

    public func sentences(inParagraph index: Int) -> ArraySlice<Sentence> {
        sentences[sentencesByParagraph[index]]
    }
}

/// A sentence of a paragraph. `paragraph` is 1-based, as users see it.
public struct Sentence: Sendable, Equatable {
    public var paragraph: Int
    public var text: String
    /// Offsets in UTF-16 code units into the paragraph's text (Foundation-friendly).
    public var range: Range<Int>
    public init(paragraph: Int, text: String, range: Range<Int>) {
        self.paragraph = paragraph
        self.text = text
        self.range = range
    }
}

/// Quoted speech: the words between a pair of quotation marks.
public struct QuoteSpan: Sendable, Equatable {
    public var paragraph: Int
    /// The words inside the marks.
    public var text: String
    /// UTF-16 offsets of the whole quotation, marks included.
    public var range: Range<Int>
    /// True when the quotation ran to the end of the paragraph without a closing mark.
    public var unclosed: Bool
    public init(paragraph: Int, text: String, range: Range<Int>, unclosed: Bool = false) {
        self.paragraph = paragraph
        self.text = text
        self.range = range
        self.unclosed = unclosed
    }
}
