import Foundation
import Testing

/// The terminal and the classroom (issue 16), through the binary: widths, the arc's ruler,
/// lessons, the session page, and errors that help.
@Suite struct ClassroomTrustTests {
    func stripped(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    /// Display columns, counting the wide characters the samples hold as one (they have none).
    func columns(_ line: Substring) -> Int { stripped(String(line)).count }

    @Test func setWidthHoldsForEveryView() throws {
        let views = ["stories", "characters all", "characters 001", "outline 003", "outline 002", "show 003", "endings",
                     "compare 001 004", "find sorry", "arc 003", "quotes 001", "character Laura in 001", "help"]
        for width in [60, 80] {
            let r = try Binary.run(["-c", "set width \(width)"] + views.flatMap { ["-c", $0] })
            #expect(r.status == 0, "\(r.stderr)")
            let wide = r.stdout.split(separator: "\n").filter { columns($0) > width }
            #expect(wide.isEmpty, "at \(width): \(wide)")
        }
    }

    @Test func colourCodesTakeNoRoom() throws {
        let plain = try Binary.run(["-c", "set width 80", "-c", "stories", "-c", "characters all"])
        let coloured = try Binary.run(["-c", "set width 80", "-c", "set color on", "-c", "stories", "-c", "characters all"])
        #expect(coloured.stdout.contains("\u{1B}["))
        #expect(stripped(coloured.stdout) == plain.stdout.replacingOccurrences(of: "width 80\n", with: "width 80\ncolor on\n"))
    }

    /// `outline all --format svg` draws the corpus's skeleton: a row a story, its beats as
    /// bands, its ending; the usage says it can, so it must.
    @Test func theCorpusSkeletonIsAPicture() throws {
        let r = try Binary.run(["-c", "outline all --format svg"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("<svg"))
        #expect(r.stdout.components(separatedBy: "class=\"story\"").count - 1 == 5)
        #expect(r.stdout.components(separatedBy: "class=\"beat\"").count - 1 >= 5 * 5)
        for ending in ["forgive", "get-out", "moved-on"] { #expect(r.stdout.contains(">\(ending)")) }
    }

    /// The arc's lowest values draw as the thinnest block, never as blank cells.
    @Test func theArcsBottomRowHasNoBlankCell() throws {
        for story in ["000", "001", "002", "003", "004"] {
            let r = try Binary.run(["--no-color", "-c", "set width 80", "-c", "arc \(story)"])
            let lines = r.stdout.split(separator: "\n").map(String.init)
            let ruler = try #require(lines.firstIndex { $0.contains("└") })
            let bottom = lines[ruler - 1]
            let cells = bottom.drop { $0 != "│" }.dropFirst()
            #expect(!cells.isEmpty && !cells.contains(" "), "\(story): \(bottom)")
        }
    }

    @Test func theArcRulerNamesEveryBeatOnce() throws {
        for story in ["000", "001", "002", "003", "004"] {
            let outline = try Binary.run(["--json", "-c", "outline \(story)"])
            let beats = try #require(try outline.json().first?["beats"] as? [[String: Any]]).compactMap { $0["beat"] as? String }
            for width in [60, 80, 100] {
                let r = try Binary.run(["-c", "set width \(width)", "-c", "arc \(story)"])
                let lines = r.stdout.split(separator: "\n").map(String.init)
                let ruler = try #require(lines.firstIndex { $0.contains("└") })
                // The ruler's label rows, up to the shape line that follows the chart.
                let rows = lines[(ruler + 1)...].prefix { !$0.hasPrefix("shape") && !$0.hasPrefix("turning") && !$0.isEmpty }
                let labels = rows.flatMap { $0.split(separator: " ").map(String.init) }
                let forms: [String: [String]] = [
                    "setup": ["setup", "set"], "departure": ["depart", "dep"], "struggle": ["struggle", "str"],
                    "rebuilding": ["rebuild", "reb"], "return": ["return", "ret"], "confrontation": ["confront", "con"],
                    "resolution": ["resolve", "res"],
                ]
                for beat in beats {
                    #expect(labels.filter { forms[beat]!.contains($0) }.count == 1, "\(story) at \(width): \(beat) in \(labels)")
                }
                #expect(labels.count == beats.count, "\(story) at \(width): \(labels) for \(beats)")
            }
        }
    }

    func lesson(in dir: String) throws -> String {
        let path = "\(dir)/class.story"
        try """
            # Lesson: endings that turn
            # An introduction for the class, read before the first step.

            # First, every ending.
            endings

            # Then a story that says GET OUT.
            outline 003
            show 42
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aLessonShowsItsIntroductionAndEchoesEachCommand() throws {
        let dir = temporaryFolder()
        let r = try Binary.run([], stdin: "lesson \(try lesson(in: dir))\n\n\n")
        #expect(r.stdout.contains("Lesson: endings that turn\n  An introduction for the class, read before the first step."), "\(r.stdout)")
        let echo = try #require(r.stdout.range(of: "storyshell> endings\n"))
        let output = try #require(r.stdout.range(of: "forgive (2)"))
        #expect(echo.upperBound <= output.lowerBound, "the command shows before its output")
        #expect(r.stdout.contains("storyshell> outline 003\n"))
    }

    @Test func theSessionPageKeepsNotesAndLeavesOutFailuresAndHousekeeping() throws {
        let dir = temporaryFolder()
        let typed = "lesson \(try lesson(in: dir))\n\n\n\nsave \(dir)/s.story\nshow nine\nexport session \(dir)/page.md\nexport session \(dir)/page.html\n"
        let r = try Binary.run([], stdin: typed)
        #expect(r.stdout.contains("exported the session (2 commands) to \(dir)/page.md"), "\(r.stdout)")
        let md = try String(contentsOfFile: "\(dir)/page.md", encoding: .utf8)
        #expect(md.contains("*2 commands · "))
        #expect(md.contains("## `endings`\n\n> First, every ending.\n"), "\(md)")
        #expect(md.contains("> Then a story that says GET OUT.\n"))
        for left in ["show 42", "show nine", "save ", "lesson ", "error"] { #expect(!md.contains(left), "\(left) in \(md)") }
        let headings = md.split(separator: "\n").filter { $0.hasPrefix("#") }.map { $0.prefix { $0 == "#" }.count }
        #expect(headings.first == 1 && headings.dropFirst().allSatisfy { $0 >= 2 }, "\(headings)")
        #expect(md.contains("\n### My Husband Ended Our Marriage"), "the outline's title sits under its command")
        #expect(md.contains("\n#### How it ends"))
        let html = try String(contentsOfFile: "\(dir)/page.html", encoding: .utf8)
        #expect(html.contains("<p class=\"note\">First, every ending.</p>"))
        #expect(!html.contains("class=\"error\""))

        let one = try Binary.run(["-c", "endings", "-c", "export session \(dir)/one.html"])
        #expect(one.stdout.contains("exported the session (1 command) to"))
        #expect(try String(contentsOfFile: "\(dir)/one.html", encoding: .utf8).contains("1 command · "))
    }

    @Test func errorsHelp() throws {
        let r = try Binary.run([], stdin: "stories\nsplice 002 --ending forgiv\nquotes 001 --by Jon\noutline 003 --format html\nshow 42\n")
        let errors = r.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 4, "\(errors)")
        #expect(errors[0].hasPrefix("error: stdin:2: ") && errors[0].hasSuffix("— did you mean 'forgive'?"), "\(errors[0])")
        #expect(errors[1].hasPrefix("error: stdin:3: ") && errors[1].hasSuffix("— did you mean 'John'?"), "\(errors[1])")
        #expect(errors[2].hasPrefix("error: stdin:4: outline: ") && !errors[2].contains("arrives"), "\(errors[2])")
        #expect(errors[3] == "error: stdin:5: no story '42'; stories are 1–5, or ids 000_…")
    }
}
