/// The cleaning layer: what a reader sees, and a record of everything that was taken out.
public struct CleanText: Sendable, Equatable {
    /// The headline, when the first line of the text is one.
    public var title: String?
    /// One entry per non-empty line of cleaned text; numbered from 1 in every view.
    public var paragraphs: Paragraphs { Paragraphs(text: text, starts: starts) }
    /// The paragraphs as one string, joined by newlines: one allocation per story, where a
    /// `String` per paragraph costs 80 bytes of headers each (40 MB over ten thousand stories).
    public let text: String
    /// UTF-8 offset in `text` where each paragraph starts, and one past the end plus one.
    let starts: [Int32]
    /// Lines (or sentences) dropped as page noise, in source order.
    public var removed: [Removal]
    /// What was repaired in place.
    public var repairs: Repairs

    /// Words of the paragraphs (runs of non-spaces), counted once.
    public let wordCount: Int
    /// UTF-8 bytes of the paragraphs: how much text the analysis passes would walk.
    public var byteCount: Int { Int(starts.last ?? 0) - (starts.count - 1) }

    public init(title: String?, paragraphs: [String], removed: [Removal] = [], repairs: Repairs = Repairs()) {
        let wordCount = paragraphs.reduce(0) { total, p in
            total + ByteText.withBytes(p, Cleaner.wordCount)
        }
        self.init(title: title, paragraphs: paragraphs, removed: removed, repairs: repairs, wordCount: wordCount)
    }

    /// With the words already counted (the cleaner counts them line by line as it goes).
    init(title: String?, paragraphs: [String], removed: [Removal], repairs: Repairs, wordCount: Int) {
        self.title = title
        let joined = Paragraphs(paragraphs)
        self.text = joined.text
        self.starts = joined.starts
        self.removed = removed
        self.repairs = repairs
        self.wordCount = wordCount
    }

    public static func == (a: CleanText, b: CleanText) -> Bool {
        a.title == b.title && a.starts == b.starts && a.text == b.text && a.removed == b.removed && a.repairs == b.repairs
    }
}

/// A piece of page noise that cleaning took out, and why.
public struct Removal: Sendable, Equatable {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        /// An image caption, e.g. `For illustration purposes only. | Source: Unsplash`.
        case caption
        /// Site furniture: donation counters, `Share this:`, navigation.
        case chrome
        /// A plea to like or share the story.
        case callToShare = "call-to-share"
    }
    public var text: String
    public var reason: Reason
    /// 1-based line of the source file.
    public var line: Int

    public init(text: String, reason: Reason, line: Int) {
        self.text = text
        self.reason = reason
        self.line = line
    }
}

/// Counts of in-place repairs.
public struct Repairs: Sendable, Equatable {
    /// Mojibake sequences turned back into the characters they encoded.
    public var mojibake = 0
    /// Carriage returns normalised away (CRLF or lone CR line ends).
    public var lineEnds = 0
    /// Control characters and other invisible debris dropped.
    public var controls = 0
    public init() {}
}
