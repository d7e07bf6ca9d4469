import Foundation
import Testing
import ShellKit
@testable import StoryKit

/// Issue 15 on fixture stories of our own words (Fixtures/remix): r1 has twins, a café return and
/// straight quotes; d1 has one daughter, a return at the door, curly quotes, a question about a
/// stranger and "for him, for her".
@Suite struct RemixSelfCheckTests {
    static let fixtures = Harness.root.appendingPathComponent("Tests/ShellKitTests/Fixtures/remix").path
    static let endings = Harness.root.appendingPathComponent("samples/endings").path

    func harness() throws -> Harness {
        let h = Harness(paths: [Self.fixtures])
        h.session.endingLibrary = try EndingLibrary(folder: Self.endings)
        return h
    }

    func ending(_ h: Harness, _ id: String) throws -> String {
        let doc = try h.session.story(id)
        return doc.paragraphs[(doc.origin!.seam! - 1)...].joined(separator: "\n")
    }

    @Test func fromDonorGetsTheFitCheckAndForceProceedsWithANote() throws {
        let h = try harness()
        h.run("splice r1 --ending forgive --from d1")
        #expect(h.err.last?.contains("d1 does not fit r1: its return is at home") == true, "\(h.err)")
        #expect(h.err.last?.contains("--force") == true)
        #expect((try? h.session.story("r1+forgive")) == nil)
        let out = h.run("splice r1 --ending forgive --from d1 --force")
        #expect(out.contains("note: used d1 although it does not fit (--force)"))
        // The place words of d1's door scene are flagged after r1's café.
        #expect(out.contains("place: “doorway” does not fit a return out"))
    }

