import ArgumentParser
import StoryKit

/// `outline STORY|all`: beats, ending and arc; the skeleton of one story or of the corpus.
public struct OutlineCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "A story's beats, their key sentences and cast, its ending and arc; `all` side by side.",
        discussion: "Beats: \(BeatKind.allValueStrings.joined(separator: ", ")) (a story may lack some). --format md makes a handout; --format svg a picture for a browser (for `all`, the corpus's skeleton, a row a story). With -o FILE the document is written to FILE (atomically; --force to replace).")
    public static let group = CommandGroup.structure
    public static let examples = ["outline 003", "outline all", "outline 002 --format md -o handout.md", "outline 001 --format svg -o 001.svg", "outline all --format svg -o skeleton.svg"]
    public static let completions: [Completion] = [.storyOrAll]
    public static let writesFiles = false

    @Argument(help: "A story, or `all`.")
    var story: String

    @Option(help: "How to render it (md: a handout; svg: a picture).")
    var format: OutlineFormat = .text

    @OptionGroup var file: DocumentOutput

    public init() {}

    public static func hint(option: String, value: String) -> String? {
        value.lowercased() == "html" ? "`export STORY FILE.html` writes a page with the outline, the arc and the text" : nil
    }

    public mutating func run(in session: Session) throws -> any CommandResult {
        if story == "all" {
            let (docs, skipped) = session.analysableDocuments()
            try session.prefetch(docs, through: .arc)
            let columns = session.outlineColumns.values(for: docs) { OutlineColumn($0) }
            var result = OutlineAllResult(columns: columns, skipped: skipped)
            switch format {
            case .md: result.document = OutlineMarkdown.corpus(docs)
            case .svg: result.document = CorpusOutlineSVG.render(docs)
            case .text, .json: break
            }
            if let document = result.document { result.written = try file.deliver(document, session: session) }
            return result
        }
        let doc = try session.analysed(story)
        var result = OutlineResult(doc)
        switch format {
        case .md: result.document = OutlineMarkdown.story(doc)
        case .svg: result.document = OutlineSVG.render(doc: doc)
        case .json: result.document = file.output == nil ? nil : JSONLine.encode(result)
        case .text: result.document = file.output == nil ? nil : result.render(RenderContext(width: 100, color: false))
        }
        if let document = result.document { result.written = try file.deliver(document, session: session) }
        return result
    }
}

/// The `outline` shape of CONTRACT.md, with the evidence, the cast on stage and the arc.
struct OutlineResult: CommandResult {
    struct Beat: Encodable {
        var beat: BeatKind
        var first: Int
        var last: Int
        var summary: String
        var onStage: [String]
        var valence: Double?
    }
    var story: String
    var title: String?
    var ending: EndingKind
    var confidence: Double
    var evidence: String
    var evidenceParagraph: Int
    var cues: [String]
    var beats: [Beat]
    /// The story opens on the return and tells the leaving afterwards, looking back.
    var toldFromReturn: Bool
    var arc: [Double]
    /// The arc's shape (Reagan et al.) and its turning points.
    var shape: ArcShape = .flat
    /// A rendered document (md, svg, html) when one was asked for.
    var document: String?
    var written: String?

    init(_ doc: StoryDocument) {
        let structure = doc.structure, cast = doc.cast, arc = doc.arc
        story = doc.id
        title = doc.title
        ending = structure.ending.kind
        confidence = structure.ending.confidence
        evidence = structure.ending.evidence
        evidenceParagraph = structure.ending.paragraph
        cues = structure.ending.cues
        toldFromReturn = structure.toldFromReturn
        beats = structure.beats.map { b in
            Beat(beat: b.kind, first: b.first, last: b.last, summary: b.summary,
                 onStage: b.onStage.compactMap { i in i < cast.members.count ? cast.members[i].name ?? cast.members[i].label : nil },
                 valence: arc.beats.first { $0.beat == b.kind }.map { ($0.valence * 1000).rounded() / 1000 })
        }
        self.arc = arc.smoothed.map { ($0 * 1000).rounded() / 1000 }
        shape = arc.shape
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(story, forKey: AnyKey("story"))
        try c.encode(title, forKey: AnyKey("title"))
        try c.encode(ending, forKey: AnyKey("ending"))
        try c.encode(confidence, forKey: AnyKey("confidence"))
        try c.encode(evidence, forKey: AnyKey("evidence"))
        try c.encode(evidenceParagraph, forKey: AnyKey("evidence_paragraph"))
        try c.encode(cues, forKey: AnyKey("cues"))
        try c.encode(beats, forKey: AnyKey("beats"))
        try c.encode(toldFromReturn, forKey: AnyKey("told_from_return"))
        try c.encode(arc, forKey: AnyKey("arc"))
        try c.encode(ShapeJSON(shape), forKey: AnyKey("shape"))
        try DocumentOutput.encode(document: document, written: written, into: &c)
    }

