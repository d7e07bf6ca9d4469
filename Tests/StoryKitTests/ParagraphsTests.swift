import Testing
@testable import StoryKit

/// A story's clean text is one string with paragraph bounds, and its sentences are offsets into
/// it; these pin the bounds and the offsets, beyond ASCII too.
@Suite struct ParagraphsTests {
    static let lines = ["Élodie left. 😢 I stayed.", "", "“Get out,” I said. He went.", "Done."]

    @Test func boundsCutTheParagraphsBack() {
        let p = Paragraphs(Self.lines)
        #expect(Array(p) == Self.lines)
        #expect(p.count == 4)
        #expect(p.text == Self.lines.joined(separator: "\n"))
        for i in p.indices {
            #expect(String(p.slice(i)) == Self.lines[i])
            #expect(p.utf8Range(i).count == Self.lines[i].utf8.count)
            #expect(p.paragraph(atUTF8: p.utf8Range(i).lowerBound) == i || Self.lines[i].isEmpty)
        }
        #expect(p.paragraph(atUTF8: p.utf8Range(2).lowerBound + 3) == 2)
        #expect(Paragraphs([]).isEmpty)
        #expect(Paragraphs([]).text == "")
    }

    @Test func cleanTextCountsWhatItHolds() {
        let clean = CleanText(title: "T", paragraphs: Self.lines)
        #expect(clean.byteCount == Self.lines.reduce(0) { $0 + $1.utf8.count })
        #expect(clean.paragraphs == Paragraphs(Self.lines))
        #expect(CleanText(title: nil, paragraphs: []).byteCount == 0)
    }

    @Test func sentencesAndQuotesPointIntoTheirParagraph() {
        let seg = Segmenter.segment(Paragraphs(Self.lines))
        #expect(seg.sentences.map(\.text) == ["Élodie left. 😢 I stayed.", "“Get out,” I said.", "He went.", "Done."])
        #expect(seg.sentences.map(\.paragraph) == [1, 3, 3, 4])
        // UTF-16 ranges are the paragraph's own: the second sentence of ¶3 starts after "“Get out,” I said. ".
        #expect(seg.sentences[2].range == 19..<27)
        #expect(seg.sentencesByParagraph.map { $0 } == [0..<1, 1..<1, 1..<3, 3..<4])
        #expect(Array(seg.sentences(inParagraph: 2).map(\.text)) == ["“Get out,” I said.", "He went."])
        #expect(seg.quotes.map(\.text) == ["Get out,"])
        #expect(seg.quotes.first?.paragraph == 3)
        #expect(seg.quotes.first?.range == 0..<10)
    }
}
