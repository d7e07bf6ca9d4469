/// The segmentation layer: sentences and quoted speech, located by paragraph.
public struct Segmentation: Sendable {
    /// Every sentence in reading order.
    public let sentences: Sentences
    /// Every stretch of quoted speech in reading order.
    public var quotes: [QuoteSpan]
    /// For each paragraph (0-based), the indices of its sentences in `sentences`.
    public var sentencesByParagraph: ParagraphRanges { ParagraphRanges(bounds: sentences.paragraphStarts) }

    init(sentences: Sentences, quotes: [QuoteSpan]) {
        self.sentences = sentences
        self.quotes = quotes
    }

    public func sentences(inParagraph index: Int) -> Slice<Sentences> {
        sentences[sentencesByParagraph[index]]
    }
}

/// A story's sentences, each kept as five 32-bit numbers (paragraph and offsets) rather than
/// as a 40-byte `Sentence` holding its paragraph: ten thousand stories have a million and a
/// half sentences, and the layer stays for the session. Reading one makes the `Sentence`.
public struct Sentences: RandomAccessCollection, Sendable {
    struct Packed: Sendable {
        var paragraph: Int32, start16: Int32, end16: Int32, utf8Start: Int32, utf8End: Int32
    }

    /// The story's clean text the sentences are cut from (shared with the clean layer).
    let text: String
    let packed: [Packed]
    /// Where each paragraph's sentences start in `packed`, and a last entry for the end.
    let paragraphStarts: [Int32]

    init(text: String, packed: [Packed], paragraphStarts: [Int32]) {
        self.text = text
        self.packed = packed
        self.paragraphStarts = paragraphStarts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { packed.count }

    public subscript(i: Int) -> Sentence {
        let p = packed[i]
        return Sentence(paragraph: Int(p.paragraph),
                        span: TextSpan(text, utf8: Int(p.utf8Start)..<Int(p.utf8End)),
                        range: Int(p.start16)..<Int(p.end16))
    }
}

/// For each paragraph, the range of its sentences, from one list of boundaries.
public struct ParagraphRanges: RandomAccessCollection, Sendable {
    let bounds: [Int32]
    public var startIndex: Int { 0 }
    public var endIndex: Int { Swift.max(0, bounds.count - 1) }
    public subscript(i: Int) -> Range<Int> { Int(bounds[i])..<Int(bounds[i + 1]) }
}

/// A stretch of one paragraph, held as offsets into the storage it was cut from (the story's
/// clean text, or a string of its own).
///
/// Ten thousand stories have a million and a half sentences: a `String` copy of each would
/// hold the corpus twice over (and a heap block per sentence), so a span shares the paragraph
/// and makes its text on request.
public struct TextSpan: Sendable {
    /// The text the span is cut from; shared, not copied.
    let source: String
    /// UTF-8 offsets of the span in `source`.
    let utf8Start: Int32, utf8End: Int32

    init(_ source: String, utf8 range: Range<Int>) {
        self.source = source
        utf8Start = Int32(range.lowerBound)
        utf8End = Int32(range.upperBound)
    }

    init(_ text: String) {
        self.init(text, utf8: 0..<text.utf8.count)
    }

    var string: String { String(slice) }

    /// How many times the ASCII byte `b` occurs in the span ("!" for the arc's emphasis).
    func count(of b: UInt8) -> Int {
        ByteText.withBytes(source) { u in
            var n = 0
            for i in Int(utf8Start)..<Int(utf8End) where u[i] == b { n += 1 }
            return n
        }
    }

    /// The span as a slice of the paragraph: no copy.
    var slice: Substring {
        let u = source.utf8
        let lo = u.index(u.startIndex, offsetBy: Int(utf8Start)), hi = u.index(u.startIndex, offsetBy: Int(utf8End))
        return Substring(u[lo..<hi])
    }
}

/// A sentence of a paragraph. `paragraph` is 1-based, as users see it.
public struct Sentence: Sendable, Equatable {
    private let paragraph32: Int32
    private let start16: Int32, end16: Int32
    let span: TextSpan

    public var paragraph: Int { Int(paragraph32) }
    /// The sentence's text, made from the paragraph on each use.
    public var text: String { span.string }
    /// The same text as a slice of the paragraph, for passes that only read it.
    public var slice: Substring { span.slice }
    /// Offsets in UTF-16 code units into the paragraph's text (Foundation-friendly).
    public var range: Range<Int> { Int(start16)..<Int(end16) }

    public init(paragraph: Int, text: String, range: Range<Int>) {
        self.init(paragraph: paragraph, span: TextSpan(text), range: range)
    }

    init(paragraph: Int, span: TextSpan, range: Range<Int>) {
        paragraph32 = Int32(paragraph)
        start16 = Int32(range.lowerBound)
        end16 = Int32(range.upperBound)
        self.span = span
    }

    public static func == (a: Sentence, b: Sentence) -> Bool {
        a.paragraph32 == b.paragraph32 && a.range == b.range && a.text == b.text
    }
}

/// Quoted speech: the words between a pair of quotation marks.
public struct QuoteSpan: Sendable, Equatable {
    private let paragraph32: Int32
    private let start16: Int32, end16: Int32
    /// True when the quotation ran to the end of the paragraph without a closing mark.
    public let unclosed: Bool
    /// Speech, or words only held up by the narration (a scare quote): see `QuoteKind.classify`.
    public internal(set) var kind: QuoteKind = .speech
    let span: TextSpan

    public var paragraph: Int { Int(paragraph32) }
    /// The words inside the marks.
    public var text: String { span.string }
    /// UTF-16 offsets of the whole quotation, marks included.
    public var range: Range<Int> { Int(start16)..<Int(end16) }

    public init(paragraph: Int, text: String, range: Range<Int>, unclosed: Bool = false) {
        self.init(paragraph: paragraph, span: TextSpan(text), range: range, unclosed: unclosed)
    }

    init(paragraph: Int, span: TextSpan, range: Range<Int>, unclosed: Bool) {
        paragraph32 = Int32(paragraph)
        start16 = Int32(range.lowerBound)
        end16 = Int32(range.upperBound)
        self.unclosed = unclosed
        self.span = span
    }

    public static func == (a: QuoteSpan, b: QuoteSpan) -> Bool {
        a.paragraph32 == b.paragraph32 && a.range == b.range && a.unclosed == b.unclosed && a.kind == b.kind && a.text == b.text
    }

    /// Whether the quotation is a line someone says.
    public var isSpeech: Bool { kind == .speech }
}
