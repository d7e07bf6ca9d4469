/// A plain table for the terminal: a header row, aligned columns, one flexible column that
/// is cut to fit the width.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]]
    /// The column that gives way when the table is too wide (usually a title).
    public var flexible: Int?
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int> = []
    /// The column a row is known by (a story id, a name): the last to give way, and never
    /// below 12 columns.
    public var keyColumn = 0

    public init(headers: [String], rows: [[String]] = [], flexible: Int? = nil, rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.flexible = flexible
        self.rightAligned = rightAligned
    }

    /// The display width of each cell of `rows`, when the caller has them (kept from an
    /// earlier run): measuring ten thousand rows again is most of the cost of a big table.
    public var cellWidths: [[Int]]?

    public func render(_ context: RenderContext) -> String {
        let columns = headers.count
        let measured = cellWidths ?? rows.map { $0.map(\.displayWidth) }
        var widths = headers.map(\.displayWidth)
        for row in measured {
            for (i, w) in row.enumerated() where i < columns { widths[i] = max(widths[i], w) }
        }
        let gap = 2
        let total = widths.reduce(0, +) + gap * (columns - 1)
        if let f = flexible, total > context.width {
            widths[f] = max(headers[f].displayWidth, widths[f] - (total - context.width))
        }
        // Still too wide (a cast table with long names in every column): the widest text
        // columns give way in turn, down to a few letters; never numbers.
        var excess = widths.reduce(0, +) + gap * (columns - 1) - context.width
        // The key column goes last, and not below 12 (an id prefix stays readable).
        for pass in 0..<2 where excess > 0 {
            let floor = (0..<columns).map { $0 == keyColumn ? (pass == 0 ? widths[$0] : min(widths[$0], 12)) : min(widths[$0], 4) }
            while excess > 0 {
                guard let widest = (0..<columns).filter({ !rightAligned.contains($0) && widths[$0] > floor[$0] })
                    .max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
                excess -= 1
            }
        }
        let separator = String(repeating: " ", count: gap)
        func line(_ cells: [String], _ cellWidths: [Int], header: Bool, into out: inout String) {
            for i in 0..<columns {
                if i > 0 { out += separator }
                var cell = i < cells.count ? cells[i] : ""
                var width = i < cells.count ? cellWidths[i] : 0
                if width > widths[i] {
                    cell = cell.truncated(to: widths[i])
                    width = cell.displayWidth
                }
                let pad = max(0, widths[i] - width)
                let last = i == columns - 1
                if header {
                    let padding = String(repeating: " ", count: pad)
                    out += context.style.bold(rightAligned.contains(i) ? padding + cell : (last ? cell : cell + padding))
                } else if rightAligned.contains(i) {
                    out.appendSpaces(pad)
                    out += cell
                } else {
                    out += cell
                    if !last { out.appendSpaces(pad) }
                }
            }
            out.removeTrailingSpaces()
        }
        // Lines are made in a buffer of their own, so that cutting trailing spaces never moves
        // the whole table.
        var out = "", buffer = ""
        line(headers, headers.map(\.displayWidth), header: true, into: &buffer)
        out += buffer
        for (row, rowWidths) in zip(rows, measured) {
            buffer.removeAll(keepingCapacity: true)
            line(row, rowWidths, header: false, into: &buffer)
            out += "\n"
            out += buffer
        }
        return out
    }
}

extension String {
    private static let blanks = String(repeating: " ", count: 128)

    /// Appends `count` spaces without making a string of them (table cells pad by the ten thousand).
    mutating func appendSpaces(_ count: Int) {
        var left = count
        while left > 0 {
            let n = Swift.min(left, 128)
            self += Self.blanks[..<Self.blanks.utf8.index(Self.blanks.startIndex, offsetBy: n)]
            left -= n
        }
    }

    func replacingTrailingSpaces() -> String {
        var s = self
        s.removeTrailingSpaces()
        return s
    }

    /// Drops the spaces that end the text, in place: as many as `hasSuffix(" ")`/`removeLast()`
    /// would, read off the bytes rather than character by character.
    mutating func removeTrailingSpaces() {
        let bytes = utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        guard end < bytes.endIndex else { return }
        // After a prepended concatenation mark (Arabic number signs and a few others) a space
        // is part of the mark's character, so it stays.
        if end > bytes.startIndex {
            let before = unicodeScalars[unicodeScalars.index(before: end)]
            if (0x0600...0x0D4E).contains(before.value) || before.value >= 0x1_1000,
               (String(before) + " ").count == 1 {
                end = bytes.index(after: end)
            }
        }
        removeSubrange(end...)
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
