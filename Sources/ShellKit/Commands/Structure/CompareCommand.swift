import ArgumentParser
import StoryKit

/// `compare STORY STORY`: two tellings side by side.
public struct CompareCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Align two tellings paragraph by paragraph: what one keeps, rewords, drops or adds.",
        discussion: "Made for retellings (see `stories`, column ≈) and remixes. = the same paragraph, ~ reworded, − only in the first, + only in the second. --changes hides the paragraphs that are the same. --arc draws the two emotional arcs on one chart instead, aligned by beat (setup under setup…) and scaled to their joint range; with --format svg a picture for a browser.")
    public static let group = CommandGroup.structure
    public static let examples = ["compare 001 004", "compare 002 002+get-out --changes", "compare 002 003 --arc", "compare 002 003 --arc --format svg -o arcs.svg"]
    public static let completions: [Completion] = [.story, .story]

    @Argument(help: "The first telling.")
    var first: String

    @Argument(help: "The second telling.")
    var second: String

    @Flag(help: "Only the paragraphs that differ.")
    var changes = false

    @Flag(help: "Both emotional arcs on one chart, aligned by beat.")
    var arc = false

    @Option(help: "With --arc: how to render the chart (svg: a picture).")
    var format: ChartFormat = .text

    @OptionGroup var file: DocumentOutput

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let a = try session.analysed(first), b = try session.analysed(second)
        if arc {
            guard !changes else { throw ShellError("compare: --changes and --arc do not go together") }
            var result = CompareArcResult(a, b)
            switch format {
            case .text: if file.output != nil { result.document = result.render(RenderContext(width: 100, color: false)) }
            case .json: if file.output != nil { result.document = JSONLine.encode(result) }
            case .svg: result.document = ArcSVG.compare(a, b)
            }
            if let document = result.document { result.written = try file.deliver(document, session: session) }
            return result
        }
        guard format == .text, file.output == nil else { throw ShellError("compare: --format and -o go with --arc") }
        let pa = Array(a.paragraphs), pb = Array(b.paragraphs)
        let alignment: Alignment
        do {
            // Cleaning two long tellings is not polled: a Ctrl-C during it stops here.
            if session.isCancelled() { throw CancellationError() }
            alignment = try Alignment(pa, pb, isCancelled: session.isCancelled)
        } catch {
            throw ShellError("compare interrupted")
        }
        return CompareResult(a: a.id, b: b.id, similarity: alignment.similarity, changesOnly: changes,
                             rows: alignment.rows.map { r in
                                 .init(op: r.op.rawValue, a: r.a, b: r.b, similarity: (r.similarity * 100).rounded() / 100,
                                       textA: r.a.map { pa[$0 - 1] }, textB: r.b.map { pb[$0 - 1] })
                             })
    }
}

struct CompareResult: CommandResult {
    struct Row: Encodable {
        var op: String
        var a: Int?
        var b: Int?
        var similarity: Double
        var textA: String?
        var textB: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: AnyKey.self)
            try c.encode(op, forKey: AnyKey("op"))
            try c.encode(a, forKey: AnyKey("a"))
            try c.encode(b, forKey: AnyKey("b"))
            try c.encode(similarity, forKey: AnyKey("similarity"))
        }
    }
    var a: String
    var b: String
    var similarity: Double
    var changesOnly: Bool
    var rows: [Row]

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(a, forKey: AnyKey("a"))
        try c.encode(b, forKey: AnyKey("b"))
        try c.encode((similarity * 1000).rounded() / 1000, forKey: AnyKey("similarity"))
        var summary: [String: Int] = [:]
        for op in ["same", "reworded", "dropped", "added"] { summary[op] = rows.filter { $0.op == op }.count }
        try c.encode(summary, forKey: AnyKey("summary"))
        try c.encode(rows, forKey: AnyKey("rows"))
    }

    func render(_ context: RenderContext) -> String {
        let s = context.style
        let gutter = 5
        let column = max(20, (context.width - 2 * gutter - 3) / 2)
        func count(_ op: String) -> Int { rows.filter { $0.op == op }.count }
        let pair = "\(a) ↔ \(b)", overlap = "word overlap \(Int((similarity * 100).rounded()))%"
        var out = [pair.displayWidth + 2 + overlap.displayWidth <= context.width ? s.bold(pair) + s.dim("  " + overlap) : s.bold(pair) + "\n" + s.dim(overlap)]
        out.append(s.dim("\(count("same")) same · \(count("reworded")) reworded · \(count("dropped")) only in \(a.prefix(12)) · \(count("added")) only in \(b.prefix(12))".wrapped(to: context.width)))
        out.append("")
        for r in rows where !(changesOnly && r.op == "same") {
            let mark: String
            switch r.op {
            case "same": mark = s.dim("=")
            case "reworded": mark = s.yellow("~")
            case "dropped": mark = s.red("−")
            default: mark = s.green("+")
            }
            let left = (r.a.map { "¶\($0)" } ?? "").padded(to: gutter) + (r.textA ?? "").truncated(to: column).padded(to: column)
            let right = (r.b.map { "¶\($0)" } ?? "").padded(to: gutter) + (r.textB ?? "").truncated(to: column)
            let line = (r.op == "added" ? s.dim(left) : left) + " " + mark + " " + (r.op == "dropped" ? s.dim(right) : right)
            out.append(line.replacingTrailingSpaces())
        }
        return out.joined(separator: "\n")
    }
}

