import Foundation
import Testing
@testable import StoryKit

/// The structure pass reads sentence bytes where `String` rules define the result; each byte
/// path must agree with its rule on story text and on text built to be awkward.
@Suite struct StructureBytePathTests {
    static let pieces = ["I", "i", "me", "My", "HIM", "hers", "myself", "we", "people", "Kevin", "don't", "isn’t", "’", "'",
                         "“", "”", "\"", "—", "–", "…", "?", "?”", "?\"", "!", ".", ",", "é", "café", "Émile", "he\u{301}",
                         "\u{301}", "😀", "👍🏽", "\r\n", "\r", "\n", "\t", " ", "  ", "\u{A0}", "42", "½", "K", "\u{212A}",
                         "İ", "ﬁne", "straße", "ÇA", "x", "\u{600}", "ab'", "''", "O'Brien", "e\u{301}e",
                         "well-known", "Ji-woo", "-", "‐", "Colin's", "JOHN'S", "JOHN's", "James’", "he's", "it’s", "A1", "1ST"]

    static func samples(_ count: Int, seed: UInt64) -> [String] {
        VaderReferenceTests.randomTexts(count, seed: seed, pieces: pieces, maxPieces: 14)
    }

    static var storySentences: [String] {
        let docs = Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture)
        return docs.flatMap { $0.segments.sentences.map(\.text) }
    }

    static func sentence(_ text: String) -> Sentence {
        Sentence(paragraph: 1, text: text, range: 0..<text.utf16.count)
    }

    /// The rule `EndingClassifier.isDecision` reads from tokens, over `String`: not a question,
    /// and a letter run of the sentence is I, me, my, he, she…
    static func referenceIsDecision(_ sentence: String) -> Bool {
        let trimmed = sentence.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("?") || trimmed.hasSuffix("?”") || trimmed.hasSuffix("?\"") { return false }
        let words = trimmed.lowercased().split { !$0.isLetter }
        return words.contains { EndingClassifier.personal.contains(String($0)) }
    }

    /// Where each character is one scalar (a combining mark ends a token's word, as it ends
    /// the token layer's, but not a `Character`'s).
    @Test func decisionsAgreeWithTheReference() {
        var decided = 0
        for text in Self.storySentences + Self.samples(4000, seed: 11) where text.allSatisfy({ $0.unicodeScalars.count == 1 || $0 == "\r\n" }) {
            let seg = Segmenter.segment(Paragraphs([text]))
            let tokens = StoryTokens.read(Paragraphs([text]), segments: seg)
            for (s, sentence) in seg.sentences.enumerated() {
                let got = EndingClassifier.isDecision(tokens.tokens[tokens.bySentence[s]], sentence.span)
                if got { decided += 1 }
                #expect(got == Self.referenceIsDecision(sentence.text), "\(sentence.text.debugDescription)")
            }
        }
        #expect(decided > 1000)
    }

    @Test func personalWordsAreInTheVocabulary() {
        for w in EndingClassifier.personal { #expect(Vocabulary.id(w) >= 0, "\(w)") }
    }

    @Test func shortSentencesAgree() {
        for text in Self.storySentences + Self.samples(4000, seed: 12) {
            #expect(SummaryPicker.isShort(TextSpan(text)) == (text.count < 12), "\(text.debugDescription)")
        }
    }

    /// The structure's words, scalar by scalar, as the reference: letters and digits with
    /// inner apostrophes (a run of two or more apostrophes joins nothing: it is read as spaces,
    /// which keeps every offset), lower-cased, with their capital, shout, quote and position.
    static func reference(_ text: String, quotes: [Range<Int>]) -> [(String, Bool, Bool, Bool, Int)] {
        let text = text.replacing(/['’]{2,}/) { String(repeating: " ", count: $0.output.utf16.count) }
        var out: [(String, Bool, Bool, Bool, Int)] = []
        var word: [UInt8] = [], start = 0, offset = 0
        var hasUpper = false, hasLower = false, ascii = true, capital = false
        func flush() {
            while word.last == 0x27 { word.removeLast() }
            if !word.isEmpty {
                var lower = String(decoding: word, as: UTF8.self)
                if !ascii { lower = lower.lowercased() }
                out.append((lower, capital, word.count > 1 && hasUpper && !hasLower, quotes.contains { $0.contains(start) }, out.count))
            }
            word.removeAll(); hasUpper = false; hasLower = false; ascii = true; capital = false
        }
        for sc in text.unicodeScalars {
            let v = sc.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 0x41 && b <= 0x5A {
                    if word.isEmpty { start = offset; capital = true }
                    hasUpper = true
                    word.append(b + 0x20)
                } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    if word.isEmpty { start = offset }
                    if b >= 0x61 { hasLower = true }
                    word.append(b)
                } else if b == 0x27 && !word.isEmpty {
                    word.append(b)
                } else if !word.isEmpty {
                    flush()
                }
            } else if v == 0x2019 {
                if !word.isEmpty { word.append(0x27) }
            } else if sc.properties.isAlphabetic {
                if word.isEmpty { start = offset; capital = sc.properties.isUppercase }
                ascii = false
                if sc.properties.isUppercase { hasUpper = true } else if sc.properties.isLowercase { hasLower = true }
                word.append(contentsOf: sc.utf8)
            } else if !word.isEmpty {
                flush()
            }
            offset += v > 0xFFFF ? 2 : 1
        }
        flush()
        return out
    }

    /// The word view of the token layer (`StoryTokens`) reads each sentence as the scalar
    /// reference does.
    @Test func wordViewMatchesTheScalarReference() {
        for text in Self.storySentences + Self.samples(4000, seed: 14) {
            let seg = Segmenter.segment(Paragraphs([text]))
            let view = StoryTokens.read(Paragraphs([text]), segments: seg)
            let quotes = seg.quotes.map(\.range)
            for (s, sentence) in seg.sentences.enumerated() {
                let got = view.tokens[view.bySentence[s]].map { ($0.text, $0.capitalized, $0.shouted, $0.quoted, $0.position) }
                let base = sentence.range.lowerBound
                let want = Self.reference(sentence.text, quotes: quotes.map { ($0.lowerBound - base)..<($0.upperBound - base) })
                #expect(got.count == want.count, "\(sentence.text.debugDescription): \(got.map(\.0)) vs \(want.map(\.0))")
                for (g, w) in zip(got, want) {
                    #expect(g.0 == w.0 && g.1 == w.1 && g.2 == w.2 && g.3 == w.3 && g.4 == w.4, "\(sentence.text.debugDescription): \(g) vs \(w)")
                }
            }
        }
    }
}

/// The lexicon is parsed by bytes; the `Character` parse it replaced must give the same table.
@Suite struct VaderLexiconParseTests {
    static func reference(_ text: String) -> [String: Double] {
        var table: [String: Double] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let v = Double(fields[1]) else { continue }
            table[String(fields[0])] = v
        }
        return table
    }

    @Test func lexiconFileParsesAsBefore() throws {
        let url = Repo.root.appendingPathComponent("Sources/StoryKit/Resources/vader_lexicon.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let table = VaderLexicon.parse(text)
        #expect(table.count > 7000)
        #expect(table == Self.reference(text))
        #expect(VaderLexicon.shared == table)
    }

    @Test func awkwardLinesParseAsBefore() {
        for text in ["a\t1\r\nb\t2\n\nc\t-0.5\tx\ty\r", "é\t1\nx\u{301}\t2\n\t3\nnotab\nd\tinf\ne\t\n\u{2028}f\t4",
                     "g\t1\u{85}h\t2", "\r\n\r\n", "", "k\t1\u{0B}l\t2\u{0C}m\t3", "a\t1\na\t2", "w\t 1.5\nv\t1e2 \tq"] {
            #expect(VaderLexicon.parse(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
