/// A story's paragraphs, cut on request from its one clean string.
///
/// Reading an element makes a `String`; passes that walk every paragraph use `slice` or
/// `utf8Range` on `text` instead, so that nothing is copied.
public struct Paragraphs: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    /// All paragraphs, joined by newlines.
    public let text: String
    let starts: [Int32]

    init(text: String, starts: [Int32]) {
        self.text = text
        self.starts = starts
    }

    /// Paragraphs given as strings, joined (for tests and remixes).
    public init(_ paragraphs: [String]) {
        let clean = CleanText(title: nil, paragraphs: paragraphs, removed: [], repairs: Repairs(), wordCount: 0)
        self.init(text: clean.text, starts: clean.starts)
    }

    public init(arrayLiteral paragraphs: String...) { self.init(paragraphs) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Swift.max(0, starts.count - 1) }
    public subscript(i: Int) -> String { String(slice(i)) }

    /// Paragraph `i`'s UTF-8 offsets in `text`.
    public func utf8Range(_ i: Int) -> Range<Int> { Int(starts[i])..<(Int(starts[i + 1]) - 1) }

    /// Paragraph `i` as a slice of `text`: no copy.
    public func slice(_ i: Int) -> Substring {
        let u = text.utf8, r = utf8Range(i)
        return Substring(u[u.index(u.startIndex, offsetBy: r.lowerBound)..<u.index(u.startIndex, offsetBy: r.upperBound)])
    }

    /// The 0-based paragraph holding UTF-8 offset `offset` of `text`.
    public func paragraph(atUTF8 offset: Int) -> Int {
        var lo = 0, hi = count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(starts[mid]) <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
