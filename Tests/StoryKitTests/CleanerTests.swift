import Foundation
import Testing
@testable import StoryKit

@Suite struct MojibakeTests {
    @Test func repairsWindows874() {
        let (fixed, n) = MojibakeRepair.repair("youโ€™d see โ€œworkโ€ and everythingโ€”a home")
        #expect(fixed == "you’d see “work” and everything—a home")
        #expect(n == 4)
    }

    @Test func repairsLatin1() {
        #expect(MojibakeRepair.repair("It didnâ€™t matter. CafÃ©").text == "It didn’t matter. Café")
    }

    @Test(arguments: ["café—au lait", "He said “hi” — and left…", "naïve résumé", "สวัสดีครับ", "Ça va? Œuvre ™", "Ã la carte"])
    func leavesCorrectTextAlone(_ s: String) {
        #expect(MojibakeRepair.repair(s).text == s)
    }
}

@Suite struct CleanerTests {
    /// Every gold noise line is gone, every other source line survives, the title is right,
    /// and no mojibake is left: on each sample and each fixture.
    @Test(arguments: Repo.sampleIDs + Repo.fixtureIDs)
    func cleansLikeTheGold(_ id: String) throws {
        let doc = id.hasPrefix("f") ? Repo.fixture(id) : Repo.sample(id)
        let gold = Repo.gold(id)
        let clean = doc.clean
        let joined = clean.paragraphs.map(fold).joined(separator: " ")
        let noise = gold["noise_lines"] as? [String] ?? []
        for line in noise {
            // A line of a letter or two ("X" of a share row) is looked for as a paragraph.
            if fold(line).count < 3 {
                #expect(!clean.paragraphs.contains { fold($0) == fold(line) }, "noise kept: \(line)")
            } else {
                #expect(!joined.contains(fold(line)), "noise kept: \(line)")
            }
            #expect(clean.removed.contains { fold($0.text) == fold(line) || fold(line).hasPrefix(fold($0.text)) }, "not recorded: \(line)")
        }
        let droppable = (noise + (gold["optional_noise_lines"] as? [String] ?? [])).map(fold)
        let title = fold(gold["title"] as? String ?? "")
        let repaired = MojibakeRepair.repair(doc.raw).text
        for line in repaired.split(separator: "\n").map(String.init) where !fold(line).isEmpty {
            let f = fold(line)
            if droppable.contains(where: { f.hasPrefix($0) || $0.hasPrefix(f) }) || f == title { continue }
            #expect(joined.contains(f), "story line lost: \(line.prefix(60))")
        }
        #expect(fold(clean.title ?? "") == title)
        let text = clean.paragraphs.joined(separator: "\n")
        #expect(!text.contains("โ€") && !text.contains("â€"))
    }

    @Test func recordsEveryCaptionOf003() {
        let removed = Repo.sample("003").clean.removed
        #expect(removed.filter { $0.reason == .caption }.count == 18)
        #expect(removed.allSatisfy { $0.reason == .caption })
    }

    @Test func siteChromeOf004() {
        let removed = Repo.sample("004").clean.removed
        #expect(removed.count == 7)
        #expect(removed.map(\.reason).allSatisfy { $0 == .chrome })
        #expect(Repo.sample("004").title?.hasPrefix("My Husband Left Me") == true)
    }

    @Test func shareCallKeepsTheRestOfItsLine() {
        let last = Repo.sample("000").paragraphs.last!
        #expect(last.hasPrefix("Sometimes, it’s in the second chances"))
        #expect(Repo.sample("000").clean.removed.map(\.reason) == [.callToShare])
    }

    @Test func noTitleWhenTheFirstLineIsProse() {
        #expect(Repo.sample("001").title == nil)
        #expect(Repo.sample("001").paragraphs.first!.hasPrefix("My husband walked out"))
    }

    @Test func lineEndsAndInvisibles() {
        let clean = Cleaner().clean("TITLE HERE\r\n\r\nFirst line.\rSecond\u{200B} line.\u{0007}\r\n")
        #expect(clean.title == "TITLE HERE")
        #expect(clean.paragraphs == ["First line.", "Second line."])
        #expect(clean.repairs.lineEnds == 4)
        #expect(clean.repairs.controls == 2)
    }

    @Test func counterLinesAreChromeButNumbersInProseAreNot() {
        let rules = NoiseRules()
        #expect(rules.classifyLine("23,761 Meals Donated") == .chrome)
        #expect(rules.classifyLine("$7,059 Funded For Service Dogs") == .chrome)
        #expect(rules.classifyLine("3 years later, he called.") == nil)
        #expect(rules.classifyLine("Three years later") == nil)
        #expect(rules.classifyLine("Photo: Getty Images") == .caption)
    }
}

@Suite struct SegmenterTests {
    @Test func sentencesRespectQuotesAndAbbreviations() {
        let seg = Segmenter.segment(["“Hello?” I answered, my voice quiet. Mr. Smith left. Then he came back!"])
        #expect(seg.sentences.map(\.text) == ["“Hello?” I answered, my voice quiet.", "Mr. Smith left.", "Then he came back!"])
    }

    @Test func quotesPairCurlyAndStraightMarks() {
        let seg = Segmenter.segment(["“I need space,” he said. \"Fine,\" I said. He didn't care."])
        #expect(seg.quotes.map(\.text) == ["I need space,", "Fine,"])
    }

    @Test func unclosedQuoteRunsToTheEnd() {
        let seg = Segmenter.segment(["“It’s not nothing. That’s a baby."])
        #expect(seg.quotes.count == 1)
        #expect(seg.quotes[0].unclosed)
    }
}

@Suite struct CorpusTests {
    @Test func referencesResolveByIDPrefixAndIndex() throws {
        let corpus = Corpus(Repo.sampleIDs.map { Repo.sample($0) })
        #expect(try corpus.resolve("002_b1ee88bcdbdb1831").get().id == "002_b1ee88bcdbdb1831")
        #expect(try corpus.resolve("003").get().id.hasPrefix("003"))
        #expect(try corpus.resolve("1").get().id.hasPrefix("000"))
        guard case .failure(.ambiguous(_, let candidates)) = corpus.resolve("00") else { Issue.record("00 should be ambiguous"); return }
        #expect(candidates.count == 5)
        guard case .failure(.unknown) = corpus.resolve("9") else { Issue.record("9 should be unknown"); return }
    }

    @Test func retellingOf001Is004AndNothingElse() {
        let docs = Repo.sampleIDs.map { Repo.sample($0) }
        let variants = RetellingDetector().variants(of: docs)
        #expect(variants == ["004_566b912faf19f620": "001_85b50639a9e9b07c"])
    }

    @Test func fixturesAreNotRetellingsOfTheSamples() {
        let docs = Repo.sampleIDs.map { Repo.sample($0) } + Repo.fixtureIDs.map { Repo.fixture($0) }
        #expect(RetellingDetector().variants(of: docs).count == 1)
    }
}
