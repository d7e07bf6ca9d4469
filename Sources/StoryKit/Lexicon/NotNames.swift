/// Capitalised words that are never a person's name: the one place these lists are defined.
enum NotNames {
    /// The cast's list, wherever the word stands: pronouns, time words, role words used as
    /// names ("Mom"), endearments, interjections and sentence adverbs.
    static let cast: Set<String> = Set(Pronouns.subjects + Pronouns.objects + Pronouns.possessives + Pronouns.iContractions)
        .union(Determiners.articles)
        .union(CalendarWords.months).union(CalendarWords.weekdays).union(CalendarWords.weekdayPlurals).union(CalendarWords.holidays)
        .union(ParentNouns.words).union(Endearments.all)
        .union(NumberWords.oneToTen).union(NumberWords.ordinals)
        .union(castOthers)

    /// The cast's words that belong to no other list.
    private static let castOthers: [String] = [
        "and", "but", "or", "so", "if", "then", "when", "while", "not", "let",
        "day", "eve", "new", "year",
        "god", "lord", "jesus", "heaven", "hell", "christ", "allah",
        "pa", "ma", "grandma", "grandpa", "granny", "nana", "gran", "grandmother", "grandfather", "aunt", "uncle", "auntie",
        "sir", "ma'am", "madam",
        // Grandparents called by the family's word for them: "Mama's at Oma's".
        "oma", "opa", "abuela", "abuelo", "abuelita", "abuelito", "nonna", "nonno", "yiayia", "papou", "bubbe", "zayde",
        "okay", "ok", "yes", "no", "yeah", "yep", "nope", "hi", "hello", "hey", "please", "thanks", "thank", "sorry", "well",
        "oh", "ah", "wow", "ugh", "sure", "right", "fine", "good", "great", "look", "listen", "wait", "come", "stop", "go",
        "maybe", "tonight", "today", "tomorrow", "yesterday", "still", "honestly", "somehow", "sometimes",
        "eventually", "now", "never", "always", "just", "only", "even", "yet", "also", "again", "once", "twice",
        "everything", "something", "anything", "nothing", "everyone", "someone", "anyone", "nobody", "somebody", "everybody", "anybody",
        "no one", "life", "hope", "time", "home", "mommy's", "perhaps", "suddenly", "finally", "instead", "later",
        "this", "that", "these", "those", "there", "here", "what", "why", "who", "how", "where", "which", "whose",
        "don't", "didn't", "can't", "won't", "let's", "it's", "that's", "there's", "what's",
        "english", "american", "internet", "facebook", "instagram", "google", "iphone", "tv",
    ]

    /// The structure's shorter list, for a partner found in the text while the cast is a stub
    /// ("my husband, Greg"): the commonest capitalised words of a sentence's first place.
    static let partner: Set<String> = Set(CalendarWords.weekdays).union([
        "i", "we", "he", "she", "it", "they", "my", "our", "the", "and", "but", "so", "when", "then", "god",
        "mom", "dad", "mommy", "daddy", "mother", "father",
    ])

    /// Capitalised words a donor story may use mid-sentence that are not names or places, as
    /// written: the remix drops a sentence with any other capitalised word no cast member explains.
    static let remix: Set<String> = Set(
        (["i", "god", "day", "sir", "english", "internet", "christmas", "thanksgiving", "easter"]
            + ParentNouns.swapped + Titles.words.subtracting(["mx"]) + CalendarWords.weekdays + CalendarWords.months)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }
    ).union(["OK", "TV"])
}
