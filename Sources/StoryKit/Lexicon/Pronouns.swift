/// The personal pronouns, by person and sex: the one place these words are defined. The
/// cast's word classes, the structure's subject words, the ending's decision test, the quote
/// tags and the remix's pronoun swaps all read them from here.
enum Pronouns {
    /// He in each form: subject, object, possessive, reflexive.
    static let he: [String] = ["he", "him", "his", "himself"]
    /// She in each form: subject, object and possessive ("her"), independent possessive, reflexive.
    static let she: [String] = ["she", "her", "hers", "herself"]
    /// The narrator in each form.
    static let i: [String] = ["i", "me", "my", "mine", "myself"]

    /// Their contractions: "he'd", "she's", "I've".
    static let heContractions: [String] = ["he'd", "he's", "he'll"]
    static let sheContractions: [String] = ["she'd", "she's", "she'll"]
    static let iContractions: [String] = ["i'm", "i'd", "i'll", "i've"]
    /// Every person's contractions but the narrator's: never a name, though they open a sentence
    /// capitalised ("He'd lost his job."). Not in `NotNames.cast`, whose class the cast's
    /// pronoun rules read differently.
    static let contractions: Set<String> = Set(heContractions + sheContractions + [
        "we'd", "we're", "we've", "we'll", "they'd", "they're", "they've", "they'll", "you'd", "you're", "you've", "you'll",
    ])

    /// Every person as a subject ("they came back"), as an object, and as a possessive determiner.
    static let subjects: [String] = ["i", "you", "he", "she", "it", "we", "they"]
    static let objects: [String] = ["me", "you", "him", "her", "it", "us", "them"]
    static let possessives: [String] = ["my", "your", "his", "her", "its", "our", "their"]

    /// He and she in every form, as sets: the remix's pronouns to swap.
    static let male: Set<String> = Set(he)
    static let female: Set<String> = Set(she)
    /// He and she, every form but the reflexive: "he", "him", "his", "she", "her", "hers".
    static let thirdPersonSingular: Set<String> = Set((he + she).filter { !$0.hasSuffix("self") })
    /// He with his contractions, and she with hers: the cast's gender classes.
    static let maleWithContractions: Set<String> = Set(he + heContractions)
    static let femaleWithContractions: Set<String> = Set(she + sheContractions)
    /// The narrator with the contractions of "I": the cast's first-person class.
    static let firstPerson: Set<String> = Set(i + iContractions)
    /// "I", "he" and "she" as subjects, contractions included: the cast's subject class.
    static let singularSubjects: Set<String> = Set(["i"] + iContractions + ["he"] + heContractions + ["she"] + sheContractions)
    /// The narrator as a subject, alone or with others ("I", "we", "we'd", "I'll").
    static let narratorSubjects: Set<String> = ["i", "we", "i'd", "we'd", "i'll", "we'll", "i've", "we've", "i'm", "we're"]
    /// Possessives that can stand for the children's parent in "their father", "her dad".
    static let childPossessives: Set<String> = ["their", "her", "his"]
    /// The narrator, alone or with others, as an object or an owner: "left me", "left us", "left
    /// our daughters", "left my…".
    static let narratorObjectsAndOwners: Set<String> = ["me", "us", "our", "my"]
}

/// Articles and possessive determiners: what opens a noun phrase ("my husband", "the twins").
enum Determiners {
    static let articles: [String] = ["a", "an", "the"]
    /// A person's possessive determiners ("its" is no one's).
    static let possessive: [String] = Pronouns.possessives.filter { $0 != "its" }
    /// The cast's determiner class: articles and possessives.
    static let all: Set<String> = Set(articles + possessive)
    /// "the" and the possessives: the determiners of someone known ("the twins", "our son").
    static let definite: Set<String> = Set(possessive).union(["the"])
    /// A multi-word alias opening with one of these describes ("my husband"), it does not name:
    /// the partner's first name is never taken from it.
    static let aliasOpeners: Set<String> = ["my", "the", "our", "a"]
}
