/// Straight ("…", it's) or curly (“…”, it’s) quotation marks: a remix takes the recipient's,
/// so the seam does not show in the punctuation.
public enum QuoteStyle: String, Sendable, Codable {
    case straight, curly

    /// The style most of `paragraphs` use, or nil when they quote nothing.
    public static func detect(_ paragraphs: [String]) -> QuoteStyle? {
        var straight = 0, curly = 0
        for p in paragraphs {
            for c in p {
                if c == "\"" { straight += 1 } else if c == "“" || c == "”" { curly += 1 }
            }
        }
        if straight == 0 && curly == 0 { return nil }
        return straight > curly ? .straight : .curly
    }

    /// Whether the apostrophes of `paragraphs` are mostly straight.
    static func straightApostrophes(_ paragraphs: [String]) -> Bool {
        var straight = 0, curly = 0
        for p in paragraphs { for c in p { if c == "'" { straight += 1 } else if c == "’" { curly += 1 } } }
        return straight > curly
    }

    /// `paragraph` with its quotation marks (and apostrophes, when `apostrophes` says so) in this style.
    public func apply(_ paragraph: String, apostrophes: Bool) -> String {
        switch self {
        case .straight:
            var out = ""
            for c in paragraph {
                switch c {
                case "“", "”": out.append("\"")
                case "‘", "’" where apostrophes: out.append("'")
                default: out.append(c)
                }
            }
            return out
        case .curly:
            var out = ""
            var open = false
            var previous: Character = " "
            for c in paragraph {
                switch c {
                case "\"":
                    // Opens after a space or an opening bracket; closes otherwise.
                    let opens = !open && (previous.isWhitespace || "([—–-".contains(previous) || out.isEmpty)
                    out.append(opens ? "“" : "”")
                    open = opens
                case "'" where apostrophes:
                    out.append(previous.isLetter || previous.isNumber ? "’" : (previous.isWhitespace || out.isEmpty ? "‘" : "’"))
                default: out.append(c)
                }
                previous = c
            }
            return out
        }
    }

    /// Whether `text` mixes straight and curly double quotes.
    public static func isMixed(_ text: String) -> Bool {
        text.contains("\"") && (text.contains("“") || text.contains("”"))
    }
}
