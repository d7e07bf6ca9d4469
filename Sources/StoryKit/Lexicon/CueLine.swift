/// One line of a cue file (`Resources/Cues/*.txt`), parsed once: the pattern's elements with
/// their words as written, and what the cue means. `PhraseLexicon` compiles the words to
/// vocabulary numbers; the vocabulary takes its words from the same elements.
struct CueLine: Sendable, Equatable {
    /// A pattern element, as the README beside the files names them.
    enum Element: Sendable, Equatable {
        /// `a|the`: one of these words; `@O` or `@S` among them lets the partner fit too.
        case words([String], object: Bool, subject: Bool)
        /// `*`: any one word.
        case any
        /// `~N`: up to N words.
        case gap(Int)
        /// `@S`, `@O`, `@P`: the partner as subject, object or possessive (pronoun or name).
        case partnerSubject, partnerObject, partnerPossessive
        /// `#`: a number or a quantity word.
        case number
        /// `$`: the end of the sentence or of the quotation.
        case end
    }

    /// The pattern as written, placeholders filled in: for messages and explanations.
    var pattern: String
    var elements: [Element]
    /// What `outline` shows as the evidence.
    var label: String
    var weight: Double
    var voice: PhraseLexicon.Voice
    var subject: PhraseLexicon.Subject
    /// A negation just before cancels it, and for partner cues a look back too ("since he left").
    var event: Bool
    /// What kind of cue it is, when a rule needs to know: the optional seventh field.
    var kind: Kind = .plain

    /// The optional seventh field of a cue line.
    enum Kind: String, Sendable, Equatable {
        /// No seventh field.
        case plain
        /// Word of the partner through someone else ("I heard she…"): `BeatLocator` does not
        /// take news of the leaving ("I found out later she had moved in with him") for a return.
        case news
        /// Word or a message that reaches the narrator whoever brings it (a go-between's call,
        /// "my son handed me an envelope"): no one else at the door (`OtherPeople`).
        case carried
        /// A look back that is the leaving itself ("since he left"): the departure of a story
        /// told from its return.
        case leaving
    }


    /// The elements of a pattern (words split on spaces); nil names the element that is not one.
    static func elements(of pattern: String) -> Result<[Element], BadElement> {
        var out: [Element] = []
        for raw in ByteText.split(pattern, on: 0x20) {
            switch raw {
            case "*": out.append(.any)
            case "@S": out.append(.partnerSubject)
            case "@O": out.append(.partnerObject)
            case "@P": out.append(.partnerPossessive)
            case "#": out.append(.number)
            case "$": out.append(.end)
            default:
                if raw.hasPrefix("~") {
                    guard let n = Int(raw.dropFirst()), n >= 0 else { return .failure(BadElement(text: String(raw))) }
                    out.append(.gap(n))
                    continue
                }
                // A curly apostrophe is the straight one (Foundation's replace only where there is one).
                let alternatives = ByteText.split(raw, on: 0x7C).map { a in
                    a.unicodeScalars.contains("\u{2019}") ? a.replacingOccurrences(of: "’", with: "'") : String(a)
                }
                out.append(.words(alternatives.filter { !$0.hasPrefix("@") }, object: alternatives.contains("@O"), subject: alternatives.contains("@S")))
            }
        }
        return .success(out)
    }

    /// An element that is not one: `~x`.
    struct BadElement: Error { var text: String }

    /// The words of the pattern, for the vocabulary.
    var words: [String] {
        elements.flatMap { e -> [String] in if case .words(let ws, _, _) = e { return ws } else { return [] } }
    }
}
