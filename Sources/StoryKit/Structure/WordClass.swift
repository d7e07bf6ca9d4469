/// The closed word lists the cue rules test on every token, as bits per vocabulary number.
///
/// A token carries its word's classes, so "is this a negator / a role noun / an absence word"
/// is a mask test rather than a `Set` probe (which hashes with SipHash) per token and rule.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

    /// A number or quantity word ("two", "a few", "several").
    static let number = WordClass(rawValue: 1 << 0)
    /// Turns an event into a look back: "since", "after", "who".
    static let lookBack = WordClass(rawValue: 1 << 1)
    /// Cancels a cue just after it: "not", "never", "didn't".
    static let negator = WordClass(rawValue: 1 << 2)
    /// A subject pronoun: "i", "he", "they".
    static let subject = WordClass(rawValue: 1 << 3)
    /// A role noun that names a partner: "husband", "girlfriend".
    static let roleNoun = WordClass(rawValue: 1 << 4)
    /// Time going by in narration: "weeks", "months", "years".
    static let absence = WordClass(rawValue: 1 << 5)
    /// A role noun of a man ("husband"), and of a woman ("wife"), for the partner's gender.
    static let maleNoun = WordClass(rawValue: 1 << 6)
    static let femaleNoun = WordClass(rawValue: 1 << 7)
    /// A parent noun ("father", "dad"; "mother", "mom"), for "their father".
    static let fatherNoun = WordClass(rawValue: 1 << 8)
    static let motherNoun = WordClass(rawValue: 1 << 9)
    /// The narrator as a subject: "i", "we" (and their contractions).
    static let narratorSubject = WordClass(rawValue: 1 << 11)
    /// "just", "only": after a negator they limit it ("not just…") instead of denying.
    static let limiter = WordClass(rawValue: 1 << 12)
    /// "would", "could", "might", "should": with "have", what did not happen.
    static let modal = WordClass(rawValue: 1 << 13)
    /// "would've", "could've": what did not happen.
    static let hypothetical = WordClass(rawValue: 1 << 14)
    /// A possessive that can stand for the children: "their", "her", "his".
    static let childPossessive = WordClass(rawValue: 1 << 10)

    /// Each class with its words, for `Vocabulary`.
    static let lists: [(WordClass, Set<String>)] = [
        (.number, NumberWords.quantities), (.lookBack, CueWords.lookBack),
        (.negator, CueWords.negators), (.subject, CueWords.subjects),
        (.roleNoun, PartnerNouns.every), (.absence, CueWords.absence),
        (.maleNoun, PartnerNouns.male), (.femaleNoun, PartnerNouns.female),
        (.fatherNoun, ParentNouns.fatherNouns), (.motherNoun, ParentNouns.motherNouns),
        (.childPossessive, Pronouns.childPossessives),
        (.narratorSubject, Pronouns.narratorSubjects),
        (.limiter, CueWords.limiters),
        (.modal, Set(CueWords.modals)),
        (.hypothetical, CueWords.hypotheticals),
    ]
}
