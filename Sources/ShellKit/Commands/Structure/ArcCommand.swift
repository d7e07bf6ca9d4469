import ArgumentParser
import StoryKit

/// `arc STORY`: the emotional arc alone.
public struct ArcCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "arc",
        abstract: "Draw a story's emotional arc, with the beat boundaries marked.",
        discussion: "Sentence valence from the VADER lexicon (negation, intensifiers, \"but\", capitals), smoothed over narrative time beat by beat, and drawn to the story's own range. The shape is named as Reagan et al. (2016) name the six basic arcs (rags to riches, riches to rags, man in a hole, Icarus, Cinderella, Oedipus), with its turning points (¶ and sentence). --format svg writes a standalone picture for a browser, with each beat's mean as a step under the curve.")
    public static let group = CommandGroup.structure
    public static let examples = ["arc 003", "arc 001 --width 60", "arc 003 --format svg -o 003.svg"]
    public static let completions: [Completion] = [.story]

    @Argument(help: "A story.")
    var story: String

    @Option(help: "Columns for the chart (default: the terminal's).")
    var width: Int?

    @Option(help: "Rows for the chart.")
    var height = 6

    @Option(help: "How to render it (svg: a picture).")
    var format: ChartFormat = .text

    @OptionGroup var file: DocumentOutput

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        guard (2...40).contains(height) else { throw ShellError("arc: --height must be 2 to 40") }
        if let width, !(20...1000).contains(width) { throw ShellError("arc: --width must be 20 to 1000") }
        let doc = try session.analysed(story)
        var result = ArcResult(story: doc.id, arc: doc.arc, beats: doc.structure.beats, width: width, height: height)
        switch format {
        case .text: break
        case .json: if file.output != nil { result.document = JSONLine.encode(result) }
        case .svg: result.document = ArcSVG.render(doc: doc, width: max(480, (width ?? 90) * 8), height: max(300, height * 50))
        }
        if format == .text, file.output != nil { result.document = result.render(RenderContext(width: width ?? 80, color: false)) }
        if let document = result.document { result.written = try file.deliver(document, session: session) }
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
        // The charts' scale: the smoothed arc's own range; `paragraphs` above stay raw.
        try c.encode(ArcScale(arc), forKey: AnyKey("scale"))
        try c.encode(ShapeJSON(arc.shape), forKey: AnyKey("shape"))
        try DocumentOutput.encode(document: document, written: written, into: &c)
    }

    func render(_ context: RenderContext) -> String {
        if let text = DocumentOutput.text(document: document, written: written) { return text }
        let chart = ArcChart(values: arc.smoothed, beats: beats, height: height).render(width: width ?? context.width, style: context.style)
        return chart + "\n" + ShapeText.lines(arc.shape, width: width ?? context.width, style: context.style)
    }
}

/// The range the charts scale an arc to, in JSON.
struct ArcScale: Encodable {
    var min: Double
    var max: Double
    var basis = "story"
    init(_ arc: EmotionalArc) {
        let r = { (v: Double) in (v * 1000).rounded() / 1000 }
        min = r(arc.range?.lowerBound ?? 0)
        max = r(arc.range?.upperBound ?? 0)
    }
}

/// An arc's shape in JSON: its name, moves and turning points.
struct ShapeJSON: Encodable {
    struct Turn: Encodable {
        var kind: String
        var paragraph: Int
        var valence: Double
        var sentence: String
    }
    var name: String
    var moves: [String]
    var turningPoints: [Turn]
    init(_ shape: ArcShape) {
        name = shape.name
        moves = shape.moves.map(\.rawValue)
        turningPoints = shape.turningPoints.map { Turn(kind: $0.kind.rawValue, paragraph: $0.paragraph, valence: ($0.valence * 1000).rounded() / 1000, sentence: $0.sentence) }
    }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(name, forKey: AnyKey("name"))
        try c.encode(moves, forKey: AnyKey("moves"))
        try c.encode(turningPoints.map { t in ["kind": t.kind, "paragraph": String(t.paragraph), "valence": String(t.valence), "sentence": t.sentence] },
                     forKey: AnyKey("turning_points"))
    }
}

/// An arc's shape as text: `shape  man in a hole (fall–rise)` and one line per turning point
/// with its paragraph and sentence.
enum ShapeText {
    static func headline(_ shape: ArcShape) -> String {
        shape.moves.isEmpty ? shape.name : "\(shape.name) (\(shape.moves.map(\.rawValue).joined(separator: "–")))"
    }

    static func lines(_ shape: ArcShape, width: Int, style s: Style) -> String {
        var out = [s.bold("shape  ") + headline(shape)]
        for t in shape.turningPoints {
            let head = "       " + s.dim("\(t.kind.rawValue) ¶\(t.paragraph)".padded(to: 12))
            out.append(t.quotedSentence.wrapped(to: width, indent: String(repeating: " ", count: 19), firstIndent: head))
        }
        return out.joined(separator: "\n")
    }
}
