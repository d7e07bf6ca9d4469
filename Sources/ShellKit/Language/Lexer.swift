/// Splits a command line into words, the way a user of a shell expects.
///
/// Words are separated by spaces; double quotes group words (`find "came back"`), a backslash
/// escapes the next character, and `#` at the start of a word begins a comment. Inside double
/// quotes `\n`, `\r` and `\t` stand for a line break, a carriage return and a tab, so that a
/// word holding a line break is written back on one line and can never start a new command. Single quotes
/// group too when they open a word and close one (`find 'came back'`); anywhere else they are
/// ordinary characters, because stories are full of apostrophes (`find don't`).
public enum Lexer {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unterminatedQuote
        case danglingEscape
        public var description: String {
            switch self {
            case .unterminatedQuote: return "unterminated double quote"
            case .danglingEscape: return "a backslash at the end of the line escapes nothing"
            }
        }
    }

    public static func split(_ line: String) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quoted = false
        var escaped = false
        var single = false
        let chars = Array(line)
        // The last `'` that ends a word: a `'` opening a word before it can close there.
        // Found once, so the scan stays linear however many words open with `'`.
        let lastCloser = chars.indices.last { chars[$0] == "'" && ($0 + 1 == chars.count || chars[$0 + 1].isWhitespace) } ?? -1
        for (i, c) in chars.enumerated() {
            if single {
                if c == "'" { single = false } else { current.append(c) }
                continue
            }
            if escaped {
                switch c {
                case "n" where quoted: current.append("\n")
                case "r" where quoted: current.append("\r")
                case "t" where quoted: current.append("\t")
                default: current.append(c)
                }
                escaped = false
                inWord = true
                continue
            }
            switch c {
            case "\\":
                escaped = true
            case "\"":
                quoted.toggle()
                inWord = true
            case "'" where !quoted && !inWord && lastCloser > i:
                single = true
                inWord = true
            case "#" where !quoted && !inWord:
                if inWord { words.append(current) }
                return words
            case _ where c.isWhitespace && !quoted:
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
            default:
                current.append(c)
                inWord = true
            }
        }
        if escaped { throw .danglingEscape }
        if quoted { throw .unterminatedQuote }
        if inWord { words.append(current) }
        return words
    }

    /// Writes words back as a line that `split` reads as the same words.
    public static func join(_ words: [String]) -> String {
        words.map(quote).joined(separator: " ")
    }

    /// Quotes one word when it needs it. Line breaks, carriage returns and tabs are written as
    /// `\n`, `\r`, `\t` inside the quotes: a script line stays one line whatever a word holds.
    public static func quote(_ word: String) -> String {
        let plain = !word.isEmpty && !word.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "\\" })
            && word.first != "#" && word.first != "'"
        if plain { return word }
        var out = "\""
        for s in word.unicodeScalars {
            switch s {
            case "\"", "\\": out += "\\" + String(s)
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(s)
            }
        }
        out.append("\"")
        return out
    }
}
