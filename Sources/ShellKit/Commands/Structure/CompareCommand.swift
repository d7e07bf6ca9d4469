import ArgumentParser
import StoryKit

/// `compare STORY STORY`: two tellings side by side.
public struct CompareCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Align two tellings paragraph by paragraph: what one keeps, rewords, drops or adds.",
        discussion: "Made for retellings (see `stories`, column ≈) and remixes. = the same paragraph, ~ reworded, − only in the first, + only in the second. --changes hides the paragraphs that are the same.")
    public static let group = CommandGroup.structure
    public static let examples = ["compare 001 004", "compare 002 002+get-out --changes"]
    public static let completions: [Completion] = [.story, .story]
    public static let optionNames = ["--changes"]

    @Argument(help: "The first telling.")
    var first: String

    @Argument(help: "The second telling.")
    var second: String

    @Flag(help: "Only the paragraphs that differ.")
    var changes = false

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let a = try session.analysed(first), b = try session.analysed(second)
        let pa = Array(a.paragraphs), pb = Array(b.paragraphs)
        let alignment: Alignment
        do {
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
