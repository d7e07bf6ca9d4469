/// The cast's other closed lists: what a word near a name or a role phrase says about who is
/// meant. Static sets, so every look-up is one hash (and `CastLexicon.classes` turns most of
/// them into bits once); they describe English and the genre, never particular stories.
enum CastWords {
    /// Words whose "'s" is "is"/"has", never a possessive: "it's", "he's", "that's".
    static let contractionBases: Set<String> = [
        "it", "he", "she", "that", "what", "there", "here", "who", "where", "how", "let", "this", "why", "when",
        "everything", "nothing", "something", "everyone", "someone", "nobody", "somebody", "one", "life", "today", "tonight",
    ]

    /// Prepositions after which a capitalised word is usually a place.
    static let placePrepositions: Set<String> = [
        "in", "at", "to", "from", "near", "into", "across", "toward", "towards", "outside", "inside", "around", "through",
        "downtown", "via", "of", "on",
    ]
    /// Those that take places, rarely people: not the ones that take both ("to Denver", "to Mark").
    static let placeOnlyPrepositions: Set<String> = placePrepositions.subtracting(["at", "to", "from", "into", "through", "of", "on"])
    /// Nouns after a capitalised word that make it a place's name ("Mercy Hospital", "Elm Street").
    static let placeNouns: Set<String> = [
        "hospital", "street", "avenue", "road", "park", "church", "school", "college", "university", "center", "centre", "clinic",
        "hotel", "mall", "cathedral", "station", "airport", "lake", "river", "county", "city", "beach", "bay", "springs", "valley",
        "heights", "memorial",
    ]

    /// Words a name may be addressed with and known without: the honorifics ("Ms. Patel"), the
    /// titles of office ("Judge Harlan", "Pastor Greene") and of kin ("Aunt Rosa", "Doña Carmen").
    static let addressTitles: Set<String> = Titles.words.union(RoleCueWords.titles).union([
        "judge", "officer", "detective", "sergeant", "doña", "señora", "sra", "madam", "madame", "mme", "granny",
    ])

    /// Where a neighbour lives, after their name: "Mrs. Haddad from downstairs", "Ines across
    /// the hall", "Tom down the landing" (and "next door").
    static let neighborPlaces: Set<String> = ["downstairs", "upstairs"]
    static let neighborWays: Set<String> = ["across", "down", "up"]
    static let neighborAcross: Set<String> = ["hall", "landing", "street", "road", "corridor", "way"]

    /// Never coming back, the partner's leaving: "never came back", "never came home", "never returned".
    static let comingBack: Set<String> = ["came", "come", "returned"]
    static let backHome: Set<String> = ["back", "home"]

    /// Heads of a phrase about a person that are no role of their own: "My maid of honor, Aiko",
    /// "My best man, Theo,".
    static let appositionHeads: Set<String> = ["maid", "bridesmaid", "workmate", "mate", "sponsor", "mentor", "man"]

    /// Having children, before their count: "we had two sons", "I was raising three kids".
    static let havingChildren: Set<String> = ["had", "have", "raising", "raised"]

    /// Whose the role phrase after a name is: "Mark, her old college boyfriend".
    static let appositionOwners: Set<String> = ["my", "our", "his", "her", "their"]

    /// The words numbers are written in, whole or as the parts of "forty-two": never a name.
    static let numberWords: Set<String> = Set(NumberWords.oneToTen).union([
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    ])

    /// A saint's title before a name makes it a place's ("St. Mary's", "Saint Jude's").
    static let saintWords: Set<String> = ["st", "saint"]

    /// A pet's nouns before its name ("our dog Biscuit"), and the words near a name that make
    /// it a pet's ("Max barked", "Max wagged his tail").
    static let petNouns: Set<String> = ["dog", "cat", "puppy", "kitten", "pup", "terrier", "horse", "parrot", "hamster", "rabbit"]
    static let petWords: Set<String> = [
        "barked", "barks", "barking", "wagged", "wags", "wagging", "purred", "purrs", "purring", "meowed", "muzzle", "paws", "paw",
        "tail", "leash", "terrier", "retriever", "spaniel", "labrador", "beagle", "collie", "poodle", "puppy", "kitten",
        "whimpered", "fetch",
    ]

    /// The conjunctions that open a new clause after a comma: ", and then she…", ", but he…".
    static let clauseConjunctions: Set<String> = ["and", "then", "but"]
    /// Where the headline's rival phrase ends ("…for Her Boss When I Was Pregnant"): a new
    /// clause, or "when" or "after".
    static let rivalPhraseEnds: Set<String> = clauseConjunctions.union(["when", "after"])

    /// "all of J's things were gone": what leaves with the one who leaves, and how it is then.
    static let belongings: Set<String> = ["things", "stuff", "clothes", "belongings", "side"]
    static let goneWords: Set<String> = ["gone", "missing", "empty"]

    /// What a line read rather than heard comes in ("the message said: …").
    static let messageWords: Set<String> = ["message", "text", "note", "letter", "email", "screen", "card", "voicemail"]
    /// A short paragraph of the narrator not speaking ("I didn't respond."), matched anywhere in
    /// it, lower case and with straight apostrophes.
    static let narratorSilence: [String] = [
        "didn't respond", "didn't answer", "didn't reply", "didn't say anything", "said nothing", "didn't speak",
        "couldn't answer", "couldn't speak", "did not respond", "did not answer", "stayed silent", "kept quiet",
    ]

