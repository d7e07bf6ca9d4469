/// A plain table for the terminal: a header row, aligned columns, one flexible column that
/// is cut to fit the width.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]
    /// The column that gives way when the table is too wide (usually a title).
    public var flexible: Int?
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int> = []

    public init(headers: [String], rows: [[String]] = [], flexible: Int? = nil, rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.flexible = flexible
        self.rightAligned = rightAligned
    }

    public func render(_ context: RenderContext) -> String {
        let columns = headers.count
        var widths = headers.map(\.displayWidth)
        for row in rows {
            for (i, cell) in row.enumerated() where i < columns { widths[i] = max(widths[i], cell.displayWidth) }
        }
        let gap = 2
        let total = widths.reduce(0, +) + gap * (columns - 1)
        if let f = flexible, total > context.width {
            widths[f] = max(headers[f].displayWidth, widths[f] - (total - context.width))
        }
        func line(_ cells: [String], header: Bool) -> String {
            var parts: [String] = []
            for i in 0..<columns {
                let raw = i < cells.count ? cells[i] : ""
                let cell = raw.displayWidth > widths[i] ? raw.truncated(to: widths[i]) : raw
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.displayWidth))
                let last = i == columns - 1
                let text = rightAligned.contains(i) ? pad + cell : (last ? cell : cell + pad)
                parts.append(header ? context.style.bold(text) : text)
            }
            return parts.joined(separator: String(repeating: " ", count: gap))
        }
        var out = [line(headers, header: true)]
        out += rows.map { line($0, header: false) }
        return out.map { $0.replacingTrailingSpaces() }.joined(separator: "\n")
    }
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// Word-wraps to `width` columns; continuation lines start with `indent`.
    public func wrapped(to width: Int, indent: String = "", firstIndent: String = "") -> String {
        var lines: [String] = []
        var current = firstIndent
        var currentWidth = firstIndent.displayWidth
        let base = currentWidth
        for word in split(separator: " ", omittingEmptySubsequences: true) {
            let w = String(word).displayWidth
            if currentWidth > (lines.isEmpty ? base : indent.displayWidth), currentWidth + 1 + w > width {
                lines.append(current)
                current = indent + word
                currentWidth = indent.displayWidth + w
            } else {
                if currentWidth > (lines.isEmpty ? base : indent.displayWidth) {
                    current += " "
                    currentWidth += 1
                }
                current += word
                currentWidth += w
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
