/// Verbs of speech, each list for its rule: the one place they are defined. They differ on
/// purpose; each says what its rule needs.
enum SpeechVerbs {
    /// The cast's speech tags: `“…,” X said` / `said X`, present and -ing forms included.
    static let tags: Set<String> = [
        "said", "says", "say", "asked", "asks", "told", "tells", "replied", "replies", "answered", "answers", "whispered",
        "shouted", "yelled", "muttered", "mumbled", "added", "continued", "demanded", "repeated", "announced", "insisted",
        "pointed", "typed", "texted", "wrote", "admitted", "called", "cried", "snapped", "sighed", "murmured", "begged",
        "pleaded", "laughed", "screamed", "explained", "agreed", "promised", "warned", "interrupted", "offered", "suggested",
        "paused", "stammered", "managed", "croaked", "breathed", "sobbed", "blurted", "joked", "teased", "confessed",
        "responded", "whimpered", "hissed", "growled", "exclaimed", "wondered", "began", "finished", "rushed", "went",
        "asking", "saying", "calling", "whispering", "shouting", "yelling", "crying", "telling", "insisting", "adding",
        "stated", "declared", "stating", "declaring", "demanding", "begging", "pleading", "replying", "answering",
        "muttering", "sobbing", "screaming", "admitting", "explaining", "announcing",
        // After a modal, for remembered speech: `he'd yell`, `she would ask`.
        "yell", "shout", "ask", "whisper", "scream", "mutter",
    ]
    /// Verbs that make the quotation after or before them speech (`Segmenter`): the common tags,
    /// and "whispers".
    static let quoteTags: Set<String> = [
        "said", "asked", "answered", "replied", "whispered", "shouted", "yelled", "demanded", "added", "mumbled",
        "muttered", "cried", "called", "snapped", "told", "continued", "begged", "pleaded", "insisted", "murmured",
        "sobbed", "screamed", "repeated", "explained", "admitted", "says", "asks", "whispers", "laughed", "sighed",
    ]
    /// Tags after which the remix takes a pronoun for the quote's speaker ("…,” he asked"): a
    /// subset of `tags`, the ones a donor story uses with a pronoun.
    static let pronounTags: Set<String> = [
        "said", "asked", "added", "whispered", "replied", "continued", "told", "muttered", "shouted",
        "cried", "murmured", "admitted", "began", "answered", "sighed", "pleaded", "begged", "says", "asks",
    ]
    /// Words after a speech verb that say nothing was said ("I said nothing"): no tag.
    static let notSpeaking: Set<String> = ["nothing"]
    /// Participles whose passive subject is the one spoken to ("she was given the reply", "he
    /// was told"), not the speaker.
    static let passiveOfAddressee: Set<String> = ["given", "told", "asked", "met", "handed", "greeted", "answered", "shown"]
    /// Tags before a name that make it a speaker ("said Ellen", after a quotation).
    static let beforeName: Set<String> = ["said", "asked", "replied", "whispered", "answered"]
    /// Who says the line in a tag before it ("he said: “…”"): people, not "you" or "it".
    static let tagSubjects: Set<String> = Set(Pronouns.subjects).subtracting(["you", "it"])
    /// Object pronouns and short adverbs that may stand between a speech verb and its line
    /// ("told him, “…”", "said only, “…”").
    static let betweenTagAndLine: Set<String> = Set(Pronouns.objects).subtracting(["you", "it"])
        .union(["only", "again", "back", "out", "simply", "just"])
}

/// The verbs the cast's name rules read around a capitalised word.
enum PersonVerbs {
    /// Verbs whose subject is a person; a capitalised word followed by one acts as a person.
    static let all: Set<String> = [
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
        // Gestures: "Theo raised an eyebrow", "Nan waved from the porch".
        "raised", "waved", "winked", "glanced", "squeezed",
    ]
    /// The auxiliaries alone are weak evidence: a city "had not been" what he imagined.
    static let auxiliaries: Set<String> = [
        "has", "had", "was", "is", "did", "didn't", "doesn't", "wasn't", "won't", "couldn't", "wouldn't", "hadn't", "would", "isn't",
    ]
    /// Auxiliaries and adverbs skipped between a subject and its verb ("Leo still wakes").
    static let skipped: Set<String> = auxiliaries.union([
        "still", "just", "never", "always", "finally", "quietly", "slowly", "then", "also", "even", "only", "really",
        "suddenly", "eventually", "soon", "already", "simply", "gently", "softly", "barely", "actually", "immediately",
        "could", "will", "can't", "does", "must", "might", "should", "once",
    ])
    /// Verbs whose object is a person: `I called Daniel`, `told James`.
    static let withPersonObject: Set<String> = [
        "told", "asked", "called", "texted", "met", "married", "kissed", "hugged", "loved", "thanked", "forgave", "hated",
        "trusted", "phoned", "emailed", "messaged", "begged", "warned", "tell", "ask", "call", "text", "marry", "kiss", "hug",
        "thank", "forgive", "meet", "dated", "date", "divorced", "divorce", "missed", "miss", "helped", "help",
    ]
    /// "raising Noah on my own", "we adopted Mia": verbs whose object is the narrator's child.
    static let raisingAChild: Set<String> = ["raising", "raised", "raise", "raises", "adopted"]
}

/// Verbs of walking out on someone ("he left", "she dumped me"): the one place they are
/// defined. Each rule reads the core, with the forms it needs beside it.
enum LeavingVerbs {
    /// "left", "abandoned", "dumped", "ditched": what every leaving rule reads.
    static let walkedOut: Set<String> = ["left", "abandoned", "dumped", "ditched"]
    /// "Miranda left me and our daughters": the core and "deserted", "divorced", "cheated", whose
    /// subject, with the narrator as object, is the partner.
    static let onTheNarrator: Set<String> = walkedOut.union(["deserted", "divorced", "cheated"])
    /// "He left me and our kids for his colleague": the core and the other forms of "leave"
    /// ("leaving her for…"), before the "for" of the one left for.
    static let beforeFor: Set<String> = walkedOut.union(["leave", "leaves", "leaving"])
    /// The headline's "Left Me for…" (`TitleFacts.rivalPhrase`): as `beforeFor` without the bare
    /// "leave", and with "cheated".
    static let inHeadline: Set<String> = beforeFor.subtracting(["leave"]).union(["cheated"])
}
