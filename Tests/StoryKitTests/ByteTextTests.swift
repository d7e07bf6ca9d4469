import Foundation
import Testing
@testable import StoryKit

/// The byte-level paths of cleaning give what the String and Foundation ones gave.
@Suite struct ByteTextTests {
    /// `ByteText.trimmed` is `trimmingCharacters(in:)` without the bridge to NSString.
    @Test func trimmingMatchesFoundation() {
        let pieces = [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\n", ":", ".", "!", "a", "Émile", "e\u{301}", "’", "😀", "\r\n", "x y"]
        var compared = 0
        for text in VaderReferenceTests.randomTexts(3000, seed: 31, pieces: pieces, maxPieces: 8) + ["", " ", "  a  ", "\u{A0}b\u{2003}"] {
            #expect(ByteText.trimmed(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(ByteText.trimmed(text, ascii: " :.!") == text.trimmingCharacters(in: CharacterSet(charactersIn: " :.!")), "\(text.debugDescription)")
            compared += 1
        }
        #expect(compared > 3000)
    }

    /// `needsTidying` reads eight bytes at a time; the byte-by-byte test is the reference.
    @Test func needsTidyingMatchesTheByteByByteTest() {
        func reference(_ b: [UInt8]) -> Bool {
            if b.first == 0x20 || b.last == 0x20 { return true }
            for i in b.indices {
                if b[i] < 0x20 || b[i] == 0x7F { return true }
                if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 || b[i + 1] < 0xA0 { return true }
                if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (0x8B...0x8F).contains(b[i + 2]) { return true }
                if b[i] == 0xEF, i + 2 < b.count, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return true }
            }
            return false
        }
        let pieces = ["a", "She left.", "abcdefgh", "\t", "\u{7F}", "\u{1}", "\u{A0}", "\u{85}", "\u{200B}", "\u{200F}", "\u{2019}",
                      "\u{FEFF}", "é", "😀", "~", "\u{C0}", "\u{2010}", "0123456789"]
        var flagged = 0
        for text in VaderReferenceTests.randomTexts(5000, seed: 41, pieces: pieces, maxPieces: 12) {
            // Trimmed too: a space at either end decides before the scan.
            for line in [text, text.trimmingCharacters(in: .init(charactersIn: " "))] {
                let bytes = Array(line.utf8)
                let fast = bytes.withUnsafeBufferPointer { ByteText.needsTidying($0) }
                #expect(fast == reference(bytes), "\(line.debugDescription)")
                if fast { flagged += 1 }
            }
        }
        #expect(flagged > 1000 && flagged < 9000)
    }

    /// `MojibakeRepair.mayHoldMojibake` skips eight bytes at a time; the byte-by-byte scan is
    /// the reference.
    @Test func mojibakeScanMatchesTheByteByByteScan() {
        func reference(_ u: [UInt8]) -> Bool {
            var i = 0
            while i + 2 < u.count {
                var next = -1
                if u[i] == 0xC3, (0x82...0xB4).contains(u[i + 1]) { next = i + 2 }
                else if u[i] == 0xE0, u[i + 1] == 0xB8 || u[i + 1] == 0xB9 { next = i + 3 }
                if next >= 0, next < u.count, [0xC2, 0xC5, 0xC6, 0xCB, 0xE2, 0xE0].contains(u[next]) { return true }
                i += 1
            }
            return false
        }
        let pieces = ["a", "abcdefgh", "Ã", "Ã©", "â€™", "Ã¢â‚¬", "Â", "Å“", "é", "’", "ภ", "เธ", "เธ\u{2019}", "Ë", "Café", "x"]
        var found = 0
        for text in VaderReferenceTests.randomTexts(5000, seed: 43, pieces: pieces, maxPieces: 12) {
            let fast = MojibakeRepair.mayHoldMojibake(text)
            #expect(fast == reference(Array(text.utf8)), "\(text.debugDescription)")
            if fast { found += 1 }
        }
        #expect(found > 500 && found < 4500)
    }

