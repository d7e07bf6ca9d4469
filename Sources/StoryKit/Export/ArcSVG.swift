/// The emotional arc of a story as a standalone SVG: a title, beat bands with their names, the
/// beats' mean values as steps under the smoothed arc, the raw paragraph valences as dots, the
/// turning points of its shape. No terminal code: the shell writes the string to a file a
/// browser opens.
///
/// The vertical axis is the story's own range (the smoothed arc's minimum to maximum, with a
/// twentieth of the range spare at each end), as Syuzhet scales each story: a quiet story's
/// fall and rise fill the picture instead of hugging a ±1 zero line. The axis says so.
public enum ArcSVG {
    /// Plot geometry shared by the single and the comparison chart.
    struct Plot {
        var left = 52.0, right = 14.0, top = 0.0, bottom = 0.0
        var width = 0.0, height = 0.0
        var lo = -1.0, hi = 1.0
        var plotW: Double { width - left - right }
        var plotH: Double { height - top - bottom }
        func y(_ v: Double) -> Double { top + plotH * (1 - (v - lo) / (hi - lo)) }
        func clamped(_ v: Double) -> Double { Swift.min(hi, Swift.max(lo, v)) }

        /// A range around [min, max] with 5 % spare at each end; a flat arc gets ±0.05.
        static func scale(_ values: [Double]) -> (Double, Double) {
            guard let mn = values.min(), let mx = values.max() else { return (-1, 1) }
            let span = Swift.max(mx - mn, 0.02)
            let mid = (mn + mx) / 2
            return (mid - span * 0.55, mid + span * 0.55)
        }
    }

