/// The skeleton of a corpus as one picture, for a class to compare stories at a glance: a row
/// per story, its beats as bands in proportion to their paragraphs (so every story has the same
/// width whatever its length), and its ending and arc shape at the right.
public enum CorpusOutlineSVG {
    public static func render(_ docs: [StoryDocument], width: Int = 900) -> String {
        let rowH = 26.0, top = 44.0, labelW = 150.0, endW = 210.0
        let w = Double(max(width, 480)), plotW = w - labelW - endW - 16
        let h = top + rowH * Double(docs.count) + 30
        var s = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(w)) \(Int(h))" width="\(Int(w))" height="\(Int(h))" \
        font-family="sans-serif" font-size="11">
        <title>The skeleton of \(docs.count) \(docs.count == 1 ? "story" : "stories")</title>
        <rect x="0" y="0" width="\(Int(w))" height="\(Int(h))" fill="#ffffff"/>
        <text x="8" y="18" font-size="13" font-weight="bold">The skeleton of \(docs.count) \(docs.count == 1 ? "story" : "stories"): beats in proportion to their paragraphs</text>

        """
        // The legend: one swatch per beat kind.
        var x = 8.0
        for kind in BeatKind.allCases {
            s += "<rect x=\"\(SVGText.num(x))\" y=\"26\" width=\"10\" height=\"10\" fill=\"\(SVGText.colour(kind))\"/>"
            s += "<text x=\"\(SVGText.num(x + 13))\" y=\"35\" fill=\"#444\">\(kind.rawValue)</text>\n"
            x += 13 + SVGText.width(kind.rawValue, size: 11) + 12
        }
        for (row, doc) in docs.enumerated() {
            let y = top + rowH * Double(row)
            let n = max(1, doc.paragraphs.count)
            let label = String(doc.id.prefix(20))
            s += "<text class=\"story\" x=\"8\" y=\"\(SVGText.num(y + 15))\">\(SVGText.escape(label))<title>\(SVGText.escape(doc.title ?? doc.id))</title></text>\n"
            for b in doc.structure.beats {
                let bx = labelW + plotW * Double(b.first - 1) / Double(n)
                let bw = max(1.5, plotW * Double(b.last - b.first + 1) / Double(n))
                s += "<rect class=\"beat\" x=\"\(SVGText.num(bx))\" y=\"\(SVGText.num(y + 3))\" width=\"\(SVGText.num(bw))\" height=\"\(SVGText.num(rowH - 8))\" fill=\"\(SVGText.colour(b.kind))\">"
                s += "<title>\(b.kind.rawValue) \(SVGText.span(b.first, b.last))</title></rect>\n"
            }
            let e = doc.structure.ending
            let sure = e.isUncertain ? " (uncertain)" : ""
            s += "<text class=\"ending\" x=\"\(SVGText.num(labelW + plotW + 10))\" y=\"\(SVGText.num(y + 15))\">\(SVGText.escape(e.kind.rawValue + sure)) · \(SVGText.escape(doc.arc.shape.name))</text>\n"
        }
        s += "<text x=\"\(SVGText.num(labelW))\" y=\"\(SVGText.num(h - 10))\" fill=\"#666\">start</text>"
        s += "<text x=\"\(SVGText.num(labelW + plotW))\" y=\"\(SVGText.num(h - 10))\" fill=\"#666\" text-anchor=\"end\">end</text>\n"
        return s + "</svg>\n"
    }
}
