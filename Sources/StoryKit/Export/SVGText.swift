/// Text and numbers as they may appear inside SVG (XML) markup.
enum SVGText {
    /// Escapes the five XML special characters, and drops control characters XML forbids.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if ch.value < 0x20 && ch != "\n" && ch != "\t" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A coordinate with one decimal: short, locale-independent.
    static func num(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// Fill colour of each beat band, light enough for a line on top to read.
    static func colour(_ kind: BeatKind) -> String {
        switch kind {
        case .setup: return "#e8eef7"
        case .departure: return "#f7e1e1"
        case .struggle: return "#f2e6d9"
        case .rebuilding: return "#e2f2e1"
        case .return: return "#efe3f5"
        case .confrontation: return "#fbe9c9"
        case .resolution: return "#dff0f2"
        }
    }
}
