import Foundation
import Testing
@testable import ShellKit

@Suite struct LessonTests {
    func lessonFile() throws -> String {
        let dir = temporaryFolder()
        let path = "\(dir)/l.story"
        try """
        # storyshell session script
        # saved 2026-01-01T00:00:00Z by storyshell 0.1.0

        # First, the corpus.
        # Five stories, one skeleton.
        stories

        # Now one story's text.
        show 003
        set width 90
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func commentsAboveACommandAreItsNotes() throws {
        let script = try Script.read(try lessonFile())
        #expect(script.lines.map(\.text) == ["stories", "show 003", "set width 90"])
        #expect(script.lines[0].notes == ["First, the corpus.", "Five stories, one skeleton."])
        #expect(script.lines[1].notes == ["Now one story's text."])
        #expect(script.lines[2].notes == [])
    }

    @Test func enterRunsSkipGoesOnBackGoesBack() throws {
        let h = Harness()
        let intro = h.run("lesson \(try lessonFile())")
        #expect(intro.contains("3 steps") && intro.contains("next: stories") && intro.contains("Five stories, one skeleton."))
        #expect(h.session.lessonPrompt == "lesson 1/3> ")
        let ran = h.run("")
        #expect(ran.contains("HE HAD EVERYTHING") && ran.contains("next: show 003"))
        #expect(h.session.lessonPrompt == "lesson 2/3> ")
        h.run("n")
        #expect(h.session.lessonPrompt == "lesson 3/3> ")
        h.run("b")
        #expect(h.session.lessonPrompt == "lesson 2/3> ")
        // Any other command runs in between without moving the lesson.
        #expect(h.run("set pager off").contains("pager off"))
        #expect(h.session.lessonPrompt == "lesson 2/3> ")
        #expect(h.run("").contains("The sound of the key turning"))
        #expect(h.run("").contains("lesson complete"))
        #expect(h.session.lesson == nil)
        #expect(h.session.log.map(\.line) == ["stories", "set pager off", "show 003", "set width 90"])
    }

    @Test func qStopsTheLesson() throws {
        let h = Harness()
        h.run("lesson \(try lessonFile())", "q")
        #expect(h.session.lesson == nil)
        #expect(h.output.contains("lesson stopped at step 1 of 3"))
        h.run("n")
        #expect(h.err.last == "unknown command 'n' — type 'help' for the list")
    }
}
