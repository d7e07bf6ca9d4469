import Foundation
import Testing

/// Issue 17 through the built binary: the script of 002 opens with James, scare quotes are not
/// lines, a split line is one turn, and the arc's shape and scale reach the command line.
@Suite struct DialogueAndArcTests {
    @Test func quotesOf002StartWithJamesAndSkipScareQuotes() throws {
        let run = try Binary.run(["-c", "set width 100", "-c", "quotes 002", "-c", "quotes 001 --by John"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.lines.filter { $0.hasPrefix("¶") }
        #expect(lines.first?.hasPrefix("¶5   James         This isn’t the life I signed up for,") == true, "\(lines.first ?? "")")
        #expect(!run.stdout.contains("someday,\n") && !run.stdout.contains("needing space"))
    }

    @Test func arcJSONHasShapeScaleAndRawValues() throws {
        let run = try Binary.run(["--json", "-c", "arc 003", "-c", "outline 003", "-c", "compare 002 003 --arc"])
        #expect(run.status == 0, "\(run.stderr)")
        let docs = try run.json()
        let arc = docs[0]
        #expect((arc["paragraphs"] as? [Double])?.count == 46)
        #expect((arc["scale"] as? [String: Any])?["basis"] as? String == "story")
        #expect((arc["shape"] as? [String: Any])?["name"] is String)
        #expect((docs[1]["shape"] as? [String: Any])?["name"] as? String == (arc["shape"] as? [String: Any])?["name"] as? String)
        #expect((docs[2]["stories"] as? [[String: Any]])?.count == 2)
    }
}
