import Foundation

/// Twee 3 for Twine (story format Harlowe): one passage per beat of the kept part, then a
/// choice between the original ending and each remix's. Byte-for-byte deterministic, IFID
/// included, so a replayed session writes the same file.
public enum TweeExport {
    public static let harloweVersion = "3.3.9"

    public static func twee(_ doc: StoryDocument, family: [StoryDocument], labels: [String: String] = [:]) -> String {
        let story = BranchingStory.build(doc, family: family, labels: labels)
        var names: [String] = []
        for p in story.passages {
            var n = safeName(p.name)
            var k = 2
            while names.contains(n) { n = safeName(p.name) + " \(k)"; k += 1 }
            names.append(n)
        }
        var out = ":: StoryTitle\n\(plainTitle(story.title))\n\n"
        out += ":: StoryData\n{\n"
        out += "  \"ifid\": \"\(ifid(story.id + "\n" + story.fingerprint))\",\n"
        out += "  \"format\": \"Harlowe\",\n"
        out += "  \"format-version\": \"\(harloweVersion)\",\n"
        out += "  \"start\": \(jsonString(names[0]))\n}\n\n"
        for (i, p) in story.passages.enumerated() {
            out += ":: \(names[i])\n"
            out += p.paragraphs.map(escape).joined(separator: "\n\n") + "\n"
            if let next = p.next { out += "\n[[Next->\(names[next])]]\n" }
            if !p.choices.isEmpty {
                out += "\nHow does it end?\n"
                for c in p.choices { out += "[[\(escape(c.label))->\(names[c.target])]]\n" }
            }
            if p.next == nil && p.choices.isEmpty { out += "\nTHE END\n" }
            out += "\n"
        }
        return out
    }

    /// A passage name with nothing Twee, Harlowe or HTML would read as markup: letters, digits,
    /// spaces and plain punctuation only (a file name or `--as` cannot smuggle `<img …>` in).
    static func safeName(_ s: String) -> String {
        var t = s
        for bad in ["[[", "]]", "->", "<-", "|"] { t = t.replacingOccurrences(of: bad, with: " ") }
        t = String(t.map { $0.isLetter || $0.isNumber || " .,!?'’()+-".contains($0) ? $0 : " " })
        t = ByteText.split(t, on: 0x20).joined(separator: " ")
        while t.hasPrefix("-") || t.hasPrefix("(") { t.removeFirst(); t = t.trimmingCharacters(in: .whitespaces) }
        return t.isEmpty ? "Passage" : t
    }

    /// The StoryTitle passage is plain text to Twine and tweego: one line, no entities, nothing
    /// that could open a passage header.
    static func plainTitle(_ s: String) -> String {
        var t = s.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        while t.hasPrefix(":") { t.removeFirst() }
        t = t.trimmingCharacters(in: .whitespaces)
        return t.isEmpty ? "Untitled" : t
    }

    /// Prose as Harlowe shows it literally: markup characters become HTML character references,
    /// which Harlowe passes through, and no line can start a Twee header.
    static func escape(_ s: String) -> String {
        var out = ""
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch c {
            case "[", "]", "{", "}", "\\", "|", "*", "^", "~", "$", "_", "`", "<", ">", "&":
                out += "&#\(c.unicodeScalars.first!.value);"
            case "/" where next == "/" || next == "*":
                out += "&#47;"
            case "'" where next == "'":
                out += "&#39;"
            case _ where i == 0 && "#-=:(".contains(c):
                out += "&#\(c.unicodeScalars.first!.value);"
            case "(" where next.map { $0.isLetter } ?? false:
                // "(name:" would start a Harlowe macro.
                out += "&#40;"
            default:
                out.append(c)
            }
        }
        return out
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if c.value < 0x20 { out += String(format: "\\u%04x", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }

    /// An upper-case version-4-shaped UUID derived from `text` (two FNV-1a hashes), so the
    /// same story always gets the same IFID.
    static func ifid(_ text: String) -> String {
        let a = fnv(text, seed: 0xcbf2_9ce4_8422_2325)
        let b = fnv(text, seed: a ^ 0x9e37_79b9_7f4a_7c15)
        var bytes = (0..<8).map { UInt8(truncatingIfNeeded: a >> (8 * $0)) } + (0..<8).map { UInt8(truncatingIfNeeded: b >> (8 * $0)) }
        bytes[6] = (bytes[6] & 0x0f) | 0x40
        bytes[8] = (bytes[8] & 0x3f) | 0x80
        let hex = bytes.map { String($0, radix: 16, uppercase: true).leftPadded(2) }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }

    static func fnv(_ s: String, seed: UInt64) -> UInt64 {
        var h = seed
        for b in s.utf8 { h ^= UInt64(b); h = h &* 0x100_0000_01b3 }
        return h
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
