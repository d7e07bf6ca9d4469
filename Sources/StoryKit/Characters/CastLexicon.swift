/// The closed word lists the cast rules consult. Static sets, so every look-up is one hash;
/// they describe English and the genre (family roles), never particular stories.
enum CastLexicon {
    /// Every list a word belongs to, as bits: tokens look their word up once (`CastToken.lex`)
    /// and the rules test bits instead of hashing strings again.
    struct Class: OptionSet, Sendable {
        let rawValue: UInt32
        static let firstPerson = Class(rawValue: 1 << 0)
        static let malePronouns = Class(rawValue: 1 << 1)
        static let femalePronouns = Class(rawValue: 1 << 2)
        static let subjectPronouns = Class(rawValue: 1 << 3)
        static let determiners = Class(rawValue: 1 << 4)
        static let notNames = Class(rawValue: 1 << 5)
        static let speechVerbs = Class(rawValue: 1 << 6)
        static let personVerbs = Class(rawValue: 1 << 7)
        static let verbSkips = Class(rawValue: 1 << 8)
        static let auxiliaries = Class(rawValue: 1 << 9)
        static let objectVerbs = Class(rawValue: 1 << 10)
        static let childCues = Class(rawValue: 1 << 11)
        static let titles = Class(rawValue: 1 << 12)
        static let childishParentWords = Class(rawValue: 1 << 13)
        static let coupleCues = Class(rawValue: 1 << 14)
        static let endearments = Class(rawValue: 1 << 15)
        static let parentWordSet = Class(rawValue: 1 << 16)
        /// A key of `RoleNouns.heads`.
        static let roleHeads = Class(rawValue: 1 << 17)
        static let stopModifiers = Class(rawValue: 1 << 18)
        /// A word `RoleNounFinder.special` needs right after its determiner.
        static let specialCues = Class(rawValue: 1 << 19)
    }

    static let classes: [String: Class] = {
        var d: [String: Class] = [:]
        func add(_ words: Set<String>, _ c: Class) { for w in words { d[w, default: []].insert(c) } }
        add(firstPerson, .firstPerson)
        add(malePronouns, .malePronouns)
        add(femalePronouns, .femalePronouns)
        add(subjectPronouns, .subjectPronouns)
        add(determiners, .determiners)
        add(notNames, .notNames)
        add(speechVerbs, .speechVerbs)
        add(personVerbs, .personVerbs)
        add(verbSkips, .verbSkips)
        add(auxiliaries, .auxiliaries)
        add(objectVerbs, .objectVerbs)
        add(childCues, .childCues)
        add(titles, .titles)
        add(childishParentWords, .childishParentWords)
        add(coupleCues, .coupleCues)
        add(endearments, .endearments)
        add(parentWordSet, .parentWordSet)
        add(Set(RoleNouns.heads.keys), .roleHeads)
        add(RoleNouns.stopModifiers, .stopModifiers)
        add(RoleNouns.specialCues, .specialCues)
        return d
    }()

    static let parentWordSet: Set<String> = Set(parentWords.keys)

    /// Words whose "'s" is "is"/"has", never a possessive: "it's", "he's", "that's".
    static let contractionBases: Set<String> = [
        "it", "he", "she", "that", "what", "there", "here", "who", "where", "how", "let", "this", "why", "when",
        "everything", "nothing", "something", "everyone", "someone", "nobody", "somebody", "one", "life", "today", "tonight",
    ]

