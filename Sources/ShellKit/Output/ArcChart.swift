import StoryKit

/// The emotional arc drawn with Unicode blocks: one column per slice of narrative time, the
/// beats below as a ruler, coloured per beat when colour is on.
public struct ArcChart {
    public var values: [Double]
    public var beats: [BeatSpan]
    public var height = 6

    public init(values: [Double], beats: [BeatSpan], height: Int = 6) {
        self.values = values
        self.beats = beats
        self.height = height
    }

    static let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// One 256-colour code per beat kind, in story order.
    static let beatColors: [BeatKind: Int] = [
        .setup: 110, .departure: 167, .struggle: 131, .rebuilding: 108, .return: 179, .confrontation: 203, .resolution: 114,
    ]
    static let shortNames: [BeatKind: String] = [
        .setup: "setup", .departure: "depart", .struggle: "struggle", .rebuilding: "rebuild", .return: "return",
        .confrontation: "confront", .resolution: "resolve",
    ]

    public func render(width: Int, style: Style) -> String {
        guard !values.isEmpty else { return style.dim("(no arc: the story has no sentences)") }
        let axis = 6
        let columns = max(10, width - axis - 1)
        let samples = (0..<columns).map { c -> Double in
            let x = Double(c) / Double(max(1, columns - 1)) * Double(values.count - 1)
            let i = Int(x), f = x - Double(i)
            return i + 1 < values.count ? values[i] * (1 - f) + values[i + 1] * f : values[i]
        }
        let lo = min(samples.min()!, 0), hi = max(samples.max()!, 0)
        let span = max(hi - lo, 0.05)
        // The lowest value is still drawn: a sliver in the bottom row, never a blank cell.
        let eighths = samples.map { max(1, Int((($0 - lo) / span * Double(height * 8)).rounded())) }
        let zeroRow = height - 1 - min(height - 1, Int((0 - lo) / span * Double(height)))
        let beatOf = (0..<columns).map { c -> BeatKind? in
            let paragraph = 1 + Int(Double(c) / Double(max(1, columns - 1)) * Double(values.count - 1) + 0.5)
            return beats.first { $0.paragraphs.contains(paragraph) }?.kind
        }
        var lines: [String] = []
        for r in 0..<height {
            let label = r == 0 ? format(hi) : r == height - 1 ? format(lo) : (r == zeroRow ? "   0" : "")
            var line = label.padded(to: axis) + "│"
            for c in 0..<columns {
                let level = max(0, min(8, eighths[c] - (height - 1 - r) * 8))
                var cell = String(Self.blocks[level])
                if level == 0, r == zeroRow { cell = "·" }
                if let b = beatOf[c], let code = Self.beatColors[b], level > 0 { cell = style.color(code, cell) }
                else if level == 0 { cell = style.dim(cell) }
                line += cell
            }
            lines.append(line.replacingTrailingSpaces())
        }
        lines.append(String(repeating: " ", count: axis) + "└" + ruler(columns: columns, beatOf: beatOf, style: style))
        return lines.joined(separator: "\n")
    }

    /// Three letters a beat is known by when its name does not fit: no two alike (`r` once
    /// stood for both rebuilding and resolution).
    static let abbreviations: [BeatKind: String] = [
        .setup: "set", .departure: "dep", .struggle: "str", .rebuilding: "reb", .return: "ret",
        .confrontation: "con", .resolution: "res",
    ]

    /// A tick where each beat starts, and its name below: on the first row, or, for a beat too
    /// close to its neighbour, on the next row with room, so that every beat is named.
    private func ruler(columns: Int, beatOf: [BeatKind?], style: Style) -> String {
        var cells = Array(repeating: "─", count: columns)
        // A tick at the column where each beat's first paragraph falls, one column after the
        // previous tick at least: a one-paragraph beat that no column samples still gets one.
        var starts: [(Int, BeatKind)] = []
        let last = Double(max(1, values.count - 1))
        for beat in beats.sorted(by: { $0.first < $1.first }) {
            var c = Int((Double(beat.first - 1) / last * Double(columns - 1)).rounded())
            if let previous = starts.last { c = max(c, previous.0 + 1) }
            guard c < columns else { break }
            starts.append((c, beat.kind))
        }
        var rows = Array(repeating: Array(repeating: Character(" "), count: columns), count: starts.count)
        var free = Array(repeating: 0, count: starts.count)
        for (i, (start, kind)) in starts.enumerated() {
            cells[start] = "┬"
            // The name when the beat has room for it, else its three letters.
            let room = (i + 1 < starts.count ? starts[i + 1].0 : columns) - start
            let full = Self.shortNames[kind] ?? kind.rawValue
            let brief = Self.abbreviations[kind] ?? String(kind.rawValue.prefix(3))
            // The last beat's name may end at the chart's edge, left of its tick.
            let names = room > full.count || i == starts.count - 1 ? [full, brief] : [brief, full]
            placing: for name in names {
                for r in rows.indices {
                    // At the tick, or moved left as far as needed to end inside the chart.
                    let at = min(start, columns - name.count)
                    guard at >= free[r], at >= 0 else { continue }
                    for (k, ch) in name.enumerated() { rows[r][at + k] = ch }
                    free[r] = at + name.count + 1
                    break placing
                }
            }
        }
        let margin = String(repeating: " ", count: 7)
        var out = cells.joined()
        for row in rows where row.contains(where: { $0 != " " }) {
            out += "\n" + (margin + String(row)).replacingTrailingSpaces()
        }
        return out
    }

    private func format(_ v: Double) -> String {
        (v >= 0 ? "+" : "") + String(format2: v)
    }
}

extension String {
    /// Two decimals, without Foundation's locale-dependent formatting.
    init(format2 v: Double) {
        let scaled = Int((abs(v) * 100).rounded())
        let sign = v < 0 && scaled > 0 ? "-" : ""
        self = "\(sign)\(scaled / 100).\(scaled % 100 < 10 ? "0" : "")\(scaled % 100)"
    }
}
