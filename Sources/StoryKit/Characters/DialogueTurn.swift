import Foundation

/// One turn of the dialogue: what one speaker says at one go, as a script shows it.
///
/// `“This isn’t the life I signed up for,” he told me, his voice eerily calm. “I want my
/// freedom…”` is one turn with two parts; the narration between them is its stage direction.
public struct DialogueTurn: Sendable, Equatable {
    public var paragraph: Int
    /// Index into `Cast.members`, or nil when the speaker is not known for sure.
    public var speaker: Int?
    public var cue: AttributedQuote.Cue
    /// Indices into `Cast.quotes` of the parts, in order.
    public var quotes: [Int]
    /// The words of each part, shared with the paragraph: a corpus's dialogue is not held twice.
    var partSpans: [TextSpan]
    /// The narration between part i and part i+1 (the speech tag), trimmed.
    public var directions: [String]

    /// The words of each part.
    public var parts: [String] { partSpans.map(\.string) }

    /// The parts joined with a space: the line as it is said.
    public var text: String { parts.joined(separator: " ") }

    /// A turn as the cast keeps it: consecutive quotations `first..<first+count` of one
    /// speaker (-1 unknown); its directions are the cast's next `count - 1` spans.
    struct Record: Sendable, Equatable {
        var first: Int32
        var count: Int32
        var speaker: Int32
    }

    public static func == (a: DialogueTurn, b: DialogueTurn) -> Bool {
        a.paragraph == b.paragraph && a.speaker == b.speaker && a.cue == b.cue && a.quotes == b.quotes
            && a.parts == b.parts && a.directions == b.directions
    }
}

extension Cast {
    /// Fills what the cast rules leave to the dialogue: each quotation's kind and place, the
    /// turns, and each member's count of turns (a scare quote is nobody's line, and a line
    /// split by its tag counts once).
    ///
    /// Two quotations of one paragraph are one turn when they follow each other with no other
    /// quotation between and have the same speaker, and no one else acts in the narration
    /// between them (`someoneElseActs`); a pair whose speaker is unknown is joined when the
    /// first half ends in a comma and the second runs on in lower case.
    mutating func settleDialogue(_ spans: [QuoteSpan], paragraphs: Paragraphs) {
        guard spans.count == quotes.count else { return }
        for i in quotes.indices {
            quotes[i].kind = spans[i].kind
            quotes[i].range = spans[i].range
            if !spans[i].isSpeech { quotes[i].speaker = nil; quotes[i].cue = .unknown }
        }
        var turns: [DialogueTurn.Record] = []
        var directions: [TextSpan] = []
        var previous: Int? = nil
        for (i, q) in quotes.enumerated() {
            defer { previous = i }
            guard q.isSpeech else { continue }
            if let last = turns.last, let p = previous, Int(last.first + last.count) - 1 == p, quotes[p].paragraph == q.paragraph,
               Self.sameTurn(quotes[p], q),
               case let gap = Self.between(quotes[p].range, q.range, in: paragraphs, paragraph: q.paragraph),
               !Self.someoneElseActs(in: gap.string, speakerIsNarrator: q.speaker.map { members.indices.contains($0) && members[$0].role == .narrator } ?? false) {
                turns[turns.count - 1].count += 1
                directions.append(gap)
                continue
            }
            turns.append(DialogueTurn.Record(first: Int32(i), count: 1, speaker: Int32(q.speaker ?? -1)))
        }
        turnRecords = turns
        directionSpans = directions
        var count = [Int](repeating: 0, count: members.count)
        for t in turns where t.speaker >= 0 && Int(t.speaker) < count.count { count[Int(t.speaker)] += 1 }
        for m in members.indices { members[m].quotes = count[m] }
    }

    private static func sameTurn(_ a: AttributedQuote, _ b: AttributedQuote) -> Bool {
        if let sa = a.speaker, let sb = b.speaker { return sa == sb }
        guard a.speaker == nil, b.speaker == nil else { return false }
        return a.text.last == "," && (b.text.first?.isLowercase ?? false)
    }

    /// Whether the narration between two halves has another person act after the tag: `“So
    /// start.” He stammered excuses, but I stopped him cold. “No, Peter.”` is two turns of the
    /// narrator, not one. After its first sentence (the tag), a sentence opening with "I" breaks
    /// another speaker's line, and one opening with any other capital breaks the narrator's.
    static func someoneElseActs(in gap: String, speakerIsNarrator: Bool) -> Bool {
        var sentences: [Substring] = []
        var start = gap.startIndex
        var i = gap.startIndex
        while i < gap.endIndex {
            let c = gap[i]
            i = gap.index(after: i)
            if c == "." || c == "!" || c == "?", i < gap.endIndex, gap[i] == " " {
                sentences.append(gap[start..<i])
                start = gap.index(after: i)
            }
        }
        if start < gap.endIndex { sentences.append(gap[start...]) }
        // The first sentence is the tag only when it reads as one (lower case, or "I said").
        let first = sentences.first.map { ByteText.trimmed(String($0)) } ?? ""
        let tagFirst = first.first?.isLowercase ?? false
        for (k, sentence) in sentences.enumerated() where k > 0 || !tagFirst {
            let t = ByteText.trimmed(String(sentence))
            guard let c = t.first, c.isUppercase else { continue }
            let opensWithI = t.hasPrefix("I ") || t.hasPrefix("I’") || t.hasPrefix("I'")
            if speakerIsNarrator ? !opensWithI : opensWithI { return true }
        }
        return false
    }

    /// The paragraph's text between two quotations (UTF-16 offsets), trimmed.
    /// The narration between two quotations of a paragraph (UTF-16 offsets in it), trimmed, as
    /// a span of the story's text.
    private static func between(_ a: Range<Int>, _ b: Range<Int>, in paragraphs: Paragraphs, paragraph: Int) -> TextSpan {
        let none = TextSpan("")
        guard paragraph >= 1, paragraph <= paragraphs.count, a.upperBound <= b.lowerBound else { return none }
        guard let start = paragraphs.utf8Offset(paragraph: paragraph - 1, utf16: a.upperBound),
              let end = paragraphs.utf8Offset(paragraph: paragraph - 1, utf16: b.lowerBound) else { return none }
        let trimmed = ByteText.withBytes(paragraphs.text) { bytes in
            ByteText.trimmedBounds(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        return TextSpan(paragraphs.text, utf8: (start + trimmed.lowerBound)..<(start + trimmed.upperBound))
    }
}
