/// What a child calls a parent ("Mom", "Daddy"): the one place these words are defined. The
/// cast's parent words, its not-a-name list, the role heads, the structure's "their father" and
/// the remix's parent swaps all read them from here.
enum ParentNouns {
    /// Each word with the parent's sex; `childish` marks a child's own word ("Daddy", not "Dad"),
    /// which in narration means the children's parent.
    static let all: [(word: String, gender: Gender, childish: Bool)] = [
        ("mom", .female, false), ("mommy", .female, true), ("mum", .female, false), ("mummy", .female, true),
        ("mama", .female, true), ("momma", .female, true), ("mother", .female, false),
        ("dad", .male, false), ("daddy", .male, true), ("papa", .male, true), ("father", .male, false),
    ]

    static let words: [String] = all.map(\.word)
    /// The sex each word names: the cast's parent words ("Is Daddy mad at me?").
    static let gender: [String: Gender] = Dictionary(uniqueKeysWithValues: all.map { ($0.word, $0.gender) })
    static let childish: Set<String> = Set(all.filter(\.childish).map(\.word))
    static func words(_ g: Gender) -> [String] { all.filter { $0.gender == g }.map(\.word) }

    /// The structure's father and mother nouns ("their father", "her mom"): the nursery words
    /// "papa", "mama", "momma" and "mummy" are not among them.
    static let fatherNouns: Set<String> = Set(words(.male)).subtracting(["papa"])
    static let motherNouns: Set<String> = Set(words(.female)).subtracting(["mama", "momma", "mummy"])

    /// What a parent word becomes when the couple's sexes swap in a remix ("Daddy" → "Mommy").
    /// "mum" has no mother-word counterpart of its own, so it becomes "dad"; "mummy" and "momma"
    /// are not swapped, so the remix leaves them alone.
    static let swap: [String: String] = [
        "daddy": "mommy", "mommy": "daddy", "dad": "mom", "mom": "dad", "father": "mother", "mother": "father",
        "papa": "mama", "mama": "papa", "mum": "dad",
    ]
    /// The words the remix swaps.
    static let swapped: Set<String> = Set(swap.keys)
}

/// The child nouns a remix rewrites for the recipient's child ("my daughter" → "my son",
/// → "my twins"). The cast's own child nouns are role heads (`RoleNouns.heads`).
enum ChildNouns {
    /// The nouns that name a sex, each with its counterpart of the other sex.
    static let sexed: [(female: String, male: String)] = [("daughter", "son"), ("daughters", "sons"), ("girl", "boy"), ("girls", "boys")]
    /// Each sexed noun to its counterpart, both ways.
    static let swap: [String: String] = Dictionary(uniqueKeysWithValues: sexed.flatMap { [($0.female, $0.male), ($0.male, $0.female)] })
    static let female: Set<String> = Set(sexed.map(\.female))
    /// The nouns of a child of either sex.
    static let unsexed: [String] = ["kid", "kids", "child", "children", "twins", "toddler"]
    /// Every child noun the remix rewrites.
    static let rewritten: Set<String> = Set(swap.keys).union(unsexed)
}

/// Vocatives for children and partners ("sweetie", "honey"): they name no one, but mark who is
/// addressed.
enum Endearments {
    static let all: Set<String> = ["baby", "sweetie", "honey", "sweetheart", "darling", "babe", "kiddo", "buddy", "love", "dear"]
    /// Words that show a line is said to a child, or by one: what a parent calls a child, and
    /// what a child calls a parent. Not "darling", "babe", "love" or "dear": partners say those.
    static let childAddress: Set<String> = [
        "sweetie", "sweetheart", "honey", "baby", "kiddo", "bud", "buddy", "pumpkin", "mom", "mommy", "mama", "dad", "daddy", "papa",
    ]
}

/// The head nouns of role phrases ("my ex-husband", "our six-year-old son"): the one place the
/// cast's family, helper and other role nouns are defined.
enum RoleNouns {
    struct Head {
        var category: NounCategory
        var gender: Gender?
        /// Nouns for the same relation share a slot ("mom" and "mother").
        var slot: String
    }

    /// The narrator's children as a group ("our four kids", "my three adult children", "our
    /// newborn twin sons"): one character of its own, or the group named children share.
    static let childGroups: [String] = ["twins", "triplets", "kids", "children", "babies", "newborns", "toddlers"]

