/// The outline of a story as a standalone SVG: its title and shape, one horizontal band per
/// beat in proportion to its paragraphs, labelled with its name and span, the smoothed arc
/// drawn over the bands (to the story's own range), and the ending written underneath.
///
/// Names and spans of short beats would run into each other ("rebuildingreturn"): each label
/// takes the first of four rows where it clears its neighbours, stays inside the picture
/// (no clipped "resolution"), and one with no room is left to the band's tooltip.
public enum OutlineSVG {
    public static func render(doc: StoryDocument, width: Int = 720, height: Int = 232) -> String {
        let structure = doc.structure
        let arc = doc.arc
        let w = Double(max(width, 160)), h = Double(max(height, 140))
        let left = 12.0, right = 12.0, top = 100.0
        let bandH = h - top - 46, plotW = w - left - right
        let n = max(1, doc.paragraphs.count)
        func edge(_ i: Int) -> Double { left + plotW * Double(i) / Double(n) }
        let title = doc.title ?? doc.id
        var s = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(w)) \(Int(h))" width="\(Int(w))" height="\(Int(h))" \
        font-family="sans-serif" font-size="10">
        <title>\(SVGText.escape("Outline: " + title))</title>
        <rect x="0" y="0" width="\(Int(w))" height="\(Int(h))" fill="#ffffff"/>

        """
        s += "<text class=\"title\" x=\"\(SVGText.num(left))\" y=\"16\" font-size=\"13\" font-weight=\"bold\">\(SVGText.escape(SVGText.clip(title, to: plotW, size: 13)))</text>\n"
        s += "<text class=\"shape\" x=\"\(SVGText.num(left))\" y=\"31\" fill=\"#444\">\(SVGText.escape(ArcSVG.shapeLine(arc.shape)))</text>\n"
        var nameRows = [Double](repeating: -.infinity, count: 4)
        var spanRows = [-Double.infinity, -Double.infinity]
        /// The x of a label centred on `centre`, kept inside the picture, and the row it fits, if any.
        func place(_ text: String, centre: Double, rows: inout [Double]) -> (Double, Int)? {
            let half = SVGText.width(text, size: 10) / 2
            let x = min(max(centre, left + half), w - right - half)
            guard let row = rows.firstIndex(where: { x - half >= $0 + 5 }) else { return nil }
            rows[row] = x + half
            return (x, row)
        }
        for b in structure.beats {
            let x0 = edge(b.first - 1), x1 = edge(b.last)
            let span = SVGText.span(b.first, b.last)
            s += "<rect x=\"\(SVGText.num(x0))\" y=\"\(SVGText.num(top))\" width=\"\(SVGText.num(x1 - x0))\" height=\"\(SVGText.num(bandH))\" "
            s += "fill=\"\(SVGText.colour(b.kind))\" stroke=\"#fff\"><title>\(SVGText.escape("\(b.kind.rawValue) \(span): \(b.summary)"))</title></rect>\n"
            if let (x, row) = place(b.kind.rawValue, centre: (x0 + x1) / 2, rows: &nameRows) {
                s += "<text x=\"\(SVGText.num(x))\" y=\"\(SVGText.num(top - 6 - Double(row) * 12))\" text-anchor=\"middle\">\(SVGText.escape(b.kind.rawValue))</text>\n"
            }
            if let (x, row) = place(span, centre: (x0 + x1) / 2, rows: &spanRows) {
                s += "<text x=\"\(SVGText.num(x))\" y=\"\(SVGText.num(top + bandH + 12 + Double(row) * 11))\" text-anchor=\"middle\" fill=\"#666\">\(span)</text>\n"
            }
        }
        if !arc.smoothed.isEmpty, let range = arc.range {
            let span = max(range.upperBound - range.lowerBound, 0.02), mid = (range.lowerBound + range.upperBound) / 2
            let lo = mid - span * 0.55, hi = mid + span * 0.55
            func y(_ v: Double) -> Double { top + bandH * (1 - (v - lo) / (hi - lo)) }
            let pts = arc.smoothed.enumerated().map { i, v in
                "\(SVGText.num(left + plotW * (Double(i) + 0.5) / Double(n))),\(SVGText.num(y(v)))"
            }
            if lo < 0, hi > 0 {
                s += "<line x1=\"\(SVGText.num(left))\" y1=\"\(SVGText.num(y(0)))\" x2=\"\(SVGText.num(w - right))\" y2=\"\(SVGText.num(y(0)))\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>\n"
            }
            s += "<polyline class=\"arc\" points=\"\(pts.joined(separator: " "))\" fill=\"none\" stroke=\"#b03030\" stroke-width=\"2\"/>\n"
            s += "<text class=\"scale\" x=\"\(SVGText.num(left))\" y=\"45\" fill=\"#555\">\(SVGText.escape("arc scaled to this story's range (\(SVGText.signed(range.lowerBound)) to \(SVGText.signed(range.upperBound)))"))</text>\n"
        }
        let e = structure.ending
        s += "<text x=\"\(SVGText.num(left))\" y=\"\(SVGText.num(h - 6))\" fill=\"#333\">\(SVGText.escape(SVGText.clip("ending: \(e.kind.rawValue) (¶\(e.paragraph)): \(e.evidence)", to: plotW, size: 10)))</text>\n"
        s += "</svg>\n"
        return s
    }
}