    /// Words that show a character is a small child when said of them.
    static let childCues: Set<String> = [
        "school", "kindergarten", "preschool", "homework", "toy", "toys", "puzzle", "cereal", "pajamas", "pyjamas", "bedtime",
        "nap", "stuffed", "giggled", "giggles", "grade", "recess", "playdate", "daycare", "crib", "bike", "soccer", "cartoons",
        "crying", "cried", "teddy", "tucked", "diaper", "stroller", "lunchbox", "crayons", "backpack", "pancakes", "zoo",
        "birthday", "tooth", "babysitter", "nanny", "piano", "recital", "swing", "playground",
    ]

    /// Relationship words of a couple's story: `X and I had been together`.
    static let coupleCues: Set<String> = ["together", "married", "met", "dating", "dated", "engaged", "wedding", "divorced", "moved"]

    /// One-letter words that are words, not a name's initial ("a", "I", "O").
    static let oneLetterWords: Set<String> = ["a", "i", "o", "x", "u"]
    /// "named it", "named them": what a thing is named, not a person.
    static let namedThings: Set<String> = ["it", "them", "this", "that"]
}

/// The words of the role phrases that name a person by a clause or a place: "the man I
/// married", "the woman he's been seeing", "a guy she'd met at the gym", "the woman from his
/// office" (`RoleNounFinder`).
enum RolePhraseWords {
    /// What a rival phrase without a noun of its own opens on: "someone younger", "another
    /// woman", "a guy she'd met online".
    static let rivalOpeners: [String] = ["someone", "somebody", "another", "a"]
    /// A rank at the narrator's work before a job: "my charge nurse", "my head chef".
    static let workRanks: Set<String> = ["charge", "head", "senior", "fellow"]
    /// "my partner on the ambulance", "my partner at work": where a workmate is one.
    static let workPartnerPlaces: Set<String> = ["on", "at"]
    /// "my partner at the time": the spouse of then, not a workmate.
    static let partnerTimes: Set<String> = ["time", "moment", "end", "start", "beginning"]
    /// Words of a sentence that tells of leaving for someone, or of being with them.
    static let leaving: Set<String> = [
        "left", "leave", "leaving", "leaves", "ran", "run", "running", "abandoned", "chasing", "cheating", "cheated", "kissing",
        "affair", "seeing", "dating", "with", "for", "find", "found", "moving", "moved",
    ]
    /// "the guys at the firehouse", "my friends from work": the determiner of where a group is from.
    static let groupPlaceDeterminers: Set<String> = Determiners.definite.subtracting(["your"])
    /// What a stranger at the door brings: "handed me divorce papers", "asked me to sign for an envelope".
    static let deliveryWords: Set<String> = ["papers", "envelope", "sign", "served", "summons", "subpoena", "documents", "package", "parcel"]
    /// "a woman from his gym": whose place makes a stranger the partner's world.
    static let partnersPlaceOwners: Set<String> = ["his", "her"]
    /// "I also have a partner", "I've got a girlfriend now": the narrator's having now, and the
    /// words that may stand around it.
    static let haveVerbs: Set<String> = ["have", "got"]
    static let haveFillers: Set<String> = ["also", "now", "finally", "even", "got", "actually", "since"]
    /// "a man in a grey suit": what a stranger is known by.
    static let clothes: Set<String> = [
        "suit", "jacket", "coat", "dress", "hoodie", "uniform", "shirt", "cap", "hat", "sweater", "jumper", "raincoat", "blazer",
        "overcoat", "parka", "scarf", "tie", "apron", "cardigan", "vest", "tracksuit", "jeans",
    ]
    /// "a friend of mine", "a cousin of his": whose they are, after the noun.
    static let ownerPronouns: Set<String> = ["mine", "his", "hers", "ours", "theirs", "yours"]
    /// "my best friend from college", "a friend from work": a place named by a bare word.
    static let barePlaces: Set<String> = ["work", "college", "school", "church", "university", "uni", "class", "rehab", "therapy", "home"]
    /// "at the insurance office", "from the hardware store": the place's head after one more word.
    static let placeHeads: Set<String> = [
        "office", "store", "shop", "studio", "team", "department", "club", "center", "centre", "firm", "company", "agency",
        "station", "hospital", "clinic", "school", "group", "gym", "bank", "restaurant", "bar", "cafe", "café", "library",
        "church", "plant", "factory", "site", "desk", "ward", "league", "class", "course", "program", "programme",
    ]

    /// "a guy she'd met online": the subject and verb of the clause after a rival's noun.
    static let rivalClauseSubjects: Set<String> = ["she'd", "he'd", "she", "he"]
    static let rivalClauseVerbs: Set<String> = ["met", "been", "was", "had", "found"]
    /// "… met at work", "… met at the gym": where they met, and its determiner.
    static let rivalPlacePrepositions: Set<String> = ["at", "through", "in", "on"]
    static let rivalPlaceDeterminers: Set<String> = ["the", "a", "his", "her", "their"]

    /// "the man I married": the narrator's verbs that make the phrase the partner.
    static let marriedVerbs: Set<String> = ["married", "loved", "chose", "wed"]
    /// "the woman he's been seeing": the clause's subject, what may follow it, and its verb.
    static let clauseSubjects: Set<String> = ["he", "she", "he's", "she's", "he'd", "she'd"]
    static let clauseAuxiliaries: Set<String> = ["has", "had", "was", "is", "been", "now"]
    /// "the woman he ran off with": running off with someone, and its particle.
    static let ranOffVerbs: Set<String> = ["run", "ran", "went", "gone", "driven", "drove", "flew", "flown", "moved"]
    static let ranOffParticles: Set<String> = ["off", "away"]
    static let clauseVerbs: Set<String> = ["seeing", "dating", "sleeping", "with", "left", "chose", "cheated", "married", "loved", "met"]
    /// "the woman from his office", "the man at her work": the determiner of the place.
    static let placeDeterminers: Set<String> = ["his", "her", "my", "the"]
}
