/// Gathers a story's sentences and quotations paragraph by paragraph into the segmentation
/// layer; the byte scanner and its UTF-16 reference both fill one.
struct SegmentationBuilder {
    private let story: String
    private let paragraphs: Paragraphs
    private var sentences: [Sentences.Packed] = []
    private var quotes: [QuoteSpan] = []
    private var starts: [Int32] = []

    init(_ paragraphs: Paragraphs) {
        story = paragraphs.text
        self.paragraphs = paragraphs
        sentences.reserveCapacity(paragraphs.count * 4)
        starts.reserveCapacity(paragraphs.count + 1)
    }

    /// The next paragraph begins: its sentences follow.
    mutating func startParagraph() { starts.append(Int32(sentences.count)) }

    /// A sentence of 0-based `paragraph`: UTF-16 offsets in the paragraph, UTF-8 in the story.
    @inline(__always)
    mutating func sentence(paragraph: Int, utf16: Range<Int>, utf8: Range<Int>) {
        sentences.append(.init(paragraph: Int32(paragraph + 1), start16: Int32(utf16.lowerBound), end16: Int32(utf16.upperBound),
                               utf8Start: Int32(utf8.lowerBound), utf8End: Int32(utf8.upperBound)))
    }

    /// A quotation: its whole range in UTF-16 offsets of the paragraph, the words inside in UTF-8
    /// offsets of the story.
    @inline(__always)
    mutating func quote(paragraph: Int, utf16: Range<Int>, innerUTF8: Range<Int>, unclosed: Bool) {
        quotes.append(QuoteSpan(paragraph: paragraph + 1, span: TextSpan(story, utf8: innerUTF8), range: utf16, unclosed: unclosed))
    }

    /// The layer, in exact-size copies: it is kept for the session, and growth slack with it.
    func build() -> Segmentation {
        var quotes = quotes
        // Scare quotes are told from lines by their form, the same way for both scanners.
        ByteText.withBytes(story) { b in
            for i in quotes.indices {
                let q = quotes[i]
                quotes[i].kind = QuoteKind.classify(b, paragraph: paragraphs.utf8Range(q.paragraph - 1),
                                                    inner: Int(q.span.utf8Start)..<Int(q.span.utf8End), unclosed: q.unclosed)
            }
        }
        var starts = starts
        starts.append(Int32(sentences.count))
        return Segmentation(sentences: Sentences(text: story, packed: sentences.withUnsafeBufferPointer { Array($0) },
                                                 paragraphStarts: starts),
                            quotes: quotes.withUnsafeBufferPointer { Array($0) })
    }
}
