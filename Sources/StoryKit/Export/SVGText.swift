import Foundation

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

    /// A value with its sign, two decimals, a true minus sign: "+0.14", "−0.62".
    static func signed(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        let a = abs(r)
        let whole = Int(a), cents = Int((a * 100).rounded()) % 100
        return (r < 0 ? "−" : "+") + "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// "¶9" for one paragraph, "¶9–12" for several.
    static func span(_ first: Int, _ last: Int) -> String { first == last ? "¶\(first)" : "¶\(first)–\(last)" }

    /// Rough width in px of `s` in the sans-serif font at `size` (a character is about 0.56 em;
    /// capitals and wide letters a little more).
    static func width(_ s: String, size: Double) -> Double {
        s.reduce(0) { w, c in w + (c.isUppercase || c == "m" || c == "w" ? 0.72 : c == " " || c == "i" || c == "l" || c == "." ? 0.3 : 0.56) } * size
    }

    /// `s` cut with an ellipsis to fit `width` px at `size`.
    static func clip(_ s: String, to width: Double, size: Double) -> String {
        if Self.width(s, size: size) <= width { return s }
        var out = ""
        for c in s {
            if Self.width(out + String(c) + "…", size: size) > width { break }
            out.append(c)
        }
        return out.trimmingCharacters(in: .whitespaces) + "…"
    }
}
