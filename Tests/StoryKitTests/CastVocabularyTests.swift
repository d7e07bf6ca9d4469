import Testing
@testable import StoryKit

/// The shared words and a story's own words must number and describe words exactly as one
/// per-story table did: same string per id, same lowercase, same word lists.
@Suite struct CastVocabularyTests {
    private func id(_ v: inout CastVocabulary, _ s: String) -> Int32 {
        var s = s
        return s.withUTF8 { v.id(bytes: $0) }
    }

    @Test func sharedWordsAreSmallASCIIAndKnowTheirLowercase() {
        let shared = CastSharedWords.shared
        #expect(shared.count > 1000)
        for k in 0..<Int(shared.count) {
            let s = shared.strings[k]
            #expect(s.utf8.count <= 15 && s.utf8.allSatisfy { $0 < 0x80 }, "\(s)")
            let lower = shared.strings[Int(shared.entries[k].lower)]
            #expect(lower == String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self))
            let upper = s.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }
            #expect(shared.entries[k].classes == (upper ? [] : CastLexicon.classes[s] ?? []), "\(s)")
        }
        for b in UInt8(0)..<0x80 where !CastTokenizer.isAlnum(b) {
            #expect(shared.strings[Int(shared.punct[Int(b)])] == String(decoding: [b], as: UTF8.self))
        }
    }

    @Test func storyWordsFollowTheSharedOnes() {
        var v = CastVocabulary(capacity: 8)
        let the = id(&v, "the"), The = id(&v, "The")
        #expect(the < v.base && The < v.base)
        #expect(v.lowerID(The) == the)
        #expect(v.string(The) == "The" && v.classes(the).contains(.determiners))
        let odd = id(&v, "Zyzzogeton"), odd2 = id(&v, "Zyzzogeton")
        #expect(odd >= v.base && odd == odd2 && v.string(odd) == "Zyzzogeton")
        let low = v.lowerID(odd)
        #expect(v.string(low) == "zyzzogeton" && low >= v.base)
        let cafe1 = id(&v, "caf\u{E9}"), cafe2 = id(&v, "cafe\u{301}")
        #expect(cafe1 != cafe2 && v.canonical(cafe2) == cafe1 && v.canonical(cafe1) == cafe1)
        #expect(v.canonical(the) == the)
        #expect(v.count == Int(v.base) + 4)
        #expect(v.byteCount(the) == 3 && v.byteCount(cafe2) == 6)
        let slowly = id(&v, "slowly"), running = id(&v, "running"), ringing = id(&v, "RINGING")
        #expect(v.endsInLy(slowly) && v.endsInIng(running) && !v.endsInIng(ringing))
    }
}
