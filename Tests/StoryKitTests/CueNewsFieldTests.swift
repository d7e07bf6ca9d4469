import Testing
@testable import StoryKit

/// The cue-file field that says what kind a cue is (news of the partner through someone else,
/// word carried by someone, a look back that is the leaving): rules read `CueLine.kind`, never a
/// cue's display label.
struct CueNewsFieldTests {
    @Test func theSeventhFieldMarksNews() throws {
        let text = """
        heard ~3 @S|@O ; word of them ; 1.5 ; narration ; anyone ; yes ; news
        showed up      ; showed up    ; 2   ; narration ; partner ; yes
        """
        let cues = try CueFile.parse(text, file: "test.txt")
        #expect(cues.count == 2)
        #expect(cues[0].kind == .news && cues[0].label == "word of them" && cues[0].event)
        #expect(cues[1].kind == .plain)
        // Compiled, the meaning goes with the cue.
        let lexicon = PhraseLexicon("test", cues)
        #expect(lexicon.cues.map(\.kind) == [.news, .plain])
    }

    @Test func theSeventhFieldMarksCarriedWordAndALookBackThatIsTheLeaving() throws {
        let text = """
        asked me to tell you ; a go-between ; 2 ; either ; anyone ; yes ; carried
        since @S left        ; since then   ; 1 ; narration ; anyone ; no ; leaving
        """
        let cues = try CueFile.parse(text, file: "test.txt")
        #expect(cues.map(\.kind) == [.carried, .leaving])
        #expect(PhraseLexicon("test", cues).cues.map(\.kind) == [.carried, .leaving])
        // The shipped files mark them so: the rules that read the kinds have cues to read.
        #expect(StoryCues.returning.cues.contains { $0.kind == .carried })
        #expect(StoryCues.lookingBack.cues.contains { $0.kind == .leaving })
    }

    @Test func aSeventhFieldThatIsNotNewsIsAnError() {
        for line in ["heard @O ; heard ; 1 ; narration ; anyone ; yes ; gossip",
                     "heard @O ; heard ; 1 ; narration ; anyone ; yes ; ",
                     "heard @O ; heard ; 1 ; narration ; anyone ; yes ; plain",
                     "heard @O ; heard ; 1 ; narration ; anyone ; yes ; news ; news"] {
            #expect(throws: CueFile.ParseError.self, "\(line)") { try CueFile.parse(line, file: "x.txt") }
        }
    }

    @Test func theReturnCuesCarryNewsByTheField() {
        // The return rule skips news of the leaving; it finds those cues by the field.
        #expect(StoryCues.returning.cues.contains { $0.kind == .news })
    }
}