    /// Honorifics that belong to the name after them ("Mrs. Patel").
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "mx"]
    static let femaleTitles: Set<String> = ["mrs", "ms", "miss"]

    /// Capitalised words that are never a person's name, wherever they stand: time words, role
    /// words used as names ("Mom"), interjections and sentence adverbs.
    static let notNames: Set<String> = [
        "i", "i'm", "i'd", "i'll", "i've", "a", "an", "the", "and", "but", "or", "so", "if", "then", "when", "while",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
        "christmas", "easter", "thanksgiving", "halloween", "valentine", "day", "eve", "new", "year",
        "god", "lord", "jesus", "heaven", "hell", "christ", "allah",
        "mom", "mommy", "mum", "mummy", "mama", "momma", "dad", "daddy", "papa", "pa", "ma", "mother", "father",
        "grandma", "grandpa", "granny", "nana", "gran", "grandmother", "grandfather", "aunt", "uncle", "auntie",
        "honey", "baby", "sweetie", "sweetheart", "darling", "babe", "love", "dear", "buddy", "kiddo", "sir", "ma'am", "madam",
        "okay", "ok", "yes", "no", "yeah", "yep", "nope", "hi", "hello", "hey", "please", "thanks", "thank", "sorry", "well",
        "oh", "ah", "wow", "ugh", "sure", "right", "fine", "good", "great", "look", "listen", "wait", "come", "stop", "go",
        "maybe", "tonight", "today", "tomorrow", "yesterday", "still", "honestly", "somehow", "nothing", "sometimes",
        "eventually", "seven", "now", "never", "always", "just", "only", "even", "yet", "also", "again", "once", "twice",
        "everything", "something", "anything", "everyone", "someone", "anyone", "nobody", "somebody", "everybody", "anybody",
        "no one", "life", "love", "hope", "time", "home", "mommy's", "perhaps", "suddenly", "finally", "instead", "later",
        "first", "second", "third", "last", "next", "one", "two", "three", "four", "five", "six", "eight", "nine", "ten",
        "this", "that", "these", "those", "there", "here", "what", "why", "who", "how", "where", "which", "whose",
        "he", "she", "it", "we", "they", "you", "me", "him", "her", "us", "them", "my", "our", "his", "their", "your", "its",
        "not", "don't", "didn't", "can't", "won't", "let", "let's", "it's", "that's", "there's", "what's",
        "english", "american", "internet", "facebook", "instagram", "google", "iphone", "tv", "ok", "dear",
    ]

    /// Speech verbs: `“…,” X said` / `said X`.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "asked", "asks", "told", "tells", "replied", "replies", "answered", "answers", "whispered",
        "shouted", "yelled", "muttered", "mumbled", "added", "continued", "demanded", "repeated", "announced", "insisted",
        "pointed", "typed", "texted", "wrote", "admitted", "called", "cried", "snapped", "sighed", "murmured", "begged",
        "pleaded", "laughed", "screamed", "explained", "agreed", "promised", "warned", "interrupted", "offered", "suggested",
        "paused", "stammered", "managed", "croaked", "breathed", "sobbed", "blurted", "joked", "teased", "confessed",
        "responded", "whimpered", "hissed", "growled", "exclaimed", "wondered", "began", "finished", "rushed", "went",
        "asking", "saying", "calling", "whispering", "shouting", "yelling", "crying", "telling", "insisting", "adding",
    ]

    /// Verbs whose subject is a person; a capitalised word followed by one acts as a person.
    static let personVerbs: Set<String> = [
        "sat", "stood", "walked", "ran", "came", "went", "left", "arrived", "drove", "showed", "started", "began", "stopped",
        "learned", "learnt", "turned", "found", "knew", "thought", "wanted", "needed", "wiped", "noticed", "recognized",
        "recognised", "took", "kissed", "hugged", "brought", "painted", "threw", "climbed", "crawled", "held", "got",
        "looked", "stared", "watched", "listened", "waited", "loved", "hated", "married", "moved", "packed", "opened",
        "closed", "tried", "helped", "made", "gave", "kept", "slept", "woke", "wakes", "picked", "let", "leaned", "leans",
        "reached", "rubbed", "swallowed", "shifted", "blinked", "bonded", "met", "seemed", "felt", "heard", "saw",
        "decided", "refused", "froze", "handed", "pulled", "pushed", "stepped", "sent", "paid", "lost", "bought", "sold",
        "spent", "grabbed", "dropped", "realized", "realised", "remembered", "forgot", "wept", "sobbed", "gasped",
        "giggled", "clung", "clutched", "shrugged", "knocked", "rang", "visited", "returned", "appeared", "disappeared",
        "vanished", "stayed", "lived", "worked", "broke", "cheated", "filed", "signed", "spoke", "talked", "followed",
        "emailed", "messaged", "phoned", "chose", "wore", "ate", "drank", "cleaned", "slammed", "grinned", "smiled",
        "nodded", "frowned", "winced", "hesitated", "flinched", "cried", "laughed", "said", "asked", "told", "replied",
        "answered", "whispered", "shouted", "yelled", "texted", "called", "wrote", "announced", "insisted", "pointed",
        "agreed", "promised", "begged", "sighed", "murmured", "muttered", "mumbled", "admitted", "explained", "would",
        "turns", "eats", "sleeps", "loves", "wants", "needs", "says", "asks", "tells", "likes", "liked", "adored",
        "begins", "starts", "plays", "played", "drew", "laughs", "smiles", "cries", "learns", "goes", "comes",
        "has", "had", "was", "is", "did", "didn't", "doesn't", "wasn't", "won't", "couldn't", "wouldn't", "hadn't",
    ]
    /// Auxiliaries and adverbs skipped between a subject and its verb ("Leo still wakes").
    static let verbSkips: Set<String> = [
        "still", "just", "never", "always", "finally", "quietly", "slowly", "then", "also", "even", "only", "really",
        "suddenly", "eventually", "soon", "already", "simply", "gently", "softly", "barely", "actually", "immediately",
        "had", "has", "would", "could", "will", "did", "didn't", "wouldn't", "couldn't", "won't", "can't", "hadn't", "was",
        "wasn't", "is", "isn't", "doesn't", "does", "must", "might", "should", "once",
    ]
    /// The auxiliaries alone are weak evidence: a city "had not been" what he imagined.
    static let auxiliaries: Set<String> = ["has", "had", "was", "is", "did", "didn't", "doesn't", "wasn't", "won't", "couldn't",
                                           "wouldn't", "hadn't", "would", "isn't"]

    /// Verbs whose object is a person: `I called Daniel`, `told James`.
    static let objectVerbs: Set<String> = [
        "told", "asked", "called", "texted", "met", "married", "kissed", "hugged", "loved", "thanked", "forgave", "hated",
        "trusted", "phoned", "emailed", "messaged", "begged", "warned", "tell", "ask", "call", "text", "marry", "kiss", "hug",
        "thank", "forgive", "meet", "dated", "date", "divorced", "divorce", "missed", "miss", "helped", "help",
    ]

    /// Prepositions after which a capitalised word is usually a place.
    static let placePrepositions: Set<String> = ["in", "at", "to", "from", "near", "into", "across", "toward", "towards",
                                                 "outside", "inside", "around", "through", "downtown", "via", "of", "on"]

    /// Pronouns by gender.
    static let malePronouns: Set<String> = ["he", "him", "his", "himself", "he'd", "he's", "he'll"]
    static let femalePronouns: Set<String> = ["she", "her", "hers", "herself", "she'd", "she's", "she'll"]
    static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself", "i'm", "i'd", "i'll", "i've"]
    static let subjectPronouns: Set<String> = ["i", "i'd", "i'm", "i'll", "i've", "he", "he'd", "he's", "he'll", "she", "she'd", "she's", "she'll"]

    static let determiners: Set<String> = ["my", "our", "his", "her", "their", "your", "the", "a", "an"]

    /// Vocatives for children and partners: they name no one, but mark who is addressed.
    static let endearments: Set<String> = ["baby", "sweetie", "honey", "sweetheart", "darling", "babe", "kiddo", "buddy", "love", "dear"]

    /// Words that call a parent by role, used as names ("Is Daddy mad at me?").
    static let parentWords: [String: Gender] = [
        "mom": .female, "mommy": .female, "mum": .female, "mummy": .female, "mama": .female, "momma": .female, "mother": .female,
        "dad": .male, "daddy": .male, "papa": .male, "father": .male,
    ]
    /// The childish forms: in narration they are the children's words, so they mean the children's parent.
    static let childishParentWords: Set<String> = ["mommy", "mummy", "daddy", "mama", "momma", "papa"]

    /// Words that show a character is a small child when said of them.
    static let childCues: Set<String> = [
        "school", "kindergarten", "preschool", "homework", "toy", "toys", "puzzle", "cereal", "pajamas", "pyjamas", "bedtime",
        "nap", "stuffed", "giggled", "giggles", "grade", "recess", "playdate", "daycare", "crib", "bike", "soccer", "cartoons",
        "crying", "cried", "teddy", "tucked", "diaper", "stroller", "lunchbox", "crayons", "backpack", "pancakes", "zoo",
        "birthday", "tooth", "babysitter", "nanny", "piano", "recital", "swing", "playground",
    ]

    /// Relationship words of a couple's story: `X and I had been together`.
    static let coupleCues: Set<String> = ["together", "married", "met", "dating", "dated", "engaged", "wedding", "divorced", "moved"]
}

