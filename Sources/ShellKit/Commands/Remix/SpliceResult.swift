import StoryKit

/// What `splice` made and the report of what it changed; its JSON is the issue's shape.
struct SpliceResult: CommandResult {
    struct Span: Encodable { var first: Int; var last: Int }
    var id: String
    var title: String
    var recipient: String
    /// The donor story, or nil for a built-in ending.
    var donor: String?
    var template: String?
    var ending: String?
    var kept: Span
    var donorParagraphs: Span?
    var rewrites: [SpliceReport.Rewrite]
    var drops: [SpliceReport.Drop]
    var notes: [String]
    var warnings: [SpliceReport.Warning]
    var paragraphs: Int

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(id, forKey: AnyKey("id"))
        try c.encode(recipient, forKey: AnyKey("recipient"))
        try c.encode(donor, forKey: AnyKey("donor"))
        try c.encode(template, forKey: AnyKey("template"))
        try c.encode(ending, forKey: AnyKey("ending"))
        try c.encode(kept, forKey: AnyKey("kept"))
        try c.encode(rewrites, forKey: AnyKey("rewrites"))
        try c.encode(drops, forKey: AnyKey("drops"))
        try c.encode(notes, forKey: AnyKey("notes"))
        try c.encode(paragraphs, forKey: AnyKey("paragraphs"))
        try c.encode(title, forKey: AnyKey("title"))
        try c.encode(warnings, forKey: AnyKey("warnings"))
    }

    func render(_ context: RenderContext) -> String {
        let s = context.style
        let source: String
        if let donor { source = "\(Splicer.shortID(donor)) ¶\(donorParagraphs?.first ?? 0)–\(donorParagraphs?.last ?? 0)" }
        else { source = "built-in ending \(template ?? "?")" }
        var out = [s.bold("made \(id)") + ": \(Splicer.shortID(recipient)) ¶\(kept.first)–\(kept.last) + \(source)"
                   + (ending.map { " (\($0))" } ?? "") + ", \(paragraphs) paragraphs"]
        out.append("  title: \(title)")
        for n in notes { out.append(s.dim("  note: \(n)")) }
        if warnings.isEmpty { out.append("  self-check: no warnings") } else { out.append(s.yellow("  warnings:")) }
        for w in warnings { out.append(s.yellow(("    " + w.description).truncated(to: max(40, context.width)))) }
        if !rewrites.isEmpty { out.append("  rewrites:") }
        for r in rewrites { out.append("    " + r.description) }
        if !drops.isEmpty { out.append("  drops:") }
        for d in drops {
            out.append(("    " + d.description + " — “" + d.text.truncated(to: 60) + "”").truncated(to: max(40, context.width)))
        }
        return out.joined(separator: "\n")
    }
}
