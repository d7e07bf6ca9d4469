/// Who left, as the cue rules need to recognise them: pronouns, names and role nouns.
///
/// Taken from the cast when the character layer knows the leaver; otherwise derived from the
/// text ("my husband" → he, "my girlfriend" → she, "Marcus and I", "my husband, Greg"), so the
/// structure layer works while the cast is still a stub.
public struct Partner: Sendable, Equatable {
    public var gender: Gender
    /// Lower-cased proper names (and single-word aliases) of the partner.
    public var names: Set<String>

    public var subject: String { gender == .male ? "he" : "she" }
    public var object: String { gender == .male ? "him" : "her" }
    public var possessive: String { gender == .male ? "his" : "her" }

    /// Vocabulary numbers of the pronouns, fixed at creation.
    let subjectID: Int32, objectID: Int32, possessiveID: Int32
    /// The words `infer` and the pronoun numbers look up, for the vocabulary.
    static let fixedWords: Set<String> = PartnerNouns.every.union(Pronouns.thirdPersonSingular).union(inferWords)
    /// "my husband", "Marcus and I": the words `infer` reads by number.
    static let inferWords: Set<String> = ["my", "and", "i"]

    public init(gender: Gender, names: Set<String> = []) {
        self.gender = gender
        self.names = names
        subjectID = Vocabulary.id(gender == .male ? "he" : "she")
        objectID = Vocabulary.id(gender == .male ? "him" : "her")
        possessiveID = Vocabulary.id(gender == .male ? "his" : "her")
    }

    @inline(__always) func isName(_ tok: Token) -> Bool { tok.capitalized && !names.isEmpty && names.contains(tok.text) }

    /// The partner of `doc`: from the cast if it names a leaver, else from the text.
    static func of(_ doc: StoryDocument, tokens: StoryTokens) -> Partner {
        let cast = doc.cast
        // "my wife" and never "my husband": the partner's sex is said outright, and a cast
        // whose leaver is of the other sex has the wrong person.
        let said = ownedRoleNouns(tokens.tokens)
        if let leaver = cast.leaver, let g = leaver.gender, !(g == .male ? said.female > 0 && said.male == 0 : said.male > 0 && said.female == 0) {
            var names = Set<String>()
            for n in [leaver.name].compactMap({ $0 }) + leaver.aliases {
                let words = ByteText.split(n.lowercased(), on: 0x20)
                if words.count == 1, !NotNames.partner.contains(String(words[0])) { names.insert(String(words[0])) }
                if let first = words.first, n.first?.isUppercase == true, !NotNames.partner.contains(String(first)), words.count > 1,
                   !Determiners.aliasOpeners.contains(String(first)) { names.insert(String(first)) }
            }
            return Partner(gender: g, names: names)
        }
        return infer(tokens.tokens, title: doc.title)
    }

    /// How often the narrator names a male and a female partner noun as theirs ("my husband",
    /// "my ex-wife").
    static func ownedRoleNouns(_ t: [Token]) -> (male: Int, female: Int) {
        let my = Vocabulary.id("my"), ex = Vocabulary.id("ex")
        var male = 0, female = 0
        for i in t.indices.dropFirst() where (t[i - 1].id == my || t[i - 1].id == ex) && t[i - 1].sentence == t[i].sentence && t[i].classes.contains(.roleNoun) {
            if t[i].classes.contains(.maleNoun) { male += 1 }
            if t[i].classes.contains(.femaleNoun) { female += 1 }
        }
        return (male, female)
    }

    /// Gender from role nouns ("my husband"), else from he/she counts in narration; names from
    /// appositions ("my husband, Greg") and "Name and I" openings.
    static func infer(_ t: [Token], title: String?) -> Partner {
        var male = 0.0, female = 0.0
        var names: [String: Int] = [:]
        let my = Vocabulary.id("my"), ex = Vocabulary.id("ex"), he = Vocabulary.id("he"), she = Vocabulary.id("she")
        let and = Vocabulary.id("and"), i1 = Vocabulary.id("i")
        for (i, tok) in t.enumerated() {
            let prevMy = i > 0 && (t[i - 1].id == my || t[i - 1].id == ex) && t[i - 1].sentence == tok.sentence
            if prevMy && tok.classes.contains(.maleNoun) { male += 3 }
            if prevMy && tok.classes.contains(.femaleNoun) { female += 3 }
            if !tok.quoted {
                if tok.id == he { male += 0.1 }
                if tok.id == she { female += 0.1 }
            }
            // "my husband, Greg," — the role noun then a capitalised word.
            if prevMy, tok.classes.contains(.roleNoun), i + 1 < t.count, t[i + 1].capitalized, t[i + 1].sentence == tok.sentence,
               !NotNames.partner.contains(t[i + 1].text) {
                names[t[i + 1].text, default: 0] += 2
            }
            // "Marcus and I got married" opening the story (later, "Name and I" is as often a child).
            if tok.position == 0, tok.paragraph < 3, tok.capitalized, i + 2 < t.count,
               t[i + 1].id == and, t[i + 2].id == i1, t[i + 2].sentence == tok.sentence, !NotNames.partner.contains(tok.text) {
                names[tok.text, default: 0] += 2
            }
        }
        if let title {
            let lower = title.lowercased()
            for n in PartnerNouns.male where lower.contains("my " + n) { male += 3 }
            for n in PartnerNouns.female where lower.contains("my " + n) { female += 3 }
        }
        return Partner(gender: female > male ? .female : .male, names: Set(names.keys))
    }
}
