/// Number words: the structure's `#` ("three years later", "a few weeks") and the cast's
/// not-a-name list ("Two" opening a sentence).
enum NumberWords {
    static let oneToTen: [String] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    /// The number each word of `oneToTen` says: "three" 3.
    static let value: [String: Int] = Dictionary(uniqueKeysWithValues: oneToTen.enumerated().map { ($0.element, $0.offset + 1) })
    /// "my two adult sons", "our eight kids": the sizes from two to eight, which the cast's child
    /// groups count by ("one" is no group, and larger groups are not believed).
    static let childGroupSizes: [String: Int] = value.filter { (2...8).contains($0.value) }
    /// "First", "Next": ordinals and their kin, which open sentences and name no one.
    static let ordinals: [String] = ["first", "second", "third", "last", "next"]
    /// What a cue's `#` matches: a number or a quantity ("a", "a few", "several", "nearly").
    static let quantities: Set<String> = Set(["a", "an"] + oneToTen).union([
        "eleven", "twelve", "fifteen", "eighteen", "twenty", "few", "several", "many", "some", "couple", "almost", "nearly", "over", "about",
    ])
}

/// The words the structure's cue rules test around a cue (`PhraseLexicon`), each a word class
/// of the vocabulary (`WordClass`).
enum CueWords {
    /// Words that turn the partner's act into a look back ("since he left", "the man who left");
    /// "before he knocked" looks forward, so "before" is not one.
    static let lookBack: Set<String> = ["since", "after", "who", "until", "when", "whom"]
    /// Words that cancel the cue after them ("never came back", "didn't answer").
    static let negators: Set<String> = [
        "not", "never", "no", "didn't", "don't", "doesn't", "wasn't", "won't", "isn't", "couldn't", "wouldn't", "can't", "cannot",
        "hadn't", "nothing",
    ]
    /// Words that can be the subject before a cue: the subject pronouns, and the relatives "who", "which".
    static let subjects: Set<String> = Set(Pronouns.subjects).union(["who", "which"])
    /// A reported question: "he asked if he could come home", "she wondered whether I would".
    static let reportedIf: Set<String> = ["if", "whether"]
    static let askVerbs: Set<String> = ["asked", "asking", "asks", "begged", "begging", "wondered", "wondering", "know"]
    /// Before "I", they open the narrator's own clause after a reported question: "…, and I said yes".
    static let answerClause: Set<String> = ["and", "but", "so", "then"]
    /// Possessives that make a partner noun someone else's ("his wife", "their husband").
    static let othersPossessives: Set<String> = Set(Pronouns.possessives).subtracting(Pronouns.narratorObjectsAndOwners)
    /// After a negator they limit it ("not just…") instead of denying.
    static let limiters: Set<String> = ["just", "only"]
    /// With "have", what did not happen: "would have taken her back".
    static let modals: [String] = ["would", "could", "might", "should"]
    /// "would've", "could've": what did not happen.
    static let hypotheticals: Set<String> = Set(modals.map { $0 + "'ve" })
    /// Time going by in narration ("for months", "years"): the absence between leaving and return.
    static let absence: Set<String> = ["weeks", "months", "years", "month", "week", "year"]
    /// Spans too short for an absence: "two days later", "hours after" (the leaving goes on).
    static let shortSpans: Set<String> = ["day", "days", "hour", "hours", "minute", "minutes", "night", "nights", "morning", "evening", "afternoon"]
}

/// What the arc's sentiment rules weigh besides the VADER lexicon: the published lists of
/// VADER's intensifiers, dampeners and negations.
enum SentimentWords {
    /// Words that strengthen the next sentiment word ("really sad").
    static let boosters: [String] = [
        "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "enormously",
        "entirely", "especially", "exceptionally", "extremely", "fabulously", "fully", "greatly", "highly", "hugely",
        "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite", "really",
        "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously", "unbelievably", "unusually",
        "utterly", "very",
    ]
    /// Words that weaken it ("slightly sad").
    static let dampeners: [String] = [
        "almost", "barely", "hardly", "kinda", "less", "little", "marginally", "occasionally", "partly",
        "scarcely", "slightly", "somewhat", "sorta",
    ]
    /// Words that flip it ("not happy"); any word ending in "n't" does too.
    static let negations: Set<String> = [
        "not", "never", "no", "none", "nope", "nor", "nothing", "nowhere", "neither",
        "without", "rarely", "seldom", "despite", "cannot", "aint", "cant", "dont",
        "didnt", "doesnt", "isnt", "wasnt", "wont", "wouldnt", "couldnt", "shouldnt",
    ]
}