/// What a role noun says about the person it names.
enum NounCategory: String, Sendable {
    case partner, child, twins, family, helper, other, rival
}

/// The head nouns of role phrases ("my ex-husband", "our six-year-old son").
enum RoleNouns {
    struct Head {
        var category: NounCategory
        var gender: Gender?
        /// Nouns for the same relation share a slot ("mom" and "mother").
        var slot: String
    }

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
        // The narrator's children as a group ("our four kids", "my three adult children",
        // "our newborn twin sons"): one character of its own, or the group named children share.
        add(["twins", "triplets", "kids", "children", "babies", "newborns", "toddlers"], .twins, nil, "twins")
        add(["sons", "boys"], .twins, .male, "twins")
        add(["daughters", "girls"], .twins, .female, "twins")
        add(["baby", "child", "kid", "newborn", "toddler"], .child, nil, "child")
        add(["mother", "mom", "mum", "mommy", "mama", "stepmother", "stepmom"], .family, .female, "mother")
        add(["father", "dad", "daddy", "papa", "stepfather", "stepdad"], .family, .male, "father")
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
        add(["neighbor", "neighbour"], .helper, nil, "neighbor")
        add(["cousin"], .helper, nil, "cousin")
        add(["friend", "bestie", "buddy", "pal"], .helper, nil, "friend")
        add(["coworker", "co-worker", "colleague"], .helper, nil, "coworker")
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
        add(["doctor", "judge", "nurse", "nurses", "officer", "detective", "teacher", "principal", "pastor", "priest", "captain",
             "coach", "sergeant", "chief", "mechanic", "receptionist", "cashier", "waitress", "waiter", "bartender", "clerk"], .other, nil)
        add(["guys"], .helper, .male, "guys")
        add(["mistress", "lover"], .rival, nil, "rival")
        return h
    }()

    /// What may stand between "my" and "partner" when the partner is a spouse.
    static let spouseModifiers: Set<String> = ["life", "domestic", "romantic", "long-time", "longtime", "former", "ex", "new", "old", "loving"]

    /// Heads that name several people: a character of their own, never a "he" or "she".
    static let pluralHeads: Set<String> = ["twins", "triplets", "kids", "children", "babies", "newborns", "toddlers", "sons", "boys",
                                           "daughters", "girls", "parents", "in-laws", "family", "friends", "colleagues", "coworkers",
                                           "co-workers", "neighbors", "neighbours", "nurses", "guys"]

    /// Words allowed between a determiner and the head ("our beautiful little girl").
    static func isModifier(_ t: CastToken) -> Bool {
        t.isWord && !t.cap && !t.has(.stopModifiers)
    }
    static let stopModifiers: Set<String> = [
        "and", "or", "but", "was", "is", "had", "has", "would", "to", "of", "in", "on", "at", "with", "for", "who", "that",
        "he", "she", "i", "it", "we", "they", "me", "him", "her", "them", "us", "a", "an", "the", "my", "our", "his", "their",
        "said", "asked", "told", "not", "no", "as", "from", "by",
    ]
    /// The words that can follow the determiner of a `RoleNounFinder.special` phrase: "the other
    /// woman", "the man I married", "his new wife". Any other next word and it finds nothing.
    static let specialCues: Set<String> = ["other", "woman", "man", "girl", "guy", "lady", "new"]
    /// Heads that only count with a possessive ("our boy"), never with "the"/"a" ("a boy who looked like…").
    static let possessiveOnly: Set<String> = ["boy", "girl", "ex", "partner", "mom", "mum", "dad", "mommy", "daddy", "mama", "papa", "buddy", "pal",
                                              "family", "boys", "girls", "kid", "child"]
}
