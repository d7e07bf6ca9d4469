import Foundation

/// ink (Inkle) for Inky and the ink runtime: the same branching text as the Twee export, as
/// knots with diverts, one choice per ending, every path ending in `-> END`.
public enum InkExport {
    public static func ink(_ doc: StoryDocument, family: [StoryDocument], labels: [String: String] = [:]) -> String {
        let story = BranchingStory.build(doc, family: family, labels: labels)
        var names: [String] = []
        for p in story.passages {
            let base = knotName(p.name)
            var n = base
            var k = 2
            while names.contains(n) { n = "\(base)_\(k)"; k += 1 }
            names.append(n)
        }
        // Comment lines: no line break of any kind may end them early and write live ink.
        var out = "// \(oneLine(story.title))\n// exported by storyshell from \(oneLine(story.id))\n\n-> \(names[0])\n\n"
        for (i, p) in story.passages.enumerated() {
            out += "=== \(names[i]) ===\n"
            out += p.paragraphs.map { escape(oneLine($0)) }.joined(separator: "\n\n") + "\n"
            if let next = p.next {
                out += "-> \(names[next])\n"
            } else if !p.choices.isEmpty {
                out += "\n"
                for c in p.choices { out += "* [\(escape(oneLine(c.label)))] -> \(names[c.target])\n" }
            } else {
                out += "-> END\n"
            }
            out += "\n"
        }
        return out
    }

    /// An ink identifier: letters, digits and underscores, not starting with a digit, never a keyword.
    static func knotName(_ s: String) -> String {
        var t = String(s.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        while t.contains("__") { t = t.replacingOccurrences(of: "__", with: "_") }
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: "_"))
        return "k_" + (t.isEmpty ? "passage" : t)
    }

    /// `s` on one line: every kind of line break becomes a space.
    static func oneLine(_ s: String) -> String {
        s.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }).joined(separator: " ")
    }

    /// Prose as ink prints it: its markup characters escaped with a backslash.
    static func escape(_ s: String) -> String {
        var out = ""
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch c {
            case "\\", "{", "}", "[", "]", "|", "#", "~":
                out += "\\\(c)"
            case "-" where next == ">" || i == 0:
                out += "\\-"
            case "<" where next == "-" || next == ">":
                out += "\\<"
            case "/" where i > 0 && chars[i - 1] == "/", "*" where i > 0 && chars[i - 1] == "/":
                // ink strips `//` and `/*` comments before it reads escapes, so the second
                // character is the one escaped: `/\/` and `/\*` survive, `\//` does not.
                out += "\\\(c)"
            case _ where i == 0 && "*+=>".contains(c):
                out += "\\\(c)"
            default:
                out.append(c)
            }
        }
        for keyword in ["VAR ", "CONST ", "LIST ", "INCLUDE ", "EXTERNAL ", "TODO"] where out.hasPrefix(keyword) {
            out = "\\" + out
        }
        return out
    }
}
