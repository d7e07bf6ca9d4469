import Testing
@testable import StoryKit

/// The cue-file field that says a cue is news of the partner through someone else: rules read
/// `CueLine.news`, never a cue's display label.
struct CueNewsFieldTests {
    @Test func theSeventhFieldMarksNews() throws {
        let text = """
        heard ~3 @S|@O ; word of them ; 1.5 ; narration ; anyone ; yes ; news
        showed up      ; showed up    ; 2   ; narration ; partner ; yes
        """
        let cues = try CueFile.parse(text, file: "test.txt")
        #expect(cues.count == 2)
        #expect(cues[0].news && cues[0].label == "word of them" && cues[0].event)
        #expect(!cues[1].news)
        // Compiled, the meaning goes with the cue.
        let lexicon = PhraseLexicon("test", cues)
        #expect(lexicon.cues.map(\.news) == [true, false])
    }

    @Test func aSeventhFieldThatIsNotNewsIsAnError() {
        for line in ["heard @O ; heard ; 1 ; narration ; anyone ; yes ; gossip",
                     "heard @O ; heard ; 1 ; narration ; anyone ; yes ; ",
                     "heard @O ; heard ; 1 ; narration ; anyone ; yes ; news ; news"] {
            #expect(throws: CueFile.ParseError.self, "\(line)") { try CueFile.parse(line, file: "x.txt") }
        }
    }

    @Test func theReturnCuesCarryNewsByTheField() {
        // The return rule skips news of the leaving; it finds those cues by the field.
        #expect(StoryCues.returning.cues.contains { $0.news })
    }
}
