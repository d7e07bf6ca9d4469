import Foundation
import Testing
@testable import StoryKit

/// Tokenizers look ASCII words up by their bytes; that must agree with `String` lookups.
@Suite struct VocabularyTests {
    @Test func noKeyBeyondASCIIEqualsAnASCIIWord() {
        // String equality is canonical equivalence: a key like "\u{212A}" (Kelvin) equals "K".
        let keys = Vocabulary.shared.words + Array(VaderLexicon.shared.keys)
        for k in keys where !k.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(!k.precomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }, "\(k)")
            #expect(!k.decomposedStringWithCanonicalMapping.utf8.allSatisfy { $0 < 0x80 }, "\(k)")
        }
    }

    @Test func byteTableFindsEveryASCIIWordAtItsNumber() {
        let v = Vocabulary.shared
        for (i, w) in v.words.enumerated() where w.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(v.bytes.index(of: Array(w.utf8)) == i, "\(w)")
        }
        for w in ["", "zzzqx", "goodx", "the the", "walked out"] { #expect(v.bytes.index(of: Array(w.utf8)) == nil) }
    }

    @Test func tokensCarryTheirWordsNumbers() {
        let docs = Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture)
        for doc in docs {
            for t in StoryTokens(doc.segments, paragraphCount: doc.paragraphs.count).tokens {
                #expect(t.id == Vocabulary.id(t.text), "\(t.text)")
                #expect(t.classes == (t.id >= 0 ? Vocabulary.shared.classes[Int(t.id)] : []))
            }
        }
    }
}
