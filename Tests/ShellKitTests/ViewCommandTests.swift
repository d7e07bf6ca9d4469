import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ShellKit

/// The views over the analysis layers: characters, quotes, outline, arc, endings, compare.
@Suite struct ViewCommandTests {
    @Test func characterShowsJohnsLinesIn001() {
        let h = Harness()
        let out = h.run("set width 100", "character John in 001")
        #expect(out.contains("John  leaver  in 001_85b50639a9e9b07c"))
        #expect(out.contains("aliases   my husband, Daddy"))
        #expect(out.contains("“I need space,”"))
        h.run("character Zed in 001")
        #expect(h.err.last?.hasPrefix("no character 'Zed' in 001_85b50639a9e9b07c; characters of 001_85b50639a9e9b07c are Laura, John") == true)
    }

    @Test func castTableHasOneRowPerStory() {
        let h = Harness()
        let table = h.run("set width 120", "characters all").split(separator: "\n")
        #expect(table.count == 1 + 1 + 5)
        #expect(table[2].contains("Anne") && table[2].contains("Jake") && table[2].contains("our daughter"))
        #expect(table[0...].contains { $0.contains("narrator") && $0.contains("leaver") && $0.contains("child") })
    }

    @Test func charactersJSONFollowsTheContract() throws {
        let h = Harness()
        h.json = true
        h.run("characters 001")
        let doc = try JSONSerialization.jsonObject(with: Data(h.out[0].utf8)) as! [String: Any]
        #expect(doc["story"] as? String == "001_85b50639a9e9b07c")
        let chars = doc["characters"] as! [[String: Any]]
        for key in ["name", "label", "role", "gender", "aliases", "mentions", "quotes", "first_paragraph"] {
            #expect(chars.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
        }
        #expect(chars.contains { $0["name"] as? String == "Colin" && $0["role"] as? String == "child" })
    }

    @Test func quotesByNameAndUnknownSpeakers() {
        let h = Harness()
        let john = h.run("quotes 001 --by John")
        #expect(john.contains("John") && john.contains("I need space,"))
        #expect(!john.contains("Laura  "))
        h.run("quotes 001 --by Nobody")
        #expect(h.err.last?.contains("no character 'Nobody' in 001_85b50639a9e9b07c") == true)
    }

    @Test func outlineShowsBeatsEndingEvidenceAndArc() {
        let h = Harness()
        let out = h.run("set width 100", "outline 003")
        for beat in ["setup", "departure", "return", "confrontation", "resolution"] { #expect(out.contains(beat)) }
        #expect(out.contains("ending  get-out"))
        #expect(out.contains("GET OUT") || out.contains("DON’T EVER COME BACK"))
        #expect(out.contains("└┬"), "the arc chart's beat ruler")
    }

    @Test func outlineAllFits120ColumnsAsATable() {
        let h = Harness()
        h.run("set width 120")
        let out = h.run("outline all")
        let lines = out.split(separator: "\n")
        #expect(lines.allSatisfy { String($0).displayWidth <= 120 })
        let header = lines[0]
        for id in ["000_", "001_", "002_", "003_", "004_"] { #expect(header.contains(id)) }
        #expect(lines.contains { $0.hasPrefix("ending") && $0.contains("forgive") && $0.contains("get-out") && $0.contains("moved-on") })
        #expect(lines.contains { $0.hasPrefix("return") })
    }

    @Test func outlineJSONFollowsTheContract() throws {
        let h = Harness()
        h.json = true
        h.run("outline 003")
        let doc = try JSONSerialization.jsonObject(with: Data(h.out[0].utf8)) as! [String: Any]
        #expect(doc["story"] as? String == "003_3a1f6aefeb39fc85")
        #expect(doc["ending"] as? String == "get-out")
        let beats = doc["beats"] as! [[String: Any]]
        let order = ["setup", "departure", "struggle", "rebuilding", "return", "confrontation", "resolution"]
        let kinds = beats.map { $0["beat"] as! String }
        #expect(kinds == order.filter(kinds.contains), "beats in story order")
        var next = 1
        for b in beats {
            #expect(b["first"] as? Int == next)
            next = (b["last"] as! Int) + 1
            #expect(!(b["summary"] as! String).isEmpty)
        }
    }

    @Test func outlineMarkdownHandoutAndSVGFiles() throws {
        let dir = temporaryFolder()
        let h = Harness()
        h.run("outline 002 --format md -o \(dir)/h.md", "arc 003 --format svg -o \(dir)/a.svg", "outline 001 --format svg -o \(dir)/o.svg")
        #expect(h.err.isEmpty, "\(h.err)")
        let md = try String(contentsOfFile: "\(dir)/h.md", encoding: .utf8)
        #expect(md.hasPrefix("# My Boyfriend Left Me") && md.contains("| Beat | Paragraphs |") && md.contains("## How it ends: forgive"))
        for svg in ["a.svg", "o.svg"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(svg)"))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(svg) is well-formed XML")
        }
        h.run("arc 003 --format svg -o \(dir)/a.svg")
        #expect(h.err.last?.contains("exists; add --force") == true)
    }

    @Test func endingsGroupsByKind() {
        let h = Harness()
        let out = h.run("endings")
        let forgive = out.range(of: "forgive (2)")!, getOut = out.range(of: "get-out (1)")!, movedOn = out.range(of: "moved-on (2)")!
        #expect(forgive.lowerBound < getOut.lowerBound && getOut.lowerBound < movedOn.lowerBound)
    }

    @Test func compareAlignsTheRetelling() throws {
        let h = Harness()
        let out = h.run("set width 100", "compare 001 004")
        #expect(out.contains("= ¶3   John called it “needing space.”"))
        #expect(out.contains("+ ¶4   I called it abandonment."))
        h.json = true
        h.run("compare 001 004")
        let doc = try JSONSerialization.jsonObject(with: Data(h.out.last!.utf8)) as! [String: Any]
        let summary = doc["summary"] as! [String: Int]
        #expect(summary["same"]! + summary["reworded"]! > 50, "most of 001 survives in 004")
        #expect(summary["added"]! > 0 && summary["dropped"]! > 0)
        let unrelated = Harness()
        unrelated.json = true
        unrelated.run("compare 000 003")
        let other = try JSONSerialization.jsonObject(with: Data(unrelated.out[0].utf8)) as! [String: Any]
        #expect((other["summary"] as! [String: Int])["reworded"]! < 5)
    }
}
