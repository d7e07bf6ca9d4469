/// A story's paragraphs as one byte string for fast search: ASCII folded to lower case, one
/// byte for one byte, so an offset found in it is an offset in the original text too.
public struct SearchText: Sendable {
    /// The UTF-8 of all paragraphs, joined by newlines, ASCII lower-cased.
    public let folded: [UInt8]
    /// Bytes in all (the folded text's length).
    public var count: Int { folded.count }
    /// Where each paragraph starts in `folded`.
    public let starts: [Int]

    public init(paragraphs: [String]) {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        bytes.reserveCapacity(paragraphs.reduce(0) { $0 + $1.utf8.count + 1 })
        for p in paragraphs {
            starts.append(bytes.count)
            bytes.append(contentsOf: p.utf8)
            bytes.append(0x0A)
        }
        folded = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        self.starts = starts
    }

    /// The 0-based paragraph holding byte `offset`.
    public func paragraph(at offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