    func render(_ context: RenderContext) -> String {
        if let text = DocumentOutput.text(document: document, written: written) { return text }
        let s = context.style
        var out: [String] = []
        out.append(context.titleLine(title, id: story))
        out.append("")
        let rangeWidth = beats.map { "¶\($0.first)–\($0.last)".count }.max() ?? 6
        let nameWidth = 15
        for b in beats {
            let head = s.color(ArcChart.beatColors[b.beat] ?? 7, b.beat.rawValue.padded(to: nameWidth)) + s.dim("¶\(b.first)–\(b.last)".padded(to: rangeWidth)) + "  "
            let indent = String(repeating: " ", count: nameWidth + rangeWidth + 2)
            out.append(Quoting.quoted(b.summary).wrapped(to: context.width, indent: indent, firstIndent: head))
            if !b.onStage.isEmpty {
                out.append(("on stage: " + b.onStage.joined(separator: ", ")).wrapped(to: context.width, indent: indent + "          ", firstIndent: indent)
                    .split(separator: "\n").map { s.dim(String($0)) }.joined(separator: "\n"))
            }
        }
        if toldFromReturn {
            out.append(s.dim("told from the return: it opens on the return, then looks back on the leaving"))
        }
        out.append("")
        let label = s.ending(ending)
        let sure = confidence < Ending.uncertainBelow ? s.yellow(" (uncertain)") : ""
        out.append(s.bold("ending  ") + label + sure + s.dim("  decided in ¶\(evidenceParagraph), confidence \(String(format: "%.2f", confidence)):"))
        out.append(Quoting.quoted(evidence).wrapped(to: context.width, indent: "        ", firstIndent: "        "))
        let distinct = cues.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !distinct.isEmpty { out.append(("cues: " + distinct.joined(separator: "; ")).wrapped(to: context.width, indent: "              ", firstIndent: "        ").split(separator: "\n").map { s.dim(String($0)) }.joined(separator: "\n")) }
        out.append("")
        let spans = beats.map { BeatSpan(kind: $0.beat, first: $0.first, last: $0.last, summary: "") }
        out.append(ArcChart(values: arc, beats: spans).render(width: min(context.width, 100), style: s))
        out.append(ShapeText.lines(shape, width: context.width, style: s))
        return out.joined(separator: "\n")
    }
}

/// Columns handed to worker threads, each index to one thread only.
private struct UncheckedColumns: @unchecked Sendable {
    let columns: [OutlineColumn]
    init(_ columns: [OutlineColumn]) { self.columns = columns }
}

/// `outline all`: one column per story, one row per beat.
struct OutlineAllResult: CommandResult {
    /// The stories in order, each with the cells it last rendered (kept by the session).
    var columns: [OutlineColumn]
    /// Stories too long to analyse, left out.
    var skipped: [String] = []
    var document: String?
    var written: String?

    var stories: [OutlineResult] { columns.map(\.outline) }

    func jsonLine() -> String {
        var shell = self
        shell.columns = []
        let documents = columns.map(\.document)
        return JSONLine.encode(shell, streaming: "stories", count: documents.count) { OutlineResult(documents[$0]) }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(stories, forKey: AnyKey("stories"))
        try c.encode(skipped, forKey: AnyKey("skipped"))
        try DocumentOutput.encode(document: document, written: written, into: &c)
    }

    func render(_ context: RenderContext) -> String {
        if let text = DocumentOutput.text(document: document, written: written) { return text }
        let s = context.style
        if columns.isEmpty { return "no stories loaded" }
        let label = 14
        let gap = "  "
        let perRow = max(1, min(columns.count, (context.width - label) / (12 + gap.count)))
        // Row labels, padded once: two header rows, the beats, ending, arc.
        let labels = (["", ""] + BeatKind.allCases.map { s.color(ArcChart.beatColors[$0] ?? 7, $0.rawValue) } + [s.bold("ending"), "arc", "shape"])
            .map { $0.padded(to: label) }
        var out = "", line = ""
        // Columns not yet laid out at this width make their cells on all cores first (each
        // column is touched by one thread): a cold column makes its outline, and ten thousand
        // of them are a tenth of a second. Laid-out columns are only read.
        let room = context.width - label, count = columns.count, gapWidth = gap.count
        let width = { (i: Int) in max(10, room / min(perRow, count - (i - i % perRow)) - gapWidth) }
        let cold = columns.indices.filter { !columns[$0].hasCells(width: width($0), style: s) }
        if cold.count > 1 {
            let shared = UncheckedColumns(cold.map { columns[$0] })
            let widths = cold.map(width)
            _ = ParallelMap.map(cold.count) { k in shared.columns[k].cells(width: widths[k], style: s).count }
        }
        for chunkStart in stride(from: 0, to: columns.count, by: perRow) {
            let chunk = columns[chunkStart..<min(columns.count, chunkStart + perRow)]
            let cells = chunk.indices.map { chunk[$0].cells(width: width($0), style: s) }
            if chunkStart > 0 { out += "\n\n" }
            for (r, name) in labels.enumerated() {
                // Each row is made in a buffer of its own: cutting the spaces off the end of
                // the whole output would move it.
                line.removeAll(keepingCapacity: true)
                line += name
                for (k, column) in cells.enumerated() {
                    if k > 0 { line += gap }
                    line += column[r]
                }
                line.removeTrailingSpaces()
                if r > 0 { out += "\n" }
                out += line
            }
        }
        return out + "\n" + s.dim("¶first–last of each beat; + − = its mood; · the story has no such beat")
            + TooLong.note(skipped, context)
    }
}

/// Puts a sentence in quotation marks unless it already opens or closes with one.
enum Quoting {
    static func quoted(_ s: String) -> String {
        let marks: Set<Character> = ["“", "”", "\"", "‘", "’"]
        if let f = s.first, let l = s.last, marks.contains(f) || marks.contains(l) { return s }
        return "“" + s + "”"
    }
}

/// A one-line arc.
enum Sparkline {
    static func render(_ values: [Double], width: Int) -> String {
        guard !values.isEmpty else { return "" }
        let n = min(width, values.count * 2)
        let samples = (0..<n).map { c in values[min(values.count - 1, Int(Double(c) / Double(max(1, n - 1)) * Double(values.count - 1) + 0.5))] }
        let lo = samples.min()!, hi = samples.max()!
        let span = max(hi - lo, 0.05)
        return String(samples.map { ArcChart.blocks[1 + Int(((($0 - lo) / span) * 7).rounded())] })
    }
}
