import StoryKit

/// One story's column of `outline all`: the cells last rendered for it.
///
/// A class, kept per document in the session's memo, so that the cells (cut and padded to the
/// column width, the expensive part of the table) are made once per layout, not on every run.
/// The outline itself is not kept: it is a quick view of cached layers, and ten thousand of
/// them held for the session would cost 30 MB.
final class OutlineColumn {
    let document: StoryDocument
    private var layout: (width: Int, color: Bool)?
    private var cells: [String] = []

    init(_ document: StoryDocument) { self.document = document }

    /// The story's outline, made from its layers.
    var outline: OutlineResult { OutlineResult(document) }

    /// Whether `cells(width:style:)` would only read what it made last time.
    func hasCells(width: Int, style: Style) -> Bool {
        layout.map { $0.width == width && $0.color == style.enabled } ?? false
    }

    /// Rows of the column, each cut and padded to `width`: id, title, the beats of
    /// `BeatKind.allCases` in order, ending, arc, shape.
    func cells(width: Int, style: Style) -> [String] {
        if let layout, layout.width == width, layout.color == style.enabled { return cells }
        let o = outline
        var raw = [style.bold(String(o.story.prefix(width))), style.dim(o.title ?? "(untitled)")]
        for kind in BeatKind.allCases {
            if let b = o.beats.first(where: { $0.beat == kind }) {
                let mood = b.valence.map { v in v > 0.05 ? "+" : v < -0.05 ? "−" : "=" } ?? ""
                raw.append("¶\(b.first)–\(b.last) \(mood)")
            } else {
                raw.append(style.dim("·"))
            }
        }
        raw.append(style.ending(o.ending))
        raw.append(Sparkline.render(o.arc, width: width))
        raw.append(o.shape.name)
        cells = raw.map { $0.truncated(to: width).padded(to: width) }
        layout = (width, style.enabled)
        return cells
    }
}
