/// What the narrator calls the partner ("my husband", "my girlfriend"): the one place these
/// words are defined. The cast's role nouns, the structure's partner marks, the headline rules
/// and the remix's cast forms all read them from here.
public enum PartnerNouns {
    /// Each noun with the sex it names, in the order a rewrite prefers them; nil for either.
    public static let all: [(word: String, gender: Gender?)] = [
        ("husband", .male), ("boyfriend", .male), ("wife", .female), ("girlfriend", .female),
        ("fiancé", .male), ("fiancée", .female), ("fiance", .male), ("fiancee", .female),
        ("hubby", .male), ("partner", nil), ("spouse", nil),
    ]

    /// The nouns that name one sex.
    public static let gendered: [String] = all.filter { $0.gender != nil }.map(\.word)
    public static let male: Set<String> = Set(all.filter { $0.gender == .male }.map(\.word))
    public static let female: Set<String> = Set(all.filter { $0.gender == .female }.map(\.word))
    /// "ex" alone, and the ex- forms of the nouns that have one ("ex-husband", "ex-girlfriend").
    public static let exForms: [(word: String, gender: Gender)] = [
        ("ex-husband", .male), ("ex-boyfriend", .male), ("ex-wife", .female), ("ex-girlfriend", .female),
    ]
    /// Partners one is not married to, who may be someone else's ("his girlfriend" is a rival).
    public static let unmarried: Set<String> = Set(all.map(\.word)).subtracting(married)
    /// Partners one is married to.
    static let married: Set<String> = ["husband", "wife", "hubby", "spouse"]
    /// "husband", "wife": a spouse of one sex, in the plain word (not the pet name "hubby").
    static let spousesBySex: [(word: String, gender: Gender)] = all.compactMap { p in
        guard let g = p.gender, married.contains(p.word), p.word != "hubby" else { return nil }
        return (p.word, g)
    }
    /// What may stand before a partner noun in a headline, as part of its phrase: "My Husband",
    /// "Ex Girlfriend", "Ex- Wife".
    static let headlineOpeners: Set<String> = ["my", "ex", "ex-"]
    /// Every word for a partner, for the structure's role-noun class ("my ex walked out").
    public static let every: Set<String> = Set(all.map(\.word)).union(["ex"])

    /// The sex a partner noun names, ex- forms included.
    public static func gender(of noun: String) -> Gender? { genders[noun] }

    /// `gender(of:)` as one hash look-up: the rules ask it of most words of a story.
    private static let genders: [String: Gender] = {
        var d: [String: Gender] = [:]
        for (w, g) in exForms { d[w] = g }
        for (w, g) in all { d[w] = g }
        return d
    }()

    /// The nouns as a cue-pattern alternative: "husband|boyfriend|…".
    static let pattern = all.map(\.word).joined(separator: "|")
}
