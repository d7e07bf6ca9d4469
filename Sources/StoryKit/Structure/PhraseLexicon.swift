/// A list of cue phrases matched word by word against a story's tokens.
///
/// Patterns are compiled once (a static per lexicon) into word sets indexed by their first word,
/// so matching costs one dictionary probe per token. Pattern syntax, space-separated elements:
/// `a|the` alternatives (which may include `@O` or `@S`), `*` any one word, `~N` up to N words, `@S`/`@O`/`@P` the partner as
/// subject/object/possessive (pronoun or name), `#` a number or quantity word.
struct PhraseLexicon: Sendable {
    enum Element: Sendable {
        /// Vocabulary numbers, and whether the partner (object or subject) also fits here.
        case words(Set<Int32>, object: Bool, subject: Bool)
        case any
        case gap(Int)
        case partnerSubject, partnerObject, partnerPossessive
        case number
    }

    /// Where in the text a cue may be found.
    enum Voice: Sendable { case narration, speech, either }

    struct Cue: Sendable {
        var label: String
        var weight: Double
        var elements: [Element]
        var voice: Voice
        /// The first word must have the partner as its nearest subject ("he left", not "I left").
        var partnerSubject: Bool
        /// Reject when a negation comes just before, or (for partner-subject cues) "since/after/who…":
        /// a look back, not an event.
        var eventOnly: Bool
    }

    struct Match: Sendable {
        var cue: Int
        var start: Int
        var end: Int
    }

    /// Names the lexicon in caches and explanations.
    let name: String
    let cues: [Cue]
    /// Cues by the vocabulary number of their first word.
    private var byFirstWord: [[Int]] = []
    private var partnerFirst: [Int] = []

