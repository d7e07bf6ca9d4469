import Foundation
import Testing
@testable import StoryKit

/// The remix reads the token layer (`TextPieces.swift`): its pieces are the tokenizer's tokens
/// cut at their joiners, and they are what the remix's own character tokenizer made before.
@Suite struct TextPiecesTests {
    /// The remix's tokenizer before it read the token layer, kept as the reference: a run of
    /// letters and digits (by `Character`) is a word, any other character but white space a mark.
    static func reference(_ s: String) -> [(text: String, isWord: Bool, start: Int)] {
        var out: [(String, Bool, Int)] = []
        var i = s.startIndex
        func at(_ k: String.Index) -> Int { s.utf8.distance(from: s.startIndex, to: k) }
        while i < s.endIndex {
            let c = s[i]
            if c.isLetter || c.isNumber {
                var j = s.index(after: i)
                while j < s.endIndex, s[j].isLetter || s[j].isNumber { j = s.index(after: j) }
                out.append((String(s[i..<j]), true, at(i)))
                i = j
            } else {
                let j = s.index(after: i)
                if !c.isWhitespace { out.append((String(c), false, at(i))) }
                i = j
            }
        }
        return out
    }

    static func view(_ s: String) -> [(text: String, isWord: Bool, start: Int)] {
        TextRewriter.tokenize(s).map { ($0.text, $0.isWord, s.utf8.distance(from: s.startIndex, to: $0.range.lowerBound)) }
    }

    static func same(_ s: String) -> Bool {
        let a = reference(s), b = view(s)
        return a.count == b.count && zip(a, b).allSatisfy { $0.text == $1.text && $0.isWord == $1.isWord && $0.start == $1.start }
    }

    static var stories: [StoryDocument] { Repo.sampleIDs.map { Repo.sample($0) } + Repo.fixtureIDs.map { Repo.fixture($0) } }

    @Test func piecesAreTheReferenceOnEveryParagraph() {
        for d in Self.stories {
            for p in d.paragraphs { #expect(Self.same(p), "\(d.id): \(p.prefix(80))") }
        }
    }

    @Test func piecesAreTheReferenceOnRandomText() {
        // Letters, digits, joiners, quotes, dashes, accents written as two scalars, emoji with
        // a variation selector or a skin tone, white space of several kinds.
        let alphabet: [String] = ["a", "b", "e", "Z", "s", "t", "I", "7", "0", "é", "e\u{301}", "\u{301}", "ß", "Ł", "日", "’", "'", "-", "\u{2010}",
                                  "—", "“", "”", "\"", ".", ",", "!", "?", "…", "(", ")", " ", " ", " ", "\u{A0}", "\t", "\u{2009}",
                                  "❤\u{FE0F}", "👍🏽", "😀", "🇫🇷", "#", "@", "&"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let n = Int.random(in: 1...40, using: &rng)
            let s = (0..<n).map { _ in alphabet.randomElement(using: &rng)! }.joined()
            #expect(Self.same(s), "\(s.debugDescription)")
        }
    }

    /// Where the two differ on purpose: a digit or fraction outside ASCII is a mark, as the
    /// token layer reads it, where `Character.isNumber` made it a word.
    @Test func aNumberOutsideASCIIIsAMark() {
        #expect(Self.view("1½ years").map(\.text) == ["1", "½", "years"])
        #expect(Self.view("1½ years").map(\.isWord) == [true, false, true])
    }

    @Test func possessivesAndHyphensAreCut() {
        #expect(Self.view("Colin’s ex-husband, James’ car").map(\.text) == ["Colin", "’", "s", "ex", "-", "husband", ",", "James", "’", "car"])
        #expect(TextRewriter.words("he's Mary-Jo") == ["he", "s", "Mary", "Jo"])
    }

    /// The donor's sentences are read from the document's tokens; they must cut as the text does.
    @Test func sentencePiecesFromTheDocumentEqualThePiecesOfTheirText() {
        for d in Self.stories {
            let t = d.tokens
            for p in d.paragraphs.indices {
                let cast = t.cast.filter { $0.para == p }
                for s in d.segments.sentences(inParagraph: p) {
                    let mine = cast.filter { s.range.contains($0.start) }
                    let fromDoc = TextRewriter.pieces(of: s.text, mine[...], vocab: t.vocabulary, at: s.range.lowerBound)
                    let fresh = TextRewriter.tokenize(s.text)
                    #expect(fromDoc.map(\.text) == fresh.map(\.text) && fromDoc.map(\.range) == fresh.map(\.range), "\(d.id) ¶\(p + 1): \(s.text)")
                }
            }
        }
    }

    /// Reading the donor's tokens leaves its layers as they were.
    @Test func aSpliceLeavesTheDonorsTokenLayerAsItWas() throws {
        let r = Repo.sample("002"), d = Repo.sample("003")
        _ = d.arc
        d.releaseTokens()
        #expect(!d.computedLayers.contains("tokens"))
        _ = try Splicer(library: RemixExportTests.library, force: true).splice(r, ending: .getOut, donor: d)
        #expect(!d.computedLayers.contains("tokens"))
    }

    // MARK: Recorded splices

    static let recorded = Repo.fixtures.appendingPathComponent("remix/recorded-splices.txt")

    /// Every sample closed with every other sample's ending (forced), as text and drops.
    static func splices() -> String {
        let docs = Repo.sampleIDs.map { Repo.sample($0) }
        let splicer = Splicer(library: RemixExportTests.library, force: true)
        var out = ""
        for r in docs {
            for d in docs where d.id != r.id {
                out += "== \(r.id) + ending of \(d.id)\n"
                do {
                    let s = try splicer.splice(r, ending: nil, donor: d)
                    out += s.paragraphs[s.kept.upperBound...].joined(separator: "\n") + "\n"
                    for drop in s.report.drops { out += "drop: \(drop.description)\n" }
                    for rw in s.report.rewrites { out += "rewrite: \(rw.description)\n" }
                } catch {
                    out += "error: \(error)\n"
                }
            }
        }
        return out
    }

    /// The rewriter's results on the samples equal those recorded before it read the token
    /// layer. After a change to the analysis rules that moves them, re-record:
    /// `STORYSHELL_RECORD=1 swift test --filter TextPiecesTests`, and read the diff.
    @Test func theRewriterMakesTheRecordedSplices() throws {
        let now = Self.splices()
        if ProcessInfo.processInfo.environment["STORYSHELL_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.recorded.deletingLastPathComponent(), withIntermediateDirectories: true)
            try now.write(to: Self.recorded, atomically: true, encoding: .utf8)
        }
        let then = try String(contentsOf: Self.recorded, encoding: .utf8)
        #expect(now == then)
    }
}
