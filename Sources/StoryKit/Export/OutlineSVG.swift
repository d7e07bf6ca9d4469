/// The outline of a story as a standalone SVG: one horizontal band per beat, in proportion to
/// its paragraphs and labelled with its name and span, the smoothed arc drawn over the bands,
/// and the ending written underneath.
public enum OutlineSVG {
    public static func render(doc: StoryDocument, width: Int = 720, height: Int = 160) -> String {
        let structure = doc.structure
        let arc = doc.arc
        let w = Double(max(width, 120)), h = Double(max(height, 80))
        let left = 12.0, right = 12.0, top = 24.0
        let bandH = (h - top - 34) , plotW = w - left - right
        let n = max(1, doc.paragraphs.count)
        func edge(_ i: Int) -> Double { left + plotW * Double(i) / Double(n) }
        let title = "Outline: " + (doc.title ?? doc.id)
        var s = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(w)) \(Int(h))" width="\(Int(w))" height="\(Int(h))" \
        font-family="sans-serif" font-size="10">
        <title>\(SVGText.escape(title))</title>
        <rect x="0" y="0" width="\(Int(w))" height="\(Int(h))" fill="#ffffff"/>

        """
        for b in structure.beats {
            let x0 = edge(b.first - 1), x1 = edge(b.last)
            s += "<rect x=\"\(SVGText.num(x0))\" y=\"\(SVGText.num(top))\" width=\"\(SVGText.num(x1 - x0))\" height=\"\(SVGText.num(bandH))\" "
            s += "fill=\"\(SVGText.colour(b.kind))\" stroke=\"#fff\"><title>\(SVGText.escape(b.summary))</title></rect>\n"
            s += "<text x=\"\(SVGText.num((x0 + x1) / 2))\" y=\"\(SVGText.num(top - 8))\" text-anchor=\"middle\">\(SVGText.escape(b.kind.rawValue))</text>\n"
            s += "<text x=\"\(SVGText.num((x0 + x1) / 2))\" y=\"\(SVGText.num(top + bandH + 12))\" text-anchor=\"middle\" fill=\"#666\">\(b.first)–\(b.last)</text>\n"
        }
        if !arc.smoothed.isEmpty {
            let pts = arc.smoothed.enumerated().map { i, v in
                "\(SVGText.num(left + plotW * (Double(i) + 0.5) / Double(n))),\(SVGText.num(top + bandH * (1 - (v + 1) / 2)))"
            }
            s += "<line x1=\"\(SVGText.num(left))\" y1=\"\(SVGText.num(top + bandH / 2))\" x2=\"\(SVGText.num(w - right))\" y2=\"\(SVGText.num(top + bandH / 2))\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>\n"
            s += "<polyline points=\"\(pts.joined(separator: " "))\" fill=\"none\" stroke=\"#b03030\" stroke-width=\"2\"/>\n"
        }
        let e = structure.ending
        s += "<text x=\"\(SVGText.num(left))\" y=\"\(SVGText.num(h - 6))\" fill=\"#333\">\(SVGText.escape("ending: \(e.kind.rawValue) (¶\(e.paragraph)): \(e.evidence)"))</text>\n"
        s += "</svg>\n"
        return s
    }
}
