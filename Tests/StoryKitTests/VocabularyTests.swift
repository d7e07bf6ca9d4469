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