    static let numberWords: Set<String> = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                           "nine", "ten", "eleven", "twelve", "fifteen", "eighteen", "twenty", "few",
                                           "several", "many", "some", "couple", "almost", "nearly", "over", "about"]

    /// `entries`: (pattern, label, weight, voice, partnerSubject, eventOnly).
    init(_ name: String, _ entries: [(String, String, Double, Voice, Bool, Bool)]) {
        self.name = name
        var cues: [Cue] = []
        for (pattern, label, weight, voice, subj, event) in entries {
            let elements: [Element] = pattern.split(separator: " ").map { raw in
                let s = String(raw)
                switch s {
                case "*": return .any
                case "@S": return .partnerSubject
                case "@O": return .partnerObject
                case "@P": return .partnerPossessive
                case "#": return .number
                default:
                    if s.hasPrefix("~"), let n = Int(s.dropFirst()) { return .gap(n) }
                    let ws = Set(s.split(separator: "|").map { $0.replacingOccurrences(of: "’", with: "'") })
                    return .words(Vocabulary.ids(ws), object: ws.contains("@O"), subject: ws.contains("@S"))
                }
            }
            cues.append(Cue(label: label, weight: weight, elements: elements, voice: voice, partnerSubject: subj, eventOnly: event))
        }
        self.cues = cues
        byFirstWord = Array(repeating: [], count: Vocabulary.shared.valence.count)
        for (i, c) in cues.enumerated() {
            switch c.elements.first {
            case .words(let ws, _, _): for w in ws { byFirstWord[Int(w)].append(i) }
            case .number: for w in Self.numberIDs { byFirstWord[Int(w)].append(i) }
            default: partnerFirst.append(i)
            }
        }
    }

    static let fixedWords = lookBackWords.union(negatorWords).union(subjectWords)
    private static let numberIDs = Vocabulary.ids(numberWords)
    private static let lookBack = Vocabulary.ids(lookBackWords)
    private static let negators = Vocabulary.ids(negatorWords)
    private static let subjects = Vocabulary.ids(subjectWords)
    private static let lookBackWords: Set<String> = ["since", "after", "who", "before", "until", "when", "whom"]
    private static let negatorWords: Set<String> = ["not", "never", "no", "didn't", "don't", "doesn't", "wasn't", "won't",
                                                "isn't", "couldn't", "wouldn't", "can't", "cannot", "hadn't", "nothing"]
    private static let subjectWords: Set<String> = ["i", "he", "she", "we", "they", "you", "who", "it", "which"]

    /// Every match in `range` of the tokens.
    func matches(_ t: [Token], in range: Range<Int>, partner: Partner) -> [Match] {
        var out: [Match] = []
        for i in range {
            let tok = t[i]
            if tok.id >= 0 { for c in byFirstWord[Int(tok.id)] { tryMatch(c, t, i, range, partner, &out) } }
            if !partnerFirst.isEmpty, partner.isSubject(tok) || partner.isObject(tok) || tok.id == partner.possessiveID {
                for c in partnerFirst { tryMatch(c, t, i, range, partner, &out) }
            }
        }
        return out
    }

    private func tryMatch(_ c: Int, _ t: [Token], _ i: Int, _ range: Range<Int>, _ partner: Partner, _ out: inout [Match]) {
        let cue = cues[c]
        guard let end = match(cue.elements, 0, t, i, t[i].sentence, range.upperBound, partner) else { return }
        for k in i..<end {
            switch cue.voice {
            case .narration where t[k].quoted: return
            case .speech where !t[k].quoted: return
            default: break
            }
        }
        if cue.eventOnly {
            var k = i - 1
            var steps = 0
            while k >= range.lowerBound, steps < 3, t[k].sentence == t[i].sentence {
                if (cue.partnerSubject && Self.lookBack.contains(t[k].id)) || Self.negators.contains(t[k].id) { return }
                k -= 1
                steps += 1
            }
        }
        if cue.partnerSubject, !Self.partnerIsSubject(t, before: i, partner: partner, floor: range.lowerBound) { return }
        out.append(Match(cue: c, start: i, end: end))
    }

    /// The nearest subject word before `i` in its sentence is the partner (pronoun, name or
    /// "my husband"); with none, a capitalised word that is not "I" will do.
    static func partnerIsSubject(_ t: [Token], before i: Int, partner: Partner, floor: Int) -> Bool {
        var k = i - 1
        while k >= floor, t[k].sentence == t[i].sentence {
            let w = t[k]
            if partner.isSubject(w) || Partner.roleNounIDs.contains(w.id) { return true }
            if subjects.contains(w.id) { return false }
            k -= 1
        }
        // No pronoun at all: a capitalised word that could be a name ("…, and Kevin walked in").
        k = i - 1
        while k >= floor, t[k].sentence == t[i].sentence {
            if t[k].capitalized, t[k].position > 0, !Partner.notNames.contains(t[k].text) { return true }
            k -= 1
        }
        return false
    }

    private func match(_ e: [Element], _ ei: Int, _ t: [Token], _ ti: Int, _ sentence: Int, _ limit: Int, _ partner: Partner) -> Int? {
        if ei == e.count { return ti }
        if case .gap(let n) = e[ei] {
            for skip in 0...n {
                let at = ti + skip
                if at > limit { break }
                if skip > 0, at - 1 < limit, t[at - 1].sentence != sentence { break }
                if let end = match(e, ei + 1, t, at, sentence, limit, partner) { return end }
            }
            return nil
        }
        guard ti < limit, t[ti].sentence == sentence else { return nil }
        let tok = t[ti]
        let ok: Bool
        switch e[ei] {
        case .words(let ws, let object, let subject):
            // An alternative may name the partner: "forgave @O|you".
            ok = ws.contains(tok.id) || (object && partner.isObject(tok)) || (subject && partner.isSubject(tok))
        case .any: ok = true
        case .partnerSubject: ok = partner.isSubject(tok)
        case .partnerObject: ok = partner.isObject(tok)
        case .partnerPossessive: ok = tok.id == partner.possessiveID || partner.isName(tok)
        case .number: ok = Self.numberIDs.contains(tok.id) || (tok.id < 0 && tok.text.first?.isNumber == true)
        case .gap: ok = false
        }
        return ok ? match(e, ei + 1, t, ti + 1, sentence, limit, partner) : nil
    }
}
