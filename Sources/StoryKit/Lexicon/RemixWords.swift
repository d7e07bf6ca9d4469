/// The words the remix's rewriting rules read (`TextRewriter`, `CastMap`, `Agreement`,
/// `SpliceCheck`, `Plea`), lower case. The pronouns, parent and child nouns it swaps are in
/// `Pronouns`, `ParentNouns` and `ChildNouns`.
enum RemixWords {
    /// Words after "her" that make it an object ("for her to"), not a possessive ("her eyes").
    static let objectFollowers: Set<String> = [
        "a", "an", "the", "that", "this", "these", "those", "what", "how", "why", "when", "where", "who", "whom", "which", "if", "whether",
        "to", "and", "or", "but", "so", "as", "about", "back", "up", "down", "in", "into", "out", "on", "off", "over", "again", "too", "now",
        "then", "anything", "everything", "something", "nothing", "at", "for", "from", "with", "by", "of", "like", "is", "was", "go", "be",
        "know", "decide", "see", "feel", "say", "tell", "meet", "come", "stay", "cry", "sleep", "grow", "i", "we", "you", "he", "she", "they",
        "it", "there", "here", "yet", "still", "just", "all", "alone", "before", "after", "because", "though", "while", "once", "anymore",
        "more", "less", "enough", "well", "tight", "close", "closer", "gently", "softly", "quietly", "every", "each", "some", "any", "no", "not",
    ]
    /// Verbs after which "her" is the person ("wished her well", "let her go").
    static let herObjectVerbs: Set<String> = [
        "wished", "wish", "thanked", "thank", "let", "helped", "help", "made", "make", "told", "tell",
        "asked", "ask", "handed", "offered", "promised", "warned", "reminded", "begged", "forgave", "forgive",
    ]
    /// "the man who'd walked away", "the woman I married": the words after "the man" that make
    /// it the leaver.
    static let leaverNounFollowers: Set<String> = ["who", "i", "that", "who’d", "whom"]
    /// The leaver's pronouns that, coming next, a reader would take for whoever "he" or "she"
    /// was just before: the other one is named instead.
    static let leaverPronounsAhead: Set<String> = ["he", "his", "she"]
    /// "she’s been", "she’s got": the "’s" is "has", so the plural is "they’ve".
    static let hasParticiples: Set<String> = ["been", "got", "gotten", "had"]

    /// An alias of a cast member that opens with one of these ("his wife", "your mom")
    /// describes them; it is left to the word rules.
    static let describingOpeners: Set<String> = Pronouns.thirdPersonSingular.union(["your", "my", "their"])

    /// A quoted yes, which answers the question before it ("“Absolutely, sweetie,” I said").
    static let answers: [String] = ["yes", "yeah", "absolutely", "of course", "sure", "okay", "ok"]

    /// The leaver's plea, as regular expressions: asking to come back (to see the child, to try
    /// again, to be forgiven), and reaching out without yet asking.
    static let strongPlea = #"\b(try again|come back|come home|come in|see (her|him|them|our|my|the)|part of (her|his|their|your)|(second|another|a) chance|make (things|it) right|make up for|forgive|start over|(fight|work) for (us|this|our family|you)|earn (back )?(your|her|his) trust|take me back|want you back|miss(ed)? you|be here for)\b"#
    static let weakPlea = #"\b(please|sorry|talk to you|can we talk|messed up|(threw|thrown|throw) (it|everything|us|our life) away|regret)\b"#
}

/// What makes a verb agree with a plural subject ("the twins laugh") in a remix (`Agreement`).
enum AgreementWords {
    /// Singular verbs whose plural is not the stem: "is" → "are".
    static let irregular: [String: String] = [
        "is": "are", "was": "were", "has": "have", "does": "do", "goes": "go", "isn’t": "aren’t", "wasn’t": "weren’t",
        "hasn’t": "haven’t", "doesn’t": "don’t", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't",
    ]
    /// Words ending in s that follow a subject and are not verbs.
    static let notVerbs: Set<String> = [
        "always", "perhaps", "sometimes", "towards", "afterwards", "besides", "nevertheless", "us", "this", "yes", "as", "its",
        "thus", "less", "unless", "across", "plus", "various", "nervous", "anxious", "serious", "famous", "glorious", "gorgeous",
        "curious", "furious", "jealous", "obvious", "previous", "tons", "lots", "ours", "yours", "theirs", "hers", "his", "was",
    ]
    /// Words after which a noun phrase is an object ("write Ava letters", "with the twins"):
    /// prepositions and common verbs that take a person (past forms in -ed count too).
    static let objectTakers: Set<String> = [
        "to", "for", "with", "at", "of", "from", "about", "by", "on", "in", "into", "without", "like", "than", "past", "toward", "towards",
        "behind", "beside", "besides", "around", "tell", "told", "write", "wrote", "give", "gave", "show", "showed", "ask", "hug", "kiss",
        "take", "took", "pick", "watch", "saw", "see", "met", "meet", "call", "let", "made", "make", "brought", "bring", "sent", "send",
        "read", "taught", "teach", "help", "heard", "hear", "held", "hold", "left", "leave", "raise", "love", "miss", "tuck", "got", "get",
        "find", "found", "keep", "kept", "buy", "bought", "promise", "owe", "owed", "offer", "pay", "paid", "drove", "drive",
    ]
    /// Adverbs that may stand between a subject and its verb.
    static let adverbs: Set<String> = [
        "always", "never", "still", "just", "often", "sometimes", "already", "also", "only", "even", "finally", "really", "rarely",
        "usually", "barely", "hardly", "quietly", "suddenly", "slowly",
    ]
    /// Endings whose plural drops "es", not "s": "watches" → "watch", "goes" → "go".
    static let esEndings: [String] = ["ches", "shes", "xes", "zes", "sses", "oes"]
}
