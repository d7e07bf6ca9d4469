import Foundation
import Testing
@testable import StoryKit

/// Words are numbered by `String` lookups, which equate canonically equivalent spellings.
@Suite struct VocabularyTests {
    @Test func noKeyBeyondASCIIEqualsAnASCIIWord() {
        // String equality is canonical equivalence: a key like "\u{212A}" (Kelvin) equals "K".
        let keys = Vocabulary.shared.words + Array(VaderLexicon.shared.keys)
        for k in keys where !k.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(!k.precomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }, "\(k)")
            #expect(!k.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }, "\(k)")
        }
    }

    @Test func tokensCarryTheirWordsNumbers() {
        let docs = Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture)
        for doc in docs {
            for t in doc.tokens.words.tokens {
                #expect(t.id == Vocabulary.id(t.text), "\(t.text)")
                #expect(t.classes == (t.id >= 0 ? Vocabulary.shared.classes[Int(t.id)] : []))
            }
        }
    }
}

/// `RoleCueClass` bits answer what the lists' `contains` answers, for every word numbered.
@Suite struct RoleCueClassTests {
    @Test func bitsAreTheLists() {
        let v = Vocabulary.shared
        for (c, list) in RoleCueClass.lists {
            #expect(!list.isEmpty)
            for w in list { #expect(v.ids[w].map { v.roleCues[Int($0)].contains(c) } == true, "\(w)") }
            for (k, w) in v.words.enumerated() { #expect(v.roleCues[k].contains(c) == list.contains(w), "\(w)") }
        }
    }

    /// A number written in digits stays without a vocabulary number (cue patterns read `#` from
    /// that), so no list a bit stands for may hold one.
    @Test func noListHoldsADigitWord() {
        for (_, list) in RoleCueClass.lists {
            for w in list { #expect(w.first?.isNumber != true, "\(w)") }
        }
    }
}

/// What the word view reads of a word by its bytes: shouting and hyphens.
@Suite struct WordViewFactsTests {
    static func tokens(_ text: String) -> [Token] {
        let p = Paragraphs([text])
        return StoryTokens.read(p, segments: Segmenter.segment(p)).tokens
    }

    @Test func shoutingIsTwoCapitalsAndNoSmallLetter() {
        let t = Self.tokens("I said GET OUT, Ok? NAÏVE Naïve X OK2 ÉTÉ.")
        let shouted = Dictionary(t.map { ($0.text, $0.shouted) }, uniquingKeysWith: { a, _ in a })
        #expect(shouted["get"] == true && shouted["out"] == true && shouted["ok2"] == true)
        #expect(shouted["naïve"] == true && shouted["été"] == true)
        #expect(shouted["i"] == false && shouted["said"] == false && shouted["ok"] == false && shouted["x"] == false)
    }

    @Test func hyphenatedWordsAreReadAsTheirParts() {
        #expect(Self.tokens("a well-known x‐ray").map(\.text) == ["a", "well", "known", "x", "ray"])
    }
}
