/// The emotional arc of a story as a standalone SVG: beat bands with their names, a zero axis,
/// the raw paragraph valences as dots and the smoothed arc as a line. No terminal code: the
/// shell writes the string to a file a browser opens.
public enum ArcSVG {
    public static func render(doc: StoryDocument, width: Int = 720, height: Int = 240) -> String {
        let arc = doc.arc
        let beats = doc.structure.beats
        let w = Double(max(width, 120)), h = Double(max(height, 80))
        let left = 36.0, right = 12.0, top = 50.0, bottom = 22.0
        let plotW = w - left - right, plotH = h - top - bottom
        let n = arc.smoothed.count
        // Paragraph i (0-based) is centred in its slot, so bands and points line up.
        func x(_ i: Double) -> Double { left + plotW * (n == 0 ? 0.5 : (i + 0.5) / Double(n)) }
        func slotEdge(_ i: Int) -> Double { left + plotW * (n == 0 ? 0 : Double(i) / Double(n)) }
        // Scale to the story's own range (symmetric about zero), so a quiet arc still reads.
        let extent = min(1, max(0.25, (arc.smoothed + arc.paragraphs).map(abs).max() ?? 0) * 1.1)
        func y(_ v: Double) -> Double { top + plotH * (1 - (max(-extent, min(extent, v)) / extent + 1) / 2) }
        let label = SVGText.num(extent)
        let title = "Emotional arc: " + (doc.title ?? doc.id)
        var s = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(w)) \(Int(h))" width="\(Int(w))" height="\(Int(h))" \
        font-family="sans-serif" font-size="10">
        <title>\(SVGText.escape(title))</title>
        <rect x="0" y="0" width="\(Int(w))" height="\(Int(h))" fill="#ffffff"/>

        """
        s += "<g class=\"beats\">\n"
        var rowEnds = [-Double.infinity, -Double.infinity, -Double.infinity]
        for b in beats where n > 0 {
            let x0 = slotEdge(b.first - 1), x1 = slotEdge(min(n, b.last))
            s += "<rect x=\"\(SVGText.num(x0))\" y=\"\(SVGText.num(top))\" width=\"\(SVGText.num(max(0, x1 - x0)))\" "
            s += "height=\"\(SVGText.num(plotH))\" fill=\"\(SVGText.colour(b.kind))\"><title>\(SVGText.escape("\(b.kind.rawValue) ¶\(b.first)–\(b.last): \(b.summary)"))</title></rect>\n"
            // Labels take the first of three rows where they do not touch a neighbour, and
            // stay inside the picture; one with no room is left to the band's tooltip.
            let labelWidth = Double(b.kind.rawValue.count) * 5.6
            let centre = min(max((x0 + x1) / 2, left + labelWidth / 2), w - right - labelWidth / 2)
            if let row = rowEnds.firstIndex(where: { centre - labelWidth / 2 >= $0 + 4 }) {
                s += "<text x=\"\(SVGText.num(centre))\" y=\"\(SVGText.num(top - 6 - Double(row) * 11))\" text-anchor=\"middle\" fill=\"#333\">\(SVGText.escape(b.kind.rawValue))</text>\n"
                rowEnds[row] = centre + labelWidth / 2
            }
        }
        s += "</g>\n"
        s += "<line class=\"axis\" x1=\"\(SVGText.num(left))\" y1=\"\(SVGText.num(y(0)))\" x2=\"\(SVGText.num(w - right))\" y2=\"\(SVGText.num(y(0)))\" stroke=\"#777\" stroke-dasharray=\"3 3\"/>\n"
        s += "<text x=\"\(SVGText.num(left - 4))\" y=\"\(SVGText.num(y(0) + 3))\" text-anchor=\"end\">0</text>\n"
        s += "<text x=\"\(SVGText.num(left - 4))\" y=\"\(SVGText.num(y(extent) + 8))\" text-anchor=\"end\">+\(label)</text>\n"
        s += "<text x=\"\(SVGText.num(left - 4))\" y=\"\(SVGText.num(y(-extent)))\" text-anchor=\"end\">−\(label)</text>\n"
        s += "<text x=\"\(SVGText.num(left + plotW / 2))\" y=\"\(SVGText.num(h - 6))\" text-anchor=\"middle\" fill=\"#555\">paragraph (1–\(n))</text>\n"
        if n > 0 {
            s += "<g class=\"raw\" fill=\"#999\">\n"
            for (i, v) in arc.paragraphs.enumerated() {
                s += "<circle cx=\"\(SVGText.num(x(Double(i))))\" cy=\"\(SVGText.num(y(v)))\" r=\"1.6\"/>\n"
            }
            s += "</g>\n"
            let points = arc.smoothed.enumerated().map { "\(SVGText.num(x(Double($0.offset)))),\(SVGText.num(y($0.element)))" }
            s += "<polyline class=\"arc\" points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#b03030\" stroke-width=\"2\"/>\n"
        }
        s += "</svg>\n"
        return s
    }
}