    /// `ByteText.split` is `split(separator:)` on a Character, bytes or not.
    @Test func splittingMatchesCharacters() {
        let pieces = [" ", ";", "|", "a", "’", "e\u{301}", ";\u{301}", " \u{308}", "\r\n", "😀", "\u{200D}", "ab|cd", "x;y"]
        for text in VaderReferenceTests.randomTexts(3000, seed: 37, pieces: pieces, maxPieces: 8) + ["", ";", ";;", " a "] {
            for (byte, c) in [(UInt8(0x20), Character(" ")), (0x3B, ";"), (0x7C, "|")] {
                for omit in [true, false] {
                    #expect(ByteText.split(text, on: byte, omittingEmpty: omit) == text.split(separator: c, omittingEmptySubsequences: omit),
                            "\(text.debugDescription) on \(c)")
                }
            }
        }
    }

    func tidied(_ s: String) -> (String, Int) {
        var out: [UInt8] = []
        var repairs = Repairs()
        ByteText.withBytes(s) { Cleaner.tidy($0, into: &out, repairs: &repairs) }
        return (String(decoding: out, as: UTF8.self), repairs.controls)
    }

    @Test func tidyDropsControlsAndKeepsTabsAsSpaces() {
        #expect(tidied("a\u{0}b\u{7}c\u{7F}d\u{85}e\u{9F}f") == ("abcdef", 5))
        #expect(tidied("a\tb") == ("a b", 0))
    }

    @Test func tidyTurnsNoBreakSpacesIntoSpacesAndDropsZeroWidthOnes() {
        #expect(tidied("a\u{A0}b") == ("a b", 0))
        #expect(tidied("\u{FEFF}a\u{200B}b\u{200E}c\u{200F}") == ("abc", 4))
        // Joiners are not debris: they hold emoji together.
        #expect(tidied("a\u{200D}b") == ("a\u{200D}b", 0))
    }

    @Test func tidyTrimsUnicodeSpacesAtTheEndsOnly() {
        #expect(tidied("\u{3000} \u{2003}a\u{2003}b \u{1680}\u{202F}") == ("a\u{2003}b", 0))
        #expect(tidied("\u{A0}\t x \u{A0}") == ("x", 0))
        // Trimming goes scalar by scalar, as Foundation's does: a mark after a space stops it.
        #expect(tidied("a \u{301}") == ("a \u{301}", 0))
        #expect(ByteText.withBytes("  \u{205F}", ByteText.trimmedBounds).isEmpty)
    }

    @Test func lineEndsBecomeNewlines() {
        #expect(Cleaner.joiningLineEnds("a\r\nb\rc\n\rd") == "a\nb\nc\n\nd")
        // Foundation kept a carriage return that a combining mark clings to; so does this.
        #expect(Cleaner.joiningLineEnds("a\r\u{301}b\r\nc") == "a\r\u{301}b\nc")
        let clean = Cleaner().clean("One line.\r\nTwo lines.\rThree.")
        #expect(clean.paragraphs == ["One line.", "Two lines.", "Three."])
        #expect(clean.repairs.lineEnds == 2)
    }

    @Test func sharePleaGoesWithTheQuestionBesideIt() {
        let clean = Cleaner().clean("It was over. Know someone like this? Share this story with your friends. We moved on.")
        // The spaces around the sentences taken out stay, as they always have.
        #expect(clean.paragraphs == ["It was over.   We moved on."])
        #expect(clean.removed.map(\.text) == ["Share this story with your friends.", "Know someone like this?"])
        #expect(clean.removed.allSatisfy { $0.reason == .callToShare && $0.line == 1 })
        #expect(clean.wordCount == 6)
    }

    @Test(arguments: [
        "share this story with your friends", "if you liked this post, share it", "please like and share",
        "like and share!", "follow us for this story", "shared this story", "sharethis story", "share_this story",
        "if only. share it", "do you share? comment below", "don't forget to share this", "dont forget: follow this post",
        "if this story— share it… ", "if 🙂 share this story", "like this storyteller", "tell us in the comments, share",
    ])
    func sharePleaBytesMatchTheExpressions(_ s: String) {
        #expect(ByteText.withBytes(s, SharePlea.matches) == NoiseRulesReference.isCallToShare(s))
    }

    @Test func mojibakeIsRepairedWhileCleaning() {
        let clean = Cleaner().clean("It didnâ€™t matter.\nyouโ€™d see")
        #expect(clean.paragraphs == ["It didn’t matter.", "you’d see"])
        #expect(clean.repairs.mojibake == 2)
    }

    @Test func linesBeyondASCIIAreReadLikeASCII() {
        let rules = NoiseRules()
        #expect(rules.classifyLine("Like this") == .chrome)
        #expect(rules.classifyLine("12 Readers Liked This") == .chrome)
        #expect(rules.classifyLine("12 readers liked “this”") == nil)
        #expect(rules.classifyLine("€300 Raised For Élan’s Fund") == .chrome)
        #expect(rules.classifyLine("£20 Ça Va") == .chrome)
        #expect(rules.classifyLine("Lost it all | Source: Pexels") == .caption)
        #expect(rules.classifyLine("José at the lake | Photo: Ana Núñez") == .caption)
        #expect(rules.classifyLine("\u{A0}Advertisement\u{2003}") == .chrome)
        #expect(rules.callsToShare(in: "Si te gustó, share this story with your friends — ¡gracias!").isEmpty)
        #expect(rules.callsToShare(in: "Please share this story, José.").count == 1)
        #expect(rules.callsToShare(in: "Please shareé this story.").isEmpty)
    }

    /// Everything `isPlain` relies on, checked for every inert scalar against the standard
    /// library, Foundation and the regular expression engine.
    @Test func inertScalarsAreInert() throws {
        let word = try NSRegularExpression(pattern: #"\w"#)
        for v in UInt32(0x2000)...0x1FAFF where ByteText.isInert(v) {
            let s = String(Unicode.Scalar(v)!), c = Character(s)
            #expect(s.lowercased() == s && s.uppercased() == s, "case of \(v)")
            #expect(!c.isNumber && !c.isLetter && !c.isWhitespace, "kind of \(v)")
            #expect(s.trimmingCharacters(in: .whitespaces) == s, "space \(v)")
            #expect(("a" + s + " " + s + s).count == 5, "grapheme \(v)")
            #expect(word.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) == nil, "word \(v)")
        }
    }
}
