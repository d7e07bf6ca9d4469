import Foundation
import Testing

/// A story that opens on the return, through the built binary: `outline --json` says so and
/// lays its return before its departure, and the text outline says so too.
@Suite struct ToldFromReturnTests {
    static let story = """
    The Letter From Glasgow

    A letter came on Monday with a Glasgow postmark. It was from my husband Ewan, and his hand shook on every line.

    Four years earlier he had packed his van while I was at work and driven north with a woman from his choir.

    For a long year I barely slept. My sister Moira took the boys on weekends and sat with me at night.

    Slowly I found my feet. I went back to nursing, and the boys started laughing again.

    On Saturday I saw him outside the café on Mill Street, thinner, his hands round a paper cup. "I'm so sorry," he said. "Can I come home?"

    "No, Ewan," I told him. "Go back to Glasgow." I walked home to the boys and shut the door.
    """

    @Test func outlineSaysTheStoryIsToldFromItsReturn() throws {
        let dir = temporaryFolder()
        try Self.story.write(toFile: dir + "/letter.txt", atomically: true, encoding: .utf8)
        let run = try Binary.run(["--json", dir, "-c", "outline letter"])
        #expect(run.status == 0, "\(run.stderr)")
        let docs = try run.json()
        #expect(docs[0]["told_from_return"] as? Bool == true)
        let beats = (docs[0]["beats"] as? [[String: Any]] ?? []).compactMap { b in (b["beat"] as? String).map { ($0, b["first"] as? Int ?? 0) } }
        #expect(beats.first?.0 == "return" && beats.first?.1 == 1, "\(beats)")
        #expect(beats.contains { $0.0 == "departure" && $0.1 == 2 }, "\(beats)")
        #expect(docs[0]["ending"] as? String == "get-out")

        let text = try Binary.run([dir, "-c", "outline letter"])
        #expect(text.stdout.contains("told from the return"), "\(text.stdout)")
    }
}