/// `compare A B --arc`: two arcs aligned by beat, each beat's mean side by side, both shapes.
struct CompareArcResult: CommandResult {
    struct Story: Encodable {
        var id: String
        var smoothed: [Double]
        var positions: [Double?]
        var beats: [String: Double]
        var shape: ShapeJSON
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: AnyKey.self)
            try c.encode(id, forKey: AnyKey("story"))
            try c.encode(smoothed, forKey: AnyKey("smoothed"))
            try c.encode(positions, forKey: AnyKey("positions"))
            try c.encode(beats, forKey: AnyKey("beats"))
            try c.encode(shape, forKey: AnyKey("shape"))
        }
    }
    var stories: [Story]
    var slots: [BeatAlignment.Slot]
    private var alignment: BeatAlignment
    private var shapes: [ArcShape]
    var document: String?
    var written: String?

    init(_ a: StoryDocument, _ b: StoryDocument) {
        let alignment = BeatAlignment(a, b)
        self.alignment = alignment
        slots = alignment.slots
        shapes = [a.arc.shape, b.arc.shape]
        let r = { (v: Double) in (v * 1000).rounded() / 1000 }
        stories = [a, b].enumerated().map { k, d in
            Story(id: d.id, smoothed: d.arc.smoothed.map(r), positions: alignment.positions(k).map { $0.isNaN ? nil : r($0) },
                  beats: Dictionary(d.arc.beats.map { ($0.beat.rawValue, r($0.valence)) }, uniquingKeysWith: { x, _ in x }),
                  shape: ShapeJSON(d.arc.shape))
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(stories, forKey: AnyKey("stories"))
        try c.encode(slots.map { ["beat": $0.kind.rawValue, "start": String(($0.start * 1000).rounded() / 1000), "end": String(($0.end * 1000).rounded() / 1000)] },
                     forKey: AnyKey("slots"))
        try DocumentOutput.encode(document: document, written: written, into: &c)
    }

    func render(_ context: RenderContext) -> String {
        if let text = DocumentOutput.text(document: document, written: written) { return text }
        let s = context.style
        let all = stories.flatMap(\.smoothed)
        let lo = all.min() ?? 0, hi = all.max() ?? 0
        let span = max(hi - lo, 0.02)
        let gutter = 6
        let columns = max(20, min(context.width, 120) - gutter)
        func signed(_ v: Double) -> String { (v >= 0 ? "+" : "") + String(format2: v) }
        var out = [s.bold("\(stories[0].id) ↔ \(stories[1].id)"),
                   s.dim("arcs aligned by beat, scaled to their joint range (\(signed(lo)) to \(signed(hi)))")]
        // One row of blocks per story over a shared axis; blank where a story lacks the beat.
        for (k, story) in stories.enumerated() {
            var row = ""
            for c in 0..<columns {
                let x = (Double(c) + 0.5) / Double(columns)
                if let v = alignment.value(k, at: x, of: story.smoothed) {
                    row.append(ArcChart.blocks[1 + Int(((v - lo) / span * 7).rounded())])
                } else {
                    row.append(" ")
                }
            }
            let line = String(story.id.prefix(4)).padded(to: gutter) + (k == 0 ? s.red(row) : s.blue(row))
            out.append(line.replacingTrailingSpaces())
        }
        // The beats' ruler under both rows.
        var ruler = Array(repeating: Character("─"), count: columns)
        var names = Array(repeating: Character(" "), count: columns)
        var free = 0
        for slot in slots {
            let start = min(columns - 1, Int((slot.start * Double(columns)).rounded()))
            let end = Int((slot.end * Double(columns)).rounded())
            ruler[start] = "┬"
            let name = ArcChart.shortNames[slot.kind] ?? slot.kind.rawValue
            let room = max(1, end - start)
            let label = room > name.count ? name : String(name.prefix(max(1, room - 1)))
            if start >= free, start + label.count <= columns {
                for (i, ch) in label.enumerated() { names[start + i] = ch }
                free = start + label.count + 1
            }
        }
        out.append(String(repeating: " ", count: gutter) + String(ruler))
        out.append((String(repeating: " ", count: gutter) + String(names)).replacingTrailingSpaces())
        out.append("")
        let w = 14
        out.append(s.dim("beat".padded(to: w) + String(stories[0].id.prefix(8)).padded(to: 10) + String(stories[1].id.prefix(8))))
        for slot in slots {
            let cells = stories.map { st in st.beats[slot.kind.rawValue].map(signed) ?? "·" }
            out.append((slot.kind.rawValue.padded(to: w) + cells[0].padded(to: 10) + cells[1]).replacingTrailingSpaces())
        }
        out.append("shape".padded(to: w) + ShapeText.headline(shapes[0]) + s.dim("  ↔  ") + ShapeText.headline(shapes[1]))
        return out.joined(separator: "\n")
    }
}