    public static func render(doc: StoryDocument, width: Int = 720, height: Int = 300) -> String {
        let arc = doc.arc
        let beats = doc.structure.beats
        var p = Plot()
        p.width = Double(max(width, 160))
        p.height = Double(max(height, 120))
        p.top = 104
        p.bottom = 36
        let n = arc.smoothed.count
        (p.lo, p.hi) = Plot.scale(arc.smoothed)
        // Paragraph i (0-based) is centred in its slot, so bands and points line up.
        func x(_ i: Double) -> Double { p.left + p.plotW * (n == 0 ? 0.5 : (i + 0.5) / Double(n)) }
        func slotEdge(_ i: Int) -> Double { p.left + p.plotW * (n == 0 ? 0 : Double(i) / Double(n)) }
        let title = doc.title ?? doc.id
        let shape = arc.shape
        var s = header(p, title: "Emotional arc: " + title)
        s += "<text class=\"title\" x=\"\(SVGText.num(p.left))\" y=\"16\" font-size=\"13\" font-weight=\"bold\">\(SVGText.escape(SVGText.clip(title, to: p.width - p.left - 12, size: 13)))</text>\n"
        s += "<text class=\"shape\" x=\"\(SVGText.num(p.left))\" y=\"31\" fill=\"#444\">\(SVGText.escape(shapeLine(shape)))</text>\n"
        s += bands(beats.map { ($0.kind, slotEdge($0.first - 1), slotEdge(min(n, $0.last)), "\($0.kind.rawValue) \(SVGText.span($0.first, $0.last)): \($0.summary)") },
                   plot: p, show: n > 0)
        s += axes(p, caption: "valence, scaled to this story's range (\(SVGText.signed(arc.range?.lowerBound ?? 0)) to \(SVGText.signed(arc.range?.upperBound ?? 0)))")
        s += "<text x=\"\(SVGText.num(p.left + p.plotW / 2))\" y=\"\(SVGText.num(p.height - 6))\" text-anchor=\"middle\" fill=\"#555\">paragraph (1–\(n)); grey steps: each beat's mean; dots: each paragraph before smoothing</text>\n"
        if n > 0 {
            // The beats' means as steps, under the curve.
            var steps: [String] = []
            for b in beats {
                guard let v = arc.beats.first(where: { $0.beat == b.kind })?.valence else { continue }
                let x0 = slotEdge(b.first - 1), x1 = slotEdge(min(n, b.last)), yv = SVGText.num(p.y(p.clamped(v)))
                steps.append("M\(SVGText.num(x0)),\(yv) H\(SVGText.num(x1))")
            }
            s += "<path class=\"beat-means\" d=\"\(steps.joined(separator: " "))\" fill=\"none\" stroke=\"#666\" stroke-opacity=\"0.55\" stroke-width=\"4\"/>\n"
            s += "<g class=\"raw\" fill=\"#999\">\n"
            for (i, v) in arc.paragraphs.enumerated() {
                let off = v < p.lo || v > p.hi
                s += "<circle cx=\"\(SVGText.num(x(Double(i))))\" cy=\"\(SVGText.num(p.y(p.clamped(v))))\" r=\"1.8\"\(off ? " fill=\"none\" stroke=\"#999\"" : "")><title>¶\(i + 1): \(SVGText.signed(v))\(off ? " (off the scale)" : "")</title></circle>\n"
            }
            s += "</g>\n"
            let points = arc.smoothed.enumerated().map { "\(SVGText.num(x(Double($0.offset)))),\(SVGText.num(p.y($0.element)))" }
            s += "<polyline class=\"arc\" points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#b03030\" stroke-width=\"2.2\"/>\n"
            for t in shape.turningPoints where t.paragraph >= 1 && t.paragraph <= n {
                let cx = x(Double(t.paragraph - 1)), cy = p.y(t.valence)
                let dy = t.kind == .peak ? -7.0 : 13.0
                s += "<g class=\"turn\"><circle cx=\"\(SVGText.num(cx))\" cy=\"\(SVGText.num(cy))\" r=\"4\" fill=\"#fff\" stroke=\"#b03030\" stroke-width=\"2\"/>"
                s += "<text x=\"\(SVGText.num(cx))\" y=\"\(SVGText.num(cy + dy))\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#802020\">¶\(t.paragraph)</text>"
                s += "<title>\(SVGText.escape("\(t.kind.rawValue) ¶\(t.paragraph): \(t.sentence)"))</title></g>\n"
            }
        }
        s += "</svg>\n"
        return s
    }

    /// Two stories' arcs on one chart, aligned by beat: each beat present in either story gets
    /// a slot as wide as its mean share of the two stories, and each story's paragraphs of
    /// that beat are spread over the slot. The scale is the two arcs' joint range.
    public static func compare(_ a: StoryDocument, _ b: StoryDocument, width: Int = 760, height: Int = 320) -> String {
        let alignment = BeatAlignment(a, b)
        var p = Plot()
        p.width = Double(max(width, 200))
        p.height = Double(max(height, 140))
        p.top = 104
        p.bottom = 36
        (p.lo, p.hi) = Plot.scale(a.arc.smoothed + b.arc.smoothed)
        func x(_ f: Double) -> Double { p.left + p.plotW * f }
        var s = header(p, title: "Emotional arcs aligned by beat: \(a.id) and \(b.id)")
        let colours = ["#b03030", "#2f5fa8"]
        for (k, doc) in [a, b].enumerated() {
            let y = 16.0 + Double(k) * 15
            let shape = doc.arc.shape
            s += "<line x1=\"\(SVGText.num(p.left))\" y1=\"\(SVGText.num(y - 4))\" x2=\"\(SVGText.num(p.left + 18))\" y2=\"\(SVGText.num(y - 4))\" stroke=\"\(colours[k])\" stroke-width=\"3\"\(k == 1 ? " stroke-dasharray=\"6 3\"" : "")/>"
            let label = "\(doc.id): \(doc.title ?? "(untitled)")"
            s += "<text x=\"\(SVGText.num(p.left + 24))\" y=\"\(SVGText.num(y))\" font-weight=\"bold\">\(SVGText.escape(SVGText.clip(label, to: p.plotW * 0.62, size: 10)))</text>"
            s += "<text x=\"\(SVGText.num(p.width - p.right))\" y=\"\(SVGText.num(y))\" text-anchor=\"end\" fill=\"#444\">\(SVGText.escape(shapeLine(shape, short: true)))</text>\n"
        }
        s += bands(alignment.slots.map { ($0.kind, x($0.start), x($0.end), $0.kind.rawValue) }, plot: p, show: true)
        s += axes(p, axis: "valence (joint range)", caption: "valence, scaled to the two arcs' joint range (\(SVGText.signed(p.lo + (p.hi - p.lo) / 22)) to \(SVGText.signed(p.hi - (p.hi - p.lo) / 22)))")
        s += "<text x=\"\(SVGText.num(p.left + p.plotW / 2))\" y=\"\(SVGText.num(p.height - 6))\" text-anchor=\"middle\" fill=\"#555\">beats, each as wide as its mean share of the two stories</text>\n"
        for (k, doc) in [a, b].enumerated() {
            let xs = alignment.positions(k)
            let segments = alignment.runs(k)
            for run in segments {
                let pts = run.map { "\(SVGText.num(x(xs[$0]))),\(SVGText.num(p.y(doc.arc.smoothed[$0])))" }
                s += "<polyline class=\"arc arc-\(k == 0 ? "a" : "b")\" points=\"\(pts.joined(separator: " "))\" fill=\"none\" stroke=\"\(colours[k])\" stroke-width=\"2.2\"\(k == 1 ? " stroke-dasharray=\"6 3\"" : "")/>\n"
            }
        }
        s += "</svg>\n"
        return s
    }

    static func shapeLine(_ shape: ArcShape, short: Bool = false) -> String {
        if shape.moves.isEmpty { return "shape: flat" }
        let moves = shape.moves.map(\.rawValue).joined(separator: "–")
        let turns = shape.turningPoints.map { "\($0.kind.rawValue) ¶\($0.paragraph)" }.joined(separator: ", ")
        if short { return "\(shape.name) (\(moves))" }
        return "shape: \(shape.name) (\(moves))" + (turns.isEmpty ? "" : "; turns at " + turns)
    }

    private static func header(_ p: Plot, title: String) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Int(p.width)) \(Int(p.height))" width="\(Int(p.width))" height="\(Int(p.height))" \
        font-family="sans-serif" font-size="10">
        <title>\(SVGText.escape(title))</title>
        <rect x="0" y="0" width="\(Int(p.width))" height="\(Int(p.height))" fill="#ffffff"/>

        """
    }

    /// Beat bands with names on up to four rows above the plot; a name with no room is left to
    /// the band's tooltip rather than drawn over its neighbour.
    private static func bands(_ spans: [(BeatKind, Double, Double, String)], plot p: Plot, show: Bool) -> String {
        var s = "<g class=\"beats\">\n"
        guard show else { return s + "</g>\n" }
        var rowEnds = [Double](repeating: -.infinity, count: 4)
        for (kind, x0, x1, tip) in spans {
            s += "<rect x=\"\(SVGText.num(x0))\" y=\"\(SVGText.num(p.top))\" width=\"\(SVGText.num(max(0, x1 - x0)))\" "
            s += "height=\"\(SVGText.num(p.plotH))\" fill=\"\(SVGText.colour(kind))\"><title>\(SVGText.escape(tip))</title></rect>\n"
            let name = kind.rawValue
            let labelWidth = SVGText.width(name, size: 10)
            let centre = min(max((x0 + x1) / 2, p.left + labelWidth / 2), p.width - p.right - labelWidth / 2)
            if let row = rowEnds.firstIndex(where: { centre - labelWidth / 2 >= $0 + 6 }) {
                s += "<text x=\"\(SVGText.num(centre))\" y=\"\(SVGText.num(p.top - 6 - Double(row) * 12))\" text-anchor=\"middle\" fill=\"#333\">\(SVGText.escape(name))</text>\n"
                rowEnds[row] = centre + labelWidth / 2
            }
        }
        return s + "</g>\n"
    }

    /// The plot frame, the zero line when zero is in range, the range's ends labelled, and a
    /// caption that says what the scale is.
    private static func axes(_ p: Plot, axis: String = "valence (own range)", caption: String) -> String {
        var s = "<rect class=\"plot\" x=\"\(SVGText.num(p.left))\" y=\"\(SVGText.num(p.top))\" width=\"\(SVGText.num(p.plotW))\" height=\"\(SVGText.num(p.plotH))\" fill=\"none\" stroke=\"#bbb\"/>\n"
        if p.lo < 0, p.hi > 0 {
            s += "<line class=\"axis\" x1=\"\(SVGText.num(p.left))\" y1=\"\(SVGText.num(p.y(0)))\" x2=\"\(SVGText.num(p.width - p.right))\" y2=\"\(SVGText.num(p.y(0)))\" stroke=\"#777\" stroke-dasharray=\"3 3\"/>\n"
            s += "<text x=\"\(SVGText.num(p.left - 4))\" y=\"\(SVGText.num(p.y(0) + 3))\" text-anchor=\"end\">0</text>\n"
        }
        s += "<text x=\"\(SVGText.num(p.left - 4))\" y=\"\(SVGText.num(p.top + 9))\" text-anchor=\"end\">\(SVGText.signed(p.hi))</text>\n"
        s += "<text x=\"\(SVGText.num(p.left - 4))\" y=\"\(SVGText.num(p.top + p.plotH))\" text-anchor=\"end\">\(SVGText.signed(p.lo))</text>\n"
        s += "<text class=\"scale\" x=\"\(SVGText.num(p.left))\" y=\"46\" fill=\"#555\">\(SVGText.escape(SVGText.clip(caption, to: p.plotW, size: 10)))</text>\n"
        let cy = p.top + p.plotH / 2
        s += "<text x=\"12\" y=\"\(SVGText.num(cy))\" transform=\"rotate(-90 12 \(SVGText.num(cy)))\" text-anchor=\"middle\" fill=\"#555\">\(axis)</text>\n"
        return s
    }
}
