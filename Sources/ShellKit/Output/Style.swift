import StoryKit

/// ANSI styling that collapses to plain text when colour is off.
public struct Style: Sendable {
    public var enabled: Bool
    public init(enabled: Bool) { self.enabled = enabled }

    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func italic(_ s: String) -> String { wrap(s, "3") }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func blue(_ s: String) -> String { wrap(s, "34") }
    public func magenta(_ s: String) -> String { wrap(s, "35") }
    public func cyan(_ s: String) -> String { wrap(s, "36") }
    /// An ending by its colour: forgive green, get-out red, moved-on blue.
    public func ending(_ kind: EndingKind) -> String {
        switch kind {
        case .forgive: green(kind.rawValue)
        case .getOut: red(kind.rawValue)
        case .movedOn: blue(kind.rawValue)
        }
    }
    public func underline(_ s: String) -> String { wrap(s, "4") }
    /// 256-colour foreground, for charts.
    public func color(_ code: Int, _ s: String) -> String { wrap(s, "38;5;\(code)") }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled && !s.isEmpty ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}

extension String {
    /// Columns the text takes on a terminal: escape sequences take none, combining marks none,
    /// East Asian wide characters and emoji two.
    public var displayWidth: Int {
        // Most cells are plain ASCII: one column a byte.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
        var width = 0
        var inEscape = false
        for s in unicodeScalars {
            if inEscape {
                if s == "m" { inEscape = false }
                continue
            }
            if s == "\u{1B}" { inEscape = true; continue }
            switch s.value {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: continue
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF: width += 2
            default: width += 1
            }
        }
        return width
    }

    /// Pads with spaces to `width` display columns.
    public func padded(to width: Int) -> String {
        let w = displayWidth
        return w >= width ? self : self + String(repeating: " ", count: width - w)
    }

    /// Cuts to at most `width` display columns, ending with `…` when cut. Colour codes take no
    /// room, and a cut inside a coloured span closes it, so the colour never runs on.
    public func truncated(to width: Int) -> String {
        guard displayWidth > width else { return self }
        var out = ""
        var w = 0
        var escape = false
        var styled = false
        for c in self {
            if escape {
                out.append(c)
                if c == "m" { escape = false }
                continue
            }
            if c == "\u{1B}" {
                escape = true
                styled = true
                out.append(c)
                continue
            }
            let cw = String(c).displayWidth
            if w + cw > width - 1 { break }
            out.append(c)
            w += cw
        }
        return out + "…" + (styled ? "\u{1B}[0m" : "")
    }
}

extension RenderContext {
    /// A story's heading: the title in bold, word-wrapped to the width, and its id in brackets
    /// after it, or on a line of its own when it does not fit there; the id is never split.
    public func titleLine(_ title: String?, id: String) -> String {
        var lines = (title ?? "(untitled)").wrapped(to: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let tag = "[\(id)]"
        let fits = (lines.last?.displayWidth ?? 0) + 2 + tag.displayWidth <= width
        lines = lines.map { style.bold($0) }
        if fits { lines[lines.count - 1] += style.dim("  " + tag) } else { lines.append(style.dim(tag)) }
        return lines.joined(separator: "\n")
    }
}
