/// A person by sex and nothing else ("a man", "the woman he's been seeing"): the one place
/// these words are defined. The cast's rival and relative-clause phrases read them.
enum PersonNouns {
    /// "man", "woman": the plain nouns of a grown-up of each sex.
    static let plain: [(word: String, gender: Gender)] = [("man", .male), ("woman", .female)]
    static let bySex: [(word: String, gender: Gender)] = plain + [("guy", .male), ("girl", .female), ("lady", .female)]
    static let words: Set<String> = Set(bySex.map(\.word))
    static let gender: [String: Gender] = Dictionary(uniqueKeysWithValues: bySex.map { ($0.word, $0.gender) })
    /// "the other woman", "the other guy": every one but "lady".
    static let afterOther: Set<String> = words.subtracting(["lady"])

    /// Nouns a woman or a man may be called in a story, either of which gives a pronoun a
    /// referent outside the cast ("the nurse… she"); the last group is of either sex.
    static let female: Set<String> = PartnerNouns.female.union([
        "woman", "women", "girl", "lady", "mother", "sister", "nurse", "waitress", "aunt", "grandmother", "grandma", "queen", "actress",
    ]).union(eitherSex)
    static let male: Set<String> = PartnerNouns.male.union([
        "man", "men", "boy", "guy", "father", "brother", "waiter", "uncle", "grandfather", "grandpa", "king", "actor",
    ]).union(eitherSex)
    static let eitherSex: [String] = ["stranger", "receptionist", "doctor", "teacher", "friend", "neighbor", "neighbour", "cousin", "boss"]
}

/// Honorifics that belong to the name after them ("Mrs. Patel").
enum Titles {
    /// Each title with the sex it names; nil for either.
    static let all: [(word: String, gender: Gender?)] = [
        ("mr", .male), ("mrs", .female), ("ms", .female), ("miss", .female), ("dr", nil), ("mx", nil),
    ]
    static let words: Set<String> = Set(all.map(\.word))
    static let female: Set<String> = Set(all.filter { $0.gender == .female }.map(\.word))
}

/// How the narrator says what they are: "I was a single mother", "I became a dad", "I'm a wife"
/// (`NarratorGender`).
enum SelfDescription {
    /// The narrator's subject words that open it.
    static let subjects: Set<String> = ["i", "i'm"]
    /// What may follow "I" before the article ("I was a…", "I had been a…").
    static let verbs: Set<String> = ["was", "am", "became", "become", "had", "been"]
    /// The nouns that tell the narrator's sex: a grown-up's parent word (not a child's "Mommy"),
    /// a spouse's (`PartnerNouns.spousesBySex`), and "man" or "woman".
    static let nouns: [String: Gender] = Dictionary(uniqueKeysWithValues:
        ParentNouns.all.filter { !$0.childish }.map { ($0.word, $0.gender) }
            + PartnerNouns.spousesBySex.map { ($0.word, $0.gender) } + PersonNouns.plain.map { ($0.word, $0.gender) }
            + casual)
    /// The everyday words of a grown-up's sex: "I'm a guy, I'm 31", "I was a girl of nineteen".
    static let casual: [(String, Gender)] = [("guy", .male), ("dude", .male), ("girl", .female), ("lady", .female)]
}
