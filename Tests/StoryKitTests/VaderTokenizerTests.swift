import Foundation
import Testing
@testable import StoryKit

/// The scalar fast path of the sentiment scorer must give the `Character` path's values bit for bit.
@Suite struct VaderTokenizerTests {
    static let standalone: [Unicode.Scalar] = (0x80...0x218F).compactMap { v in
        VaderTokenizer.standsAlone(UInt32(v)) ? Unicode.Scalar(UInt32(v)) : nil
    }

    @Test func whitelistedScalarsAreCharactersOfTheirOwn() {
        for sc in Self.standalone {
            let c = Character(sc)
            for pair in [[sc, "a"], ["a", sc], [sc, sc], [sc, " "]] as [[Unicode.Scalar]] {
                var s = ""
                s.unicodeScalars.append(contentsOf: pair)
                #expect(s.count == 2, "U+\(String(sc.value, radix: 16)) joins a neighbour")
            }
            #expect(VaderTokenizer.isWordScalar(sc) == (c.isLetter || c.isNumber), "U+\(String(sc.value, radix: 16))")
        }
        for v in 0..<0x80 where v != 0x0D {
            let sc = Unicode.Scalar(UInt8(v))
            #expect(VaderTokenizer.isWordScalar(sc) == (Character(sc).isLetter || Character(sc).isNumber))
        }
    }

    private func same(_ text: String) {
        let fast = SentimentScorer.valence(text)
        let general = SentimentScorer.valence(text, lexicon: VaderLexicon.shared)
        #expect(fast.bitPattern == general.bitPattern, "\(text): \(fast) vs \(general)")
    }

    @Test func storySentencesScoreAlike() throws {
        let docs = Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture)
        for doc in docs { for s in doc.segments.sentences { same(s.text) } }
    }

    /// Every sentence of a folder of stories, when VADER_CORPUS names one.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VADER_CORPUS"] != nil))
    func corpusSentencesScoreAlike() throws {
        let dir = URL(fileURLWithPath: ProcessInfo.processInfo.environment["VADER_CORPUS"]!)
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for s in StoryDocument(id: name, file: nil, text: text).segments.sentences { same(s.text) }
        }
    }

    @Test func trickyTextScoresAlike() {
        let pieces = ["good", "GOOD", "bad", "BAD", "not", "isn’t", "didn't", "very", "VERY", "barely", "but", "BUT",
                      "love", "Hate", "n't", "’", "'", "“", "”", "—", "–", "-", "!", "!!", "?", ".", ",", "…", "é",
                      "café", "Émile", "naïve", "e\u{301}", "\u{301}", "😀", "👍🏽", "\r\n", "\n", "\t", " ", "  ", "42",
                      "½", "Ⅻ", "K", "\u{212A}ind", "ﬁne", "straße", "ÇA", "Þ", ":)", "x", "I", "kinda", "no", "nope"]
        var rng = SplitMix(seed: 7)
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 12) {
                text += pieces[Int(rng.next() % UInt64(pieces.count))]
                if rng.next() % 3 != 0 { text += " " }
            }
            same(text)
        }
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }

    /// `count` strings of up to `maxPieces` random `pieces`, most followed by a space: the
    /// random texts the byte paths are checked against their reference rules on.
    static func randomTexts(_ count: Int, seed: UInt64, pieces: [String], maxPieces: UInt64) -> [String] {
        var rng = SplitMix(seed: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int(rng.next() % maxPieces) {
                text += pieces[Int(rng.next() % UInt64(pieces.count))]
                if rng.next() % 3 != 0 { text += " " }
            }
            return text
        }
    }
}