    static let heads: [String: Head] = {
        var h: [String: Head] = [:]
        func add(_ words: [String], _ c: NounCategory, _ g: Gender?, _ slot: String? = nil) {
            for w in words { h[w] = Head(category: c, gender: g, slot: slot ?? w) }
        }
        for (w, g) in PartnerNouns.all { add([w], .partner, g, "partner") }
        for (w, g) in PartnerNouns.exForms { add([w], .partner, g, "partner") }
        add(["ex"], .partner, nil, "partner")
        add(["son", "stepson", "boy"], .child, .male, "son")
        add(["daughter", "stepdaughter", "girl"], .child, .female, "daughter")
        add(childGroups, .twins, nil, "twins")
        add(["sons", "boys"], .twins, .male, "twins")
        add(["daughters", "girls"], .twins, .female, "twins")
        add(["baby", "child", "kid", "newborn", "toddler"], .child, nil, "child")
        // Every parent word but "mummy" and "momma", which the cast does not take for a role.
        add(ParentNouns.words(.female).filter { $0 != "mummy" && $0 != "momma" } + ["stepmother", "stepmom"], .family, .female, "mother")
        add(ParentNouns.words(.male) + ["stepfather", "stepdad"], .family, .male, "father")
        add(["sister", "stepsister"], .family, .female, "sister")
        add(["brother", "stepbrother"], .family, .male, "brother")
        add(["grandmother", "grandma", "granny", "nana"], .family, .female, "grandmother")
        add(["grandfather", "grandpa"], .family, .male, "grandfather")
        add(["aunt", "auntie"], .family, .female, "aunt")
        add(["uncle"], .family, .male, "uncle")
        add(["niece"], .family, .female, "niece")
        add(["nephew"], .family, .male, "nephew")
        add(["mother-in-law"], .family, .female, "mother-in-law")
        add(["father-in-law"], .family, .male, "father-in-law")
        add(["sister-in-law"], .family, .female, "sister-in-law")
        add(["brother-in-law"], .family, .male, "brother-in-law")
        add(["son-in-law"], .family, .male, "son-in-law")
        add(["daughter-in-law"], .family, .female, "daughter-in-law")
        add(["neighbor", "neighbour"], .helper, nil, "neighbor")
        add(["cousin"], .helper, nil, "cousin")
        add(["friend", "bestie", "buddy", "pal"], .helper, nil, "friend")
        add(["coworker", "co-worker", "colleague", "workmate"], .helper, nil, "coworker")
        add(["roommate", "flatmate"], .helper, nil, "roommate")
        add(["boss", "manager", "supervisor"], .other, nil, "boss")
        add(["lawyer", "attorney"], .other, nil, "lawyer")
        add(["therapist", "counselor", "counsellor"], .other, nil, "therapist")
        add(["landlord"], .other, .male, "landlord")
        add(["landlady"], .other, .female, "landlord")
        add(["nanny", "babysitter"], .other, nil, "nanny")
        add(["parents", "in-laws"], .family, nil, "parents")
        add(["family"], .family, nil, "family")
        add(["friends"], .helper, nil)
        add(["colleagues", "coworkers", "co-workers"], .helper, nil, "colleagues")
        add(["neighbors", "neighbours"], .helper, nil, "neighbors")
        add(professions, .other, nil)
        add(["guys"], .helper, .male, "guys")
        add(["mistress", "lover"], .rival, nil, "rival")
        return h
    }()

    /// Heads of two words whose last word alone names no one in particular: "his best man",
    /// who is at the wedding the partner walks out of. Keyed by the last word, which is what a
    /// role phrase ends on.
    static let compoundHeads: [String: [(modifier: String, head: Head)]] = [
        "man": [("best", Head(category: .helper, gender: .male, slot: "best man"))],
    ]

    /// The head that `modifier` and `word` make together, if they make one.
    static func compoundHead(modifier: String, _ word: String) -> Head? {
        compoundHeads[word]?.first { $0.modifier == modifier }?.head
    }

    /// People known by their work ("the doctor", "a nurse"), each a slot of their own.
    static let professions: [String] = [
        "doctor", "judge", "nurse", "nurses", "officer", "detective", "teacher", "principal", "pastor", "priest", "captain",
        "coach", "sergeant", "chief", "mechanic", "receptionist", "cashier", "waitress", "waiter", "bartender", "clerk",
        "paramedic", "paramedics", "police", "cops",
        // Who brings the papers to the door: "a courier", "the solicitor" (not "driver": "the
        // driver's seat" is a place).
        "courier", "solicitor",
    ]

    /// What "police" is the first half of, as in "the police station", "a police officer": no
    /// character there, or one the next word names.
    static let institutionCompounds: Set<String> = [
        "station", "officer", "officers", "report", "reports", "department", "car", "cars", "cruiser", "record", "records",
        "tape", "chief", "academy", "force", "precinct", "custody", "scanner", "siren", "sirens", "lights", "escort", "file",
    ]

    /// What may stand between "my" and "partner" when the partner is a spouse.
    static let spouseModifiers: Set<String> = ["life", "domestic", "romantic", "long-time", "longtime", "former", "ex", "new", "old", "loving"]

    /// Heads that name several people: a character of their own, never a "he" or "she".
    static let pluralHeads: Set<String> = Set(childGroups).union([
        "sons", "boys", "daughters", "girls", "parents", "in-laws", "family", "friends", "colleagues", "coworkers",
        "co-workers", "neighbors", "neighbours", "nurses", "guys", "paramedics", "police", "cops",
    ])

    /// Words that end a role phrase's modifiers: "my" + these is no role phrase.
    static let stopModifiers: Set<String> = [
        "and", "or", "but", "was", "is", "had", "has", "would", "to", "of", "in", "on", "at", "with", "for", "who", "that",
        "he", "she", "i", "it", "we", "they", "me", "him", "her", "them", "us", "a", "an", "the", "my", "our", "his", "their",
        "said", "asked", "told", "not", "no", "as", "from", "by",
    ]
    /// The words that can follow the determiner of a `RoleNounFinder.special` phrase: "the other
    /// woman", "the man I married", "his new wife". Any other next word and it finds nothing.
    static let specialCues: Set<String> = PersonNouns.words.union(["other", "new"])
    /// Heads that only count with a possessive ("our boy"), never with "the"/"a" ("a boy who looked like…").
    static let possessiveOnly: Set<String> = [
        "boy", "girl", "ex", "partner", "mom", "mum", "dad", "mommy", "daddy", "mama", "papa", "buddy", "pal",
        "family", "boys", "girls", "kid", "child",
    ]
}
