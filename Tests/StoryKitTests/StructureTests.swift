import Testing
@testable import StoryKit

@Suite struct StructureTests {
    static let sampleIDs = StoryFixtures.sampleGold.map(\.id)

    private func check(_ doc: StoryDocument, _ gold: StoryFixtures.Gold) {
        let s = doc.structure
        #expect(s.ending.kind.rawValue == gold.ending, "\(gold.id): ending \(s.ending.kind.rawValue), cues \(s.ending.cues)")
        let wantDep = StoryFixtures.paragraph(startingWith: gold.departure, in: doc.paragraphs)
        let wantRet = StoryFixtures.paragraph(startingWith: gold.ret, in: doc.paragraphs)
        #expect(wantDep != nil && wantRet != nil, "\(gold.id): gold paragraphs not found")
        if let want = wantDep, let got = s.beat(.departure)?.first {
            #expect(abs(got - want) <= 1, "\(gold.id): departure at \(got), gold \(want)")
        } else { Issue.record("\(gold.id): no departure beat") }
        if let want = wantRet, let got = s.beat(.return)?.first {
            #expect(abs(got - want) <= 1, "\(gold.id): return at \(got), gold \(want)")
        } else { Issue.record("\(gold.id): no return beat") }
    }

    @Test(arguments: sampleIDs)
    func sampleMatchesGold(_ id: String) throws {
        let gold = StoryFixtures.sampleGold.first { $0.id == id }!
        check(try StoryFixtures.sample(id), gold)
    }

    @Test func fixturesExist() {
        #expect(StoryFixtures.fixtureIDs.count >= 7)
    }

    /// Blind fixtures (written by strangers to the rules) whose structure is still wrong, each
    /// for a reason of its own: a partner the cast does not find or takes for the narrator
    /// (f46 "Daniel ended us", f113 the partner named as the narrator); of the blind dialogue
    /// set (f212–f223): a fiancée who gives back the ring read as the mother's death, and a
    /// wedding planned with her as no decision (f219), a leaving by note found late (f220: "he
    /// said, “…,” and walked out" has a quotation between the partner and the verb). A known
    /// issue that stops happening fails the test, so a fix must take its story off this list
    /// (f217 left it when the emailed "I've met someone" became the leaving).
    static let knownMisses: Set<String> = [
        "f46_video_call_kenji", "f113_birthday_party",
        "f219_funeral_rain", "f220_folded_note",
    ]

    @Test(arguments: StoryFixtures.fixtureIDs)
    func fixtureMatchesGold(_ id: String) throws {
        let (doc, gold) = try StoryFixtures.fixture(id)
        if Self.knownMisses.contains(id) {
            withKnownIssue("\(id): a known miss of the blind fixtures") { checkWithEvidence(doc, gold, id) }
        } else {
            checkWithEvidence(doc, gold, id)
        }
    }

    private func checkWithEvidence(_ doc: StoryDocument, _ gold: StoryFixtures.Gold, _ id: String) {
        check(doc, gold)
        if let evidence = gold.evidence {
            // The deciding sentence is the gold evidence, or lies in the same paragraph.
            let want = StoryFixtures.paragraph(startingWith: evidence, in: doc.paragraphs)
                ?? doc.paragraphs.firstIndex { StoryFixtures.fold($0).contains(StoryFixtures.fold(evidence)) }.map { $0 + 1 }
            #expect(want != nil)
            if let want { #expect(abs(doc.structure.ending.paragraph - want) <= 1, "\(id): evidence ¶\(doc.structure.ending.paragraph), gold ¶\(want)") }
        }
    }

    @Test(arguments: sampleIDs + StoryFixtures.fixtureIDs)
    func beatsAreOrderedContiguousAndCoverEveryParagraph(_ id: String) throws {
        let doc = id.hasPrefix("f") ? try StoryFixtures.fixture(id).0 : try StoryFixtures.sample(id)
        let beats = doc.structure.beats
        #expect(beats.first?.first == 1)
        #expect(beats.last?.last == doc.paragraphs.count)
        // A story told from its return opens on it (after any setup): the rest is in order.
        let told = doc.structure.toldFromReturn
        if told { #expect(beats.first { $0.kind != .setup }?.kind == .return, "\(id): told from the return, but it does not open on it") }
        for (a, b) in zip(beats, beats.dropFirst()) {
            #expect(a.kind < b.kind || (told && a.kind == .return && b.kind == .departure), "\(id): \(a.kind) then \(b.kind)")
            #expect(b.first == a.last + 1, "\(id): gap or overlap between \(a.kind) and \(b.kind)")
        }
        for b in beats {
            #expect(b.first <= b.last)
            #expect(!b.summary.isEmpty)
            #expect(doc.paragraphs[(b.first - 1)...(b.last - 1)].contains { $0.contains(b.summary) }, "\(id): summary outside its beat")
        }
        let e = doc.structure.ending
        #expect(doc.segments.sentences.contains { $0.text == e.evidence && $0.paragraph == e.paragraph }, "\(id): evidence is not a sentence")
        #expect(!e.cues.isEmpty)
    }

    @Test func endingEvidenceOfGetOutIsTheShout() throws {
        let doc = try StoryFixtures.sample("003_3a1f6aefeb39fc85")
        #expect(doc.structure.ending.kind == .getOut)
        #expect(doc.structure.ending.paragraph == 45)
        #expect(["GET OUT", "COME BACK"].contains { doc.structure.ending.evidence.contains($0) })
        #expect(doc.structure.ending.cues.contains { $0.hasPrefix("get-out: \"get out\"") })
    }

    @Test func partnerGenderComesFromRoleNouns() {
        let doc = StoryDocument(id: "t", file: nil, text: "My wife, Dana, left in May.\nShe packed a bag and walked out.\nI cried.")
        let tokens = doc.tokens.words
        let partner = Partner.of(doc, tokens: tokens)
        #expect(partner.gender == .female)
        #expect(partner.names.contains("dana"))
    }

    @Test func lookBackIsNotADeparture() {
        let doc = StoryDocument(id: "t", file: nil, text: """
        We were happy once, in a small house by the river.
        One night he packed a bag and walked out.
        For months I cried every night and the bills piled up.
        Slowly things got better. I got a better job and learned to laugh again.
        Two years after he left, the doorbell rang. There he was, thinner and older.
        "I'm sorry," he said. "Please take me back."
        "Get out," I said. "Leave. Now."
        I closed the door on him and went back to my life.
        """)
        let s = doc.structure
        #expect(s.beat(.departure)?.first == 2)
        #expect(s.beat(.return)?.first == 5)
        #expect(s.ending.kind == .getOut)
        #expect(s.beats.map(\.kind) == [.setup, .departure, .struggle, .rebuilding, .return, .confrontation, .resolution])
    }
}
