import ArgumentParser
import StoryKit

/// `arc STORY`: the emotional arc alone.
public struct ArcCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "arc",
        abstract: "Draw a story's emotional arc, with the beat boundaries marked.",
        discussion: "Sentence valence from the VADER lexicon (negation, intensifiers, \"but\", capitals), smoothed over narrative time. --format svg writes a standalone picture for a browser.")
    public static let group = CommandGroup.structure
    public static let examples = ["arc 003", "arc 001 --width 60", "arc 003 --format svg -o 003.svg"]
    public static let completions: [Completion] = [.story]
    public static let optionNames = ["--width", "--format", "--output", "--force", "--height"]

    @Argument(help: "A story.")
    var story: String

    @Option(help: "Columns for the chart (default: the terminal's).")
    var width: Int?

    @Option(help: "Rows for the chart.")
    var height = 6

    @Option(help: "text, json or svg.")
    var format: OutputFormat = .text

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the chart to this file.")
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        guard (2...40).contains(height) else { throw ShellError("arc: --height must be 2 to 40") }
        if let width, !(20...1000).contains(width) { throw ShellError("arc: --width must be 20 to 1000") }
        let doc = try session.analysed(story)
        var result = ArcResult(story: doc.id, arc: doc.arc, beats: doc.structure.beats, width: width, height: height)
        switch format {
        case .text: break
        case .json: if output != nil { result.document = JSONLine.encode(result) }
        case .svg: result.document = ArcSVG.render(doc: doc, width: max(480, (width ?? 90) * 8), height: max(200, height * 40))
        default: throw ShellError("arc: --format \(format.rawValue) is not available; use text, json or svg")
        }
        if format == .text, output != nil { result.document = result.render(RenderContext(width: width ?? 80, color: false)) }
        if let document = result.document { result.written = try DocumentOutput.deliver(document, to: output, force: force, session: session) }
        return result
    }
}

struct ArcResult: CommandResult {
    var story: String
    var arc: EmotionalArc
    var beats: [BeatSpan]
    var width: Int?
    var height: Int
    var document: String?
    var written: String?

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        let r = { (v: Double) in (v * 1000).rounded() / 1000 }
        try c.encode(story, forKey: AnyKey("story"))
        try c.encode(arc.smoothed.map(r), forKey: AnyKey("smoothed"))
        try c.encode(arc.paragraphs.map(r), forKey: AnyKey("paragraphs"))
        try c.encode(arc.beats.map { ["beat": $0.beat.rawValue, "valence": String(r($0.valence))] }, forKey: AnyKey("beats"))
        try DocumentOutput.encode(document: document, written: written, into: &c)
    }

    func render(_ context: RenderContext) -> String {
        if let text = DocumentOutput.text(document: document, written: written) { return text }
        return ArcChart(values: arc.smoothed, beats: beats, height: height).render(width: width ?? context.width, style: context.style)
    }
}
