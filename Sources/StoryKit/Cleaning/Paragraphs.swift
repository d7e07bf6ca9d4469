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

    /// Paragraphs given as strings, joined into one (the cleaner's lines, remixes, tests).
    public init(_ paragraphs: [String]) {
        var starts: [Int32] = []
        starts.reserveCapacity(paragraphs.count + 1)
        var at = 0
        for p in paragraphs {
            starts.append(Int32(at))
            at += p.utf8.count + 1
        }
        starts.append(Int32(at))
        // Written into storage of the exact size: `joined` grows its result by doubling, and
        // the slack would stay for the session.
        let text = String(unsafeUninitializedCapacity: Swift.max(0, at - 1)) { buffer in
            var i = 0
            for (n, p) in paragraphs.enumerated() {
                if n > 0 { buffer[i] = 0x0A; i += 1 }
                var p = p
                p.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[i..<(i + bytes.count)]).initialize(from: bytes)
                    i += bytes.count
                }
            }
            return i
        }
        self.init(text: text, starts: starts)
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

    /// The UTF-8 offset in `text` of UTF-16 offset `offset` of paragraph `i`, or nil past the
    /// paragraph's end. One pass over the paragraph's bytes: a `String.UTF16View` of a story that
    /// is not ASCII indexes the whole story first.
    func utf8Offset(paragraph i: Int, utf16 offset: Int) -> Int? {
        let r = utf8Range(i)
        return ByteText.withBytes(text) { bytes in
            var units = 0, k = r.lowerBound
            while units < offset {
                guard k < r.upperBound else { return nil }
                units += bytes[k] >= 0xF0 ? 2 : 1
                k += 1
                while k < r.upperBound && bytes[k] & 0xC0 == 0x80 { k += 1 }
            }
            return k
        }
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
