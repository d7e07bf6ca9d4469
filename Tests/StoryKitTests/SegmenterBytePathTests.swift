import Testing
@testable import StoryKit

/// The segmenter reads UTF-8 bytes in place; it must find exactly what the UTF-16 path finds,
/// on story text and on text built to be awkward.
@Suite struct SegmenterBytePathTests {
    static let pieces = ["I", "i", "He", "she", "Mr.", "MR.", "Dr.", "St.", "mrs.", "Prof.", "e.g.", "I.E.", "etc.", "vs.", "J.",
                         "É.", "é.", "Émile.", "ÉMr.", "e\u{301}.", "😀.", "\u{212A}.", "said", "SAID", "asked,", "as\u{212A}ed",
                         "whispered.", "said.", "Jake", "“", "”", "‘", "’", "\"", "'", "(", ")", "…", "...", "?", "!", ".",
                         "?”", "!\"", ".’", ".)", "?!", ",", "—", "don't", "isn’t", "café", "Ça", "42", "7.5", "😀", "👍🏽",
                         "\u{301}", "\r", "\t", " ", "  ", "\u{A0}", "x", "Ω", "ﬁne", "straße", "İ", "O'Brien", "“Hi.”", "\"No!\""]

    static func samples(_ count: Int, seed: UInt64) -> [String] {
        VaderReferenceTests.randomTexts(count, seed: seed, pieces: pieces, maxPieces: 18)
    }

    static func expectSame(_ p: Paragraphs) {
        let fast = Segmenter.segment(p), slow = Segmenter.segmentUTF16(p)
        #expect(Array(fast.sentences) == Array(slow.sentences), "\(p.text.debugDescription)")
        #expect(fast.sentences.map(\.span.utf8Start) == slow.sentences.map(\.span.utf8Start))
        #expect(fast.sentencesByParagraph.map { $0 } == slow.sentencesByParagraph.map { $0 })
        #expect(fast.quotes == slow.quotes, "\(p.text.debugDescription)")
        #expect(fast.quotes.map(\.span.utf8Start) == slow.quotes.map(\.span.utf8Start))
    }

    @Test func storiesAgree() {
        for doc in Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture) {
            Self.expectSame(doc.clean.paragraphs)
        }
    }

    @Test func randomTextAgrees() {
        let texts = Self.samples(6000, seed: 21)
        for k in stride(from: 0, to: texts.count, by: 3) {
            Self.expectSame(Paragraphs(Array(texts[k..<min(k + 3, texts.count)])))
        }
    }
}
