import Testing
@testable import StoryKit

/// `WordTable`, the one hash table of the token layer (shared words, a story's words, the word
/// lists' ASCII words): it finds every word put in it, under its number, and nothing else.
@Suite struct WordTableTests {
    static func find(_ t: WordTable, _ s: String) -> Int32 {
        var s = s
        return s.withUTF8 { t.find($0) }
    }

    static func randomWord(_ rng: inout SystemRandomNumberGenerator) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-0123456789éß")
        return String((0..<Int.random(in: 1...24, using: &rng)).map { _ in letters.randomElement(using: &rng)! })
    }

    @Test func findsEveryWordOfTheLexiconAndNothingElse() {
        var words = Array(CastLexicon.classes.keys).sorted()
        words += CastCommonWords.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        words += ["extraordinarily-long-word", "counterrevolutionaries", "café", "naïve", "日本語", "x"]
        var table = WordTable(capacity: 8)
        var number: [String: Int32] = [:]
        for w in words where number[w] == nil { number[w] = table.insert(w) }
        #expect(table.count == number.count)
        for (w, n) in number {
            #expect(Self.find(table, w) == n, "\(w)")
            var s = w
            let bytes = s.withUTF8 { Array($0) }
            #expect(String(decoding: table.bytes[table.range(Int(n))], as: UTF8.self) == w)
            // The tokenizer's path: the key read with two loads, from a buffer with room after it.
            if bytes.count <= 15 {
                let padded = bytes + Array(repeating: 0x20, count: 16)
                let k = padded.withUnsafeBufferPointer { WordTable.key(loading: UnsafeBufferPointer(rebasing: $0[0..<bytes.count])) }
                #expect(k == bytes.withUnsafeBufferPointer { WordTable.key($0) })
                #expect(table.find(k.0, k.1, count: bytes.count, hash: WordTable.hash(k.0, k.1)) == n, "\(w)")
            }
        }
        // The process-wide tables are frozen copies: they answer alike.
        let frozen = table.frozen
        for (w, n) in number {
            var s = w
            #expect(s.withUTF8 { frozen.find($0) } == n, "\(w)")
        }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var w = Self.randomWord(&rng)
            #expect(Self.find(table, w) == (number[w] ?? -1), "\(w)")
            #expect(w.withUTF8 { frozen.find($0) } == (number[w] ?? -1), "\(w)")
        }
        // A prefix or an extension of a word is another word.
        for w in words.prefix(500) where w.count > 1 {
            #expect(Self.find(table, String(w.dropLast())) == (number[String(w.dropLast())] ?? -1))
            #expect(Self.find(table, w + "s") == (number[w + "s"] ?? -1))
        }
    }

    @Test func theListsClassesAreTheDictionarys() {
        for (w, c) in CastLexicon.classes where w.utf8.allSatisfy({ $0 < 0x80 }) {
            var s = w
            #expect(s.withUTF8 { CastLexicon.asciiClasses(of: $0, hash: WordTable.hash($0)) } == c, "\(w)")
        }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            var w = Self.randomWord(&rng)
            guard w.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let expected = CastLexicon.classes[w] ?? []
            #expect(w.withUTF8 { CastLexicon.asciiClasses(of: $0, hash: WordTable.hash($0)) } == expected, "\(w)")
        }
    }

    @Test func growsWithoutLosingAWord() {
        var table = WordTable(capacity: 1)
        var rng = SystemRandomNumberGenerator()
        var number: [String: Int32] = [:]
        for _ in 0..<30_000 {
            let w = Self.randomWord(&rng)
            let before = Self.find(table, w)
            let n = table.insert(w)
            #expect(before == (number[w] ?? -1))
            if let known = number[w] { #expect(n == known) } else { number[w] = n }
        }
        #expect(table.count == number.count)
        for (w, n) in number { #expect(Self.find(table, w) == n) }
    }
}
