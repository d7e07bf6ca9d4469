import Foundation
import Testing
@testable import StoryKit

/// The arc's VADER reads the document's tokens; this holds the published rules' own tokenizer,
/// over `Character`s, as the reference. Where every word VADER would read is one token (letters,
/// digits and apostrophes), the two give the same values bit for bit.
@Suite struct VaderReferenceTests {
    /// VADER's words: split on spaces and dashes, edge punctuation stripped, one-character
    /// words dropped; each with its original case.
    static func referenceWords(_ text: String) -> [Substring] {
        var out: [Substring] = []
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "—" || $0 == "–" || $0 == "\n" || $0 == "\t" }) {
            var s = piece
            while let f = s.first, !f.isLetter, !f.isNumber { s = s.dropFirst() }
            while let l = s.last, !l.isLetter, !l.isNumber { s = s.dropLast() }
            if s.count > 1 { out.append(s) }
        }
        return out
    }

    /// The published valence of `text`, looked up by `String`.
    static func referenceValence(_ text: String) -> Double {
        let lexicon = VaderLexicon.shared
        let bangs = text.reduce(0) { $0 + ($1 == "!" ? 1 : 0) }
        let words = referenceWords(text).map { w -> VaderWord in
            let l = w.lowercased()
            let lower = String(l.map { $0 == "’" ? "'" : $0 })
            let caps = w.contains(where: \.isLetter) && w.allSatisfy { !$0.isLetter || $0.isUppercase }
            return VaderWord(valence: lexicon[lower], boost: SentimentScorer.boosters[lower],
                             negation: SentimentWords.negations.contains(lower) || lower.hasSuffix("n't"),
                             but: lower == "but", caps: caps)
        }
        return SentimentScorer.score(words, bangs: bangs)
    }

    /// Whether every word VADER reads in `text` is one token: ASCII letters, digits and
    /// apostrophes only (other words the token layer may split, as "kind-hearted").
    static func wordsAreTokens(_ text: String) -> Bool {
        referenceWords(text).allSatisfy { w in w.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "'") || $0 == "’" } }
    }

    private func same(_ text: String) {
        let tokens = SentimentScorer.valence(text)
        let reference = Self.referenceValence(text)
        #expect(tokens.bitPattern == reference.bitPattern, "\(text): \(tokens) vs \(reference)")
    }

    @Test func standaloneScalarsAreCharactersOfTheirOwn() {
        for v in 0x80...0x218F {
            guard ByteText.standsAlone(UInt32(v)), let sc = Unicode.Scalar(UInt32(v)) else { continue }
            for pair in [[sc, "a"], ["a", sc], [sc, sc], [sc, " "]] as [[Unicode.Scalar]] {
                var s = ""
                s.unicodeScalars.append(contentsOf: pair)
                #expect(s.count == 2, "U+\(String(sc.value, radix: 16)) joins a neighbour")
            }
        }
    }

    @Test func publishedExamplesScoreAsTheReference() {
        for text in ["The movie is good.", "The movie is not good.", "The movie isn't good.", "The movie is VERY GOOD!!",
                     "The food is good but the service is bad.", "I didn’t hate it, but I barely liked it."] {
            same(text)
        }
    }

    /// The sentences of the samples and fixtures: nearly all have only one-token words, and
    /// those score as the reference does.
    @Test func storySentencesScoreAsTheReference() throws {
        let docs = Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture)
        var compared = 0, total = 0
        for doc in docs {
            for s in doc.segments.sentences {
                total += 1
                guard Self.wordsAreTokens(s.text) else { continue }
                compared += 1
                same(s.text)
            }
        }
        #expect(compared * 10 >= total * 9, "only \(compared) of \(total) sentences compared")
    }

    /// The arc layer scores each sentence from the document's tokens exactly as scoring the
    /// sentence's text alone does.
    @Test func arcLayerScoresSentencesFromTheDocumentTokens() throws {
        for doc in Repo.sampleIDs.map(Repo.sample) {
            let arc = doc.arc
            #expect(arc.sentences.count == doc.segments.sentences.count)
            for (s, v) in zip(doc.segments.sentences, arc.sentences) {
                #expect(v.bitPattern == SentimentScorer.valence(s.text).bitPattern, "\(s.text)")
            }
        }
    }

    /// Random texts of tricky pieces whose words are one token each score as the reference.
    @Test func trickyTextScoresAsTheReference() {
        let pieces = ["good", "GOOD", "bad", "BAD", "not", "isn’t", "didn't", "very", "VERY", "barely", "but", "BUT",
                      "love", "Hate", "n't", "’", "'", "“", "”", "—", "–", "!", "!!", "?", ".", ",", "…",
                      "\n", "\t", " ", "  ", "42", "x", "I", "kinda", "no", "nope", "can’t", "dogs’"]
        var compared = 0
        for text in Self.randomTexts(4000, seed: 7, pieces: pieces, maxPieces: 12) where Self.wordsAreTokens(text) {
            compared += 1
            same(text)
        }
        #expect(compared > 2000)
    }

    /// Where VADER keeps a word whole and the token layer does not, the values may differ:
    /// the hyphenated compound is read as its parts.
    @Test func hyphenatedWordsAreReadAsTheirParts() {
        #expect(!Self.wordsAreTokens("She was kind-hearted."))
        #expect(SentimentScorer.valence("She was kind-hearted.") == SentimentScorer.valence("She was kind hearted."))
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
