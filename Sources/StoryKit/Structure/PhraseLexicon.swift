/// A list of cue phrases matched word by word against a story's tokens.
///
/// Compiled once (a static per lexicon) from the lines of a cue file (`CueLine`, whose elements
/// the README of `Resources/Cues` describes) into vocabulary numbers; `CueIndex` finds the cues
/// that may start at each token.
struct PhraseLexicon: Sendable {
    enum Element: Sendable {
        /// Vocabulary numbers, and whether the partner (object or subject) also fits here.
        case words(WordIDs, object: Bool, subject: Bool)
        case any
        case gap(Int)
        case partnerSubject, partnerObject, partnerPossessive
        case number
        /// `$`: the end of the sentence or of the quotation ("I said no", not "no way back").
        case end
    }

    /// Where in the text a cue may be found.
    enum Voice: Sendable { case narration, speech, either }

    /// Who must be the subject of the cue's first word: anyone, the partner ("he left", not
    /// "I left"), or the narrator ("I forgave him", not "he begged me to forgive him"); `man`
    /// and `woman` are a stranger who may turn out to be the partner ("a man stepped out from
    /// behind the pew"), counted only when the partner is one.
    enum Subject: Sendable { case anyone, partner, narrator, man, woman }

    struct Cue: Sendable {
        var label: String
        var weight: Double
        var elements: [Element]
        var voice: Voice
        /// Who the nearest subject before the first word must be.
        var subject: Subject
        var partnerSubject: Bool { subject == .partner }
        /// Reject when a negation comes just before, or (for partner-subject cues) "since/after/who…":
        /// a look back, not an event.
        var eventOnly: Bool
        /// What kind of cue it is (`CueLine.Kind`).
        var kind: CueLine.Kind
    }

    struct Match: Sendable {
        var cue: Int
        var start: Int
        var end: Int
    }

    /// Names the lexicon in caches and explanations.
    let name: String
    let cues: [Cue]

    /// The cues of `lines`, their words compiled to vocabulary numbers.
    init(_ name: String, _ lines: [CueLine]) {
        self.name = name
        cues = lines.map { line in
            let elements: [Element] = line.elements.map { e in
                switch e {
                case .words(let ws, let object, let subject): return .words(WordIDs(Vocabulary.ids(Set(ws))), object: object, subject: subject)
                case .any: return .any
                case .gap(let n): return .gap(n)
                case .partnerSubject: return .partnerSubject
                case .partnerObject: return .partnerObject
                case .partnerPossessive: return .partnerPossessive
                case .number: return .number
                case .end: return .end
                }
            }
            return Cue(label: line.label, weight: line.weight, elements: elements, voice: line.voice, subject: line.subject, eventOnly: line.event, kind: line.kind)
        }
    }

    /// The words the rules test by class, for the vocabulary.
    static let fixedWords = CueWords.lookBack.union(CueWords.negators).union(CueWords.subjects)
    static let numberIDs = Vocabulary.ids(NumberWords.quantities)

    /// The nearest subject word before `i` in its sentence is the partner (pronoun, name or
    /// "my husband"); with none, a capitalised word that is not "I" will do.
    static func partnerIsSubject(_ t: [Token], before i: Int, marks: [PartnerMark], floor: Int) -> Bool {
        var k = i - 1
        while k >= floor, t[k].sentence == t[i].sentence {
            if marks[k].contains(.subject) { return true }
            // A partner noun is the partner's unless someone else owns it: "Derek's wife,
            // Sharon, knocked", "his new wife showed up" are another person.
            if t[k].classes.contains(.roleNoun) {
                let owner = ((k - 2)...(k - 1)).first { j in
                    j >= floor && t[j].sentence == t[k].sentence && (CueWords.othersPossessives.contains(t[j].text) || t[j].text.hasSuffix("'s"))
                }
                return owner == nil
            }
            if t[k].classes.contains(.subject) { return false }
            k -= 1
        }
        // No pronoun at all: a capitalised word that could be a name ("…, and Kevin walked in"),
        // unless a person noun says it is someone else: "my sister Aylin showed up", "his
        // father, Errol, came by" (a name of the partner's is marked, and taken above).
        k = i - 1
        while k >= floor, t[k].sentence == t[i].sentence {
            if t[k].capitalized, t[k].position > 0, !NotNames.partner.contains(t[k].text) {
                let named = ((k - 2)...(k - 1)).contains { j in j >= floor && t[j].sentence == t[k].sentence && otherPersonNouns.contains(t[j].text) }
                return !named
            }
            k -= 1
        }
        return false
    }

    /// Person nouns that are not a partner's ("sister", "father", "friend"), before a name.
    static let otherPersonNouns: Set<String> = Set(RoleNouns.heads.filter { $0.value.category != .partner }.keys)

    /// The cue's first word is "I" or "we", or the nearest subject word before it in its
    /// sentence is ("I told him to leave", "I finally let him in").
    static func narratorIsSubject(_ t: [Token], at i: Int, floor: Int) -> Bool {
        var k = i
        while k >= floor, t[k].sentence == t[i].sentence {
            if t[k].classes.contains(.narratorSubject) { return true }
            // Another person as subject ("he", "they", a name, "my husband"); "it" and "who" may be objects.
            let other = t[k].classes.contains(.subject) && t[k].text != "it" && t[k].text != "which" && t[k].text != "who"
            if other || t[k].classes.contains(.roleNoun) || (k < i && t[k].capitalized && t[k].position > 0) { return false }
            k -= 1
        }
        return false
    }
}
