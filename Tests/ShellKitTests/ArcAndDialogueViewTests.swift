import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ShellKit

/// `quotes` as a script and the arc's shape in `arc`, `outline`, `outline all` and `compare --arc`.
@Suite struct ArcAndDialogueViewTests {
    static let shapes = ["rags to riches", "riches to rags", "man in a hole", "Icarus", "Cinderella", "Oedipus"]

    @Test func quotesIsAScriptWithoutScareQuotes() throws {
        let h = Harness()
        let out = h.run("set width 100", "quotes 002")
        let first = out.split(separator: "\n")[1]
        #expect(first.hasPrefix("¶5   James") && first.contains("This isn’t the life I signed up for, [he told me, his voice"), "\(first)")
        #expect(!out.contains("someday,\n"))
        #expect(!h.run("quotes 001 --by John").contains("needing space"))
        h.json = true
        h.run("quotes 003")
        let doc = try JSONSerialization.jsonObject(with: Data(h.out.last!.utf8)) as! [String: Any]
        let lines = doc["lines"] as! [[String: Any]]
        let split = lines.first { ($0["text"] as! String).hasPrefix("I messed up,") }!
        #expect(split["parts"] as? [String] == ["I messed up,", "God, I messed up so badly."])
        #expect((split["directions"] as? [String])?.first?.hasPrefix("he said") == true)
        let notSpeech = (doc["not_speech"] as! [[String: Any]]).map { $0["text"] as! String }
        #expect(notSpeech.contains("networking events,") && notSpeech.contains("strategy meetings"))
        #expect(!lines.contains { ($0["text"] as! String).hasPrefix("networking") })
    }

    @Test func arcNamesItsShapeAndKeepsRawValues() throws {
        let h = Harness()
        let out = h.run("arc 004 --width 80")
        let shapeLine = out.split(separator: "\n").first { $0.hasPrefix("shape  ") }
        #expect(shapeLine.map { l in Self.shapes.contains { l.contains($0) } } == true, "\(out)")
        #expect(out.contains("trough ¶"))
        h.json = true
        h.run("arc 003")
        let doc = try JSONSerialization.jsonObject(with: Data(h.out.last!.utf8)) as! [String: Any]
        let raw = doc["paragraphs"] as! [Double], smoothed = doc["smoothed"] as! [Double]
        #expect(raw.count == 46 && smoothed.count == 46)
        let scale = doc["scale"] as! [String: Any]
        #expect(scale["basis"] as? String == "story")
        #expect(scale["min"] as? Double == smoothed.min() && scale["max"] as? Double == smoothed.max())
        #expect(raw.min()! < smoothed.min()!, "raw valence is kept as it was")
        let shape = doc["shape"] as! [String: Any]
        #expect(Self.shapes.contains(shape["name"] as! String))
        #expect(shape["turning_points"] is [[String: String]])
    }

    @Test func outlineAndOutlineAllNameTheShape() throws {
        let h = Harness()
        let one = h.run("set width 100", "outline 002")
        #expect(one.split(separator: "\n").contains { line in line.hasPrefix("shape  ") && Self.shapes.contains { line.contains($0) } })
        for width in [80, 120] {
            let all = h.run("set width \(width)", "outline all").split(separator: "\n").map(String.init)
            #expect(all.allSatisfy { $0.displayWidth <= width }, "outline all fits \(width) columns")
            let rows = all.filter { $0.hasPrefix("shape") }
            #expect(!rows.isEmpty)
            let named = rows.joined().split(separator: " ").count
            #expect(named > 2)
            #expect(Self.shapes.contains { s in rows.joined().contains(s) })
        }
        h.json = true
        h.run("outline 001")
        let doc = try JSONSerialization.jsonObject(with: Data(h.out.last!.utf8)) as! [String: Any]
        #expect(Self.shapes.contains((doc["shape"] as! [String: Any])["name"] as! String))
    }

    @Test func compareArcInTextJSONAndSVG() throws {
        let dir = temporaryFolder()
        let h = Harness()
        let out = h.run("set width 100", "compare 002 003 --arc")
        #expect(out.contains("002_b1ee88bcdbdb1831 ↔ 003_3a1f6aefeb39fc85") && out.contains("aligned by beat"))
        let lines = out.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("002_ ") } && lines.contains { $0.hasPrefix("003_ ") })
        #expect(lines.contains { $0.hasPrefix("setup") } && lines.contains { $0.hasPrefix("shape") })
        #expect(lines.allSatisfy { String($0).displayWidth <= 100 })
        h.run("compare 002 003 --arc --format svg -o \(dir)/arcs.svg")
        #expect(h.err.isEmpty, "\(h.err)")
        let svg = try String(contentsOfFile: "\(dir)/arcs.svg", encoding: .utf8)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.components(separatedBy: "<polyline").count - 1 >= 2)
        h.json = true
        h.run("compare 001 004 --arc")
        let doc = try JSONSerialization.jsonObject(with: Data(h.out.last!.utf8)) as! [String: Any]
        #expect((doc["stories"] as! [[String: Any]]).count == 2 && !(doc["slots"] as! [Any]).isEmpty)
        h.json = false
        h.run("compare 001 004 --arc --changes")
        #expect(h.err.last?.contains("--changes and --arc") == true)
        h.run("compare 001 004 --format svg")
        #expect(h.err.last?.contains("go with --arc") == true)
    }
}