    @Test func pluralTwinsAgreeAndAreNamed() throws {
        let h = try harness()
        h.run("splice r1 --ending forgive --from d1 --force")
        let text = try ending(h, "r1+forgive")
        #expect(text.contains("Emma and Grace laugh when they see him"))
        #expect(text.contains("Emma and Grace showed him their drawings"))
        #expect(!text.contains("Lily"))
        for wrong in ["laughs", "they sees", "twins’s", "they has"] { #expect(!text.contains(wrong), "\(wrong)") }
        // "for him, for her" keeps two referents apart.
        #expect(text.contains("for him, for them"))
    }

    @Test func aDroppedQuestionTakesItsAnswer() throws {
        let h = try harness()
        h.json = true
        let line = h.run("splice r1 --ending forgive --from d1 --force")
        let j = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let drops = j["drops"] as! [[String: Any]]
        #expect(drops.contains { ($0["reason"] as! String).contains("Priya") })
        #expect(drops.contains { ($0["reason"] as! String).contains("answers a question that was dropped") })
        #expect(!(try ending(h, "r1+forgive")).contains("Yes, sometimes"))
        // Warnings are part of the JSON too.
        #expect((j["warnings"] as! [[String: Any]]).contains { $0["kind"] as? String == "place" })
    }

    @Test func quoteStyleFollowsTheRecipient() throws {
        let h = try harness()
        h.run("splice r1 --ending forgive --from d1 --force")
        let doc = try h.session.story("r1+forgive")
        #expect(!QuoteStyle.isMixed(doc.paragraphs.joined(separator: "\n")))
        #expect(!doc.paragraphs.joined().contains("“"))
    }

    @Test func exportRepeatsTheWarnings() throws {
        let h = try harness()
        h.run("splice r1 --ending forgive --from d1 --force")
        let dir = temporaryFolder()
        let out = h.run("export r1+forgive \(dir)/remix.md")
        #expect(out.contains("warnings from splice:"), "\(out)")
        #expect(out.contains("place: “doorway” does not fit a return out"))
        h.json = true
        let j = try JSONSerialization.jsonObject(with: Data(h.run("export r1+forgive \(dir)/remix.twee").utf8)) as! [String: Any]
        #expect((j["warnings"] as? String)?.contains("doorway") == true)
    }

    @Test func strictMakesAWarningAnError() throws {
        let h = try harness()
        h.run("splice r1 --ending forgive --from d1 --force --strict")
        #expect(h.err.last?.contains("--strict and") == true, "\(h.err)")
        #expect((try? h.session.story("r1+forgive")) == nil)
    }

    @Test func automaticChoiceFitsTheCafeAndHasNoWarnings() throws {
        let h = try harness()
        for kind in ["forgive", "get-out", "moved-on"] {
            h.json = true
            let j = try JSONSerialization.jsonObject(with: Data(h.run("splice r1 --ending \(kind)").utf8)) as! [String: Any]
            h.json = false
            #expect((j["warnings"] as! [Any]).isEmpty, "\(kind): \(j["warnings"]!)")
            let doc = try h.session.story("r1+\(kind)")
            #expect(doc.paragraphs.count - doc.origin!.seam! + 1 >= 3)
            let text = try ending(h, "r1+\(kind)")
            for home in ["porch", "doorway", "living room"] { #expect(!text.contains(home), "\(kind): \(home)") }
        }
    }

    @Test func mapNamesADonorCharacter() throws {
        let h = try harness()
        h.run("splice r1 --ending forgive --from d1 --force --map 'Lily=Grace' --as mapped")
        let text = try ending(h, "mapped")
        #expect(text.contains("Grace"))
        #expect(!text.contains("Lily"))
        #expect(!text.contains("Emma and Grace"))
        h.run("splice r1 --ending forgive --from d1 --force --map 'Lily'")
        #expect(h.err.last?.contains("--map takes 'DONOR NAME=RECIPIENT NAME'") == true)
    }

    @Test func asRefusesNamesOfStories() throws {
        let h = try harness()
        for name in ["r1_cafe_twins", "r1", "1", "7", "d", "r"] {
            h.run("splice r1 --ending get-out --as \(name)")
            #expect(h.err.last?.contains("--as \(name)") == true, "\(name): \(h.err)")
        }
        #expect(h.session.corpus.count == 5)
    }

    @Test func titleRenameDropAndSeam() throws {
        let h = try harness()
        h.run("splice r1 --ending get-out --title 'The Café Door'")
        let doc = try h.session.story("r1+get-out")
        #expect(doc.title == "The Café Door")
        #expect(h.run("stories").contains("The Café Door"))
        let shown = h.run("show r1+get-out")
        #expect(shown.contains("The Café Door"))
        #expect(shown.contains("the remix’s ending begins here"))
        #expect(shown.contains("▸\(doc.origin!.seam!)"))
        #expect(StoryExport.markdown(doc).contains("*The remix’s ending begins here (¶\(doc.origin!.seam!)).*"))
        #expect(StoryHTML.text(doc).contains("class=\"seam\""))
        #expect(h.run("remix rename r1+get-out cafe-door").contains("renamed r1+get-out to cafe-door"))
        #expect(try h.session.story("cafe-door").title == "The Café Door")
        h.run("remix rename cafe-door r1")
        #expect(h.err.last?.contains("already names") == true, "\(h.err)")
        h.run("remix drop r1")
        #expect(h.err.last?.contains("is a loaded story") == true)
        #expect(h.run("remix drop cafe-door").contains("dropped cafe-door"))
        #expect(h.session.corpus.count == 5)
    }
    @Test func pronounsResolveAndTwoReferentsStayApart() throws {
        // r2 has one son and a return at the door, so d1 fits without --force.
        let h = try harness()
        h.json = true
        let j = try JSONSerialization.jsonObject(with: Data(h.run("splice r2 --ending forgive --from d1").utf8)) as! [String: Any]
        h.json = false
        #expect(h.err.isEmpty, "\(h.err)")
        #expect((j["warnings"] as! [Any]).isEmpty)
        // "he" with only one man near is resolved: nothing dropped for an unclear pronoun.
        let drops = j["drops"] as! [[String: Any]]
        #expect(!drops.contains { ($0["reason"] as! String).contains("cannot tell whom") }, "\(drops)")
        let text = try ending(h, "r2+forgive")
        #expect(text.contains("Was I doing this for him, for Noah, or for me?"))
        #expect(text.contains("He was looking at Noah, too, where he sat on the stairs."))
        #expect(text.contains("Noah laughs when he sees him now"))
        #expect(!text.contains("for him, for him") && !text.contains("looking at him"))
    }

    @Test func aDonorOfTheOtherSexReadsAsTheRecipients() throws {
        // d2: a wife leaves a father and one daughter; r1: a husband leaves a mother and twins. Both return in a café.
        let h = try harness()
        let out = h.run("splice r1 --ending moved-on --from d2")
        #expect(h.err.isEmpty, "\(h.err)")
        #expect(out.contains("self-check: no warnings"))
        let text = try ending(h, "r1+moved-on")
        #expect(text.contains("the man who had walked out on us"))
        #expect(text.contains("Mom?\" they asked"))
        #expect(text.contains("wished him well"))
        #expect(text.contains("Life had gone on without him."))
        #expect(text.contains("Emma and Grace and I went to the park. They climbed"))
        for gone in ["Rachel", "Sophie", "Dad", " she ", " her "] { #expect(!text.contains(gone), "\(gone)") }
    }

    @Test func remixCommandHasHelpAndTab() throws {
        let h = try harness()
        #expect(Completer().complete("remix ", cursor: 6, in: h.session).candidates == ["rename", "drop"])
        #expect(Completer().complete("remix re", cursor: 8, in: h.session).candidates == ["rename"])
        h.run("splice r1 --ending get-out")
        #expect(Completer().complete("remix drop r1+", cursor: 14, in: h.session).candidates == ["r1+get-out"])
        #expect(Completer().complete("splice r1 --st", cursor: 14, in: h.session).candidates == ["--strict"])
        let help = h.run("help remix")
        #expect(help.contains("remix rename 002+get-out porch-scene"))
        #expect(h.run("help").contains("remix"))
        h.run("remix bogus r1+get-out")
        #expect(h.err.last == "remix: unknown action 'bogus'; use rename or drop")
    }

    @Test func aBuiltInEndingByNameGetsTheSameChecks() throws {
        let h = try harness()
        h.run("splice r1 --from get-out-porch-light")
        #expect(h.err.last?.contains("get-out-porch-light does not fit r1: it is set at home, r1's return is out") == true, "\(h.err)")
        #expect(h.run("splice r1 --from get-out-porch-light --force").contains("note: used get-out-porch-light although it does not fit (--force)"))
        // An ending of one paragraph is refused; forced, the self-check says it is short.
        let file = temporaryFolder() + "/get-out-one-line.md"
        try "---\nkind: get-out\n---\n“Get out,” I said, and {he} went.\n".write(toFile: file, atomically: true, encoding: .utf8)
        h.run("load \(file)", "splice r2 --from get-out-one-line")
        #expect(h.err.last?.contains("it has 1 paragraph") == true, "\(h.err)")
        #expect(h.run("splice r2 --from get-out-one-line --force").contains("short-ending: the ending has 1 paragraph"))
    }

    @Test func aReplyToNoQuestionIsFlagged() throws {
        // r1's plea asks nothing ("…I want to see Emma and Grace again."), so a "Yes" reads as an answer to nobody.
        let h = try harness()
        let file = temporaryFolder() + "/forgive-yes.md"
        try "---\nkind: forgive\n---\n“Yes,” I said.\n\n{He} cried.\n\nI forgave {him}, slowly, and it was a second chance.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let out = h.run("load \(file)", "splice r1 --from forgive-yes")
        #expect(out.contains("dangling-reply: “\"Yes,\" I said."), "\(out)")
    }

    @Test func aCallDoesNotAnswerAnEmail() throws {
        // f02 (the analysis fixtures) comes back by email; f07 by a phone call.
        let h = Harness(paths: [Harness.root.appendingPathComponent("Tests/StoryKitTests/Fixtures/stories").path])
        h.session.endingLibrary = try EndingLibrary(folder: Self.endings)
        h.run("splice f02 --ending forgive --from f07")
        #expect(h.err.last?.contains("its return is a call, f02's is in writing") == true, "\(h.err)")
        let out = h.run("splice f02 --ending forgive --from f07 --force")
        #expect(out.contains("is a phone call; the return came in writing"), "\(out)")
        #expect(!h.run("splice f02 --ending forgive --as auto").contains("f07 ¶"))
    }

    @Test func aPhoneReturnGetsEndingsForAPhoneCall() throws {
        let h = try harness()
        h.run("splice r3 --ending forgive --from d1")
        #expect(h.err.last?.contains("it has a child; its return is at home, r3's is by phone or letter") == true, "\(h.err)")
        // Forced, the misfit says what it lost.
        #expect(h.run("splice r3 --ending forgive --from d1 --force --as forced").contains("drops: 50% of the donor's sentences were dropped"))
        for (kind, name) in [("forgive", "forgive-the-long-answer"), ("get-out", "get-out-hung-up"), ("moved-on", "moved-on-return-to-sender")] {
            let out = h.run("splice r3 --ending \(kind)")
            #expect(out.contains("built-in ending \(name)"), "\(out)")
            #expect(out.contains("self-check: no warnings"))
            let text = try ending(h, "r3+\(kind)")
            #expect(Scene.remote.contradiction(in: text) == nil, "\(kind)")
            #expect(!text.contains(" he ") && !text.contains("him"), "r3's leaver is a woman")
        }
    }

}

/// The self-check's rules on sentences of our own.
@Suite struct SpliceCheckRuleTests {
    @Test func agreementFixesAndFinds() {
        #expect(Agreement.fix("The twins laughs when they sees him.", subjects: ["the twins", "they"]).0 == "The twins laugh when they see him.")
        #expect(Agreement.fix("Emma and Grace was asleep, and Emma and Grace’s bed was warm.", subjects: ["Emma and Grace"]).0 == "Emma and Grace were asleep, and Emma and Grace’s bed was warm.")
        #expect(Agreement.fix("the twins’s bed", subjects: ["the twins"]).0 == "the twins’ bed")
        #expect(Agreement.errors(in: "The twins has a life now.", subjects: ["the twins"]).count == 1)
        #expect(Agreement.errors(in: "The twins always cry.", subjects: ["the twins"]).isEmpty)
        // After a verb the children are its object: "letters" and "stories" are nouns.
        #expect(Agreement.fix("He could write Emma and Grace letters.", subjects: ["Emma and Grace"]).0 == "He could write Emma and Grace letters.")
        #expect(Agreement.fix("I told the twins stories.", subjects: ["twins"]).0 == "I told the twins stories.")
        #expect(Agreement.fix("That night the twins asks.", subjects: ["twins"]).0 == "That night the twins ask.")
    }

    @Test func doubledReferentAndDanglingReply() {
        let text = "Was I doing this for him, for him, or for me?"
        #expect(SpliceCheck.doubled.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil)
        let fine = "Was I doing this for him, for Colin, or for me?"
        #expect(SpliceCheck.doubled.firstMatch(in: fine, range: NSRange(fine.startIndex..., in: fine)) == nil)
        #expect(SpliceCheck.isAnswer("“Absolutely, sweetie,” I said."))
        #expect(!SpliceCheck.isAnswer("“Sure-footed people fall too,” I said."))
    }

    @Test func scenesAndQuotes() {
        #expect(Scene.detect(["I was at the coffee shop when he walked in."]) == .out)
        #expect(Scene.detect(["The doorbell rang. He was on my porch."]) == .home)
        #expect(Scene.detect(["Then came the phone call. His voice on the line was thin."]) == .remote)
        #expect(Scene.out.contradiction(in: "Get off my porch.") == "porch")
        #expect(Scene.home.contradiction(in: "I shut the door.") == nil)
        #expect(QuoteStyle.straight.apply("“Go,” I said. It’s over.", apostrophes: true) == "\"Go,\" I said. It's over.")
        #expect(QuoteStyle.curly.apply("\"Go,\" I said.", apostrophes: false) == "“Go,” I said.")
        #expect(QuoteStyle.isMixed("\"a\" and “b”"))
    }
}
