/// What one token is to the partner, worked out once per story.
///
/// Cue matching asks "is this the partner?" of every token for every lexicon; a name check
/// hashes the token's text, so the answers are computed in one pass and read as bits.
struct PartnerMark: OptionSet, Sendable {
    let rawValue: UInt8

    /// The partner's subject pronoun, or their name.
    static let subject = PartnerMark(rawValue: 1 << 0)
    /// The partner's object pronoun, or their name.
    static let object = PartnerMark(rawValue: 1 << 1)
    /// The partner's possessive pronoun, or their name.
    static let possessive = PartnerMark(rawValue: 1 << 2)
    /// Any word for the partner: the above or a role noun ("my husband").
    static let refers = PartnerMark(rawValue: 1 << 3)
}

extension Partner {
    static let myID = Vocabulary.id("my"), exID = Vocabulary.id("ex")

    /// The mark of each token, parallel to `tokens`.
    func marks(_ tokens: [Token]) -> [PartnerMark] {
        let checkNames = !names.isEmpty
        // A partner has a name or two: comparing with each (the same `==` a `Set` uses after
        // hashing) costs less than hashing every capitalised word.
        let few = names.count <= 4 ? Array(names) : nil
        // Fields read in place: `map` copied each token, retaining its text.
        return tokens.withUnsafeBufferPointer { t in
            [PartnerMark](unsafeUninitializedCapacity: t.count) { out, count in
                for i in t.indices {
                    let id = t[i].id
                    let name = checkNames && t[i].capitalized
                        && (few.map { few in few.contains { $0 == t[i].text } } ?? names.contains(t[i].text))
                    var m: PartnerMark = []
                    if name || id == subjectID { m.insert(.subject) }
                    if name || id == objectID { m.insert(.object) }
                    if name || id == possessiveID { m.insert(.possessive) }
                    // "their father", "her dad": the children's other parent is the partner
                    // (not "his father" when he is the partner, nor "my father").
                    if m.isEmpty, i > 0, t[i - 1].sentence == t[i].sentence,
                       t[i].classes.contains(gender == .male ? .fatherNoun : .motherNoun),
                       t[i - 1].classes.contains(.childPossessive), t[i - 1].id != possessiveID {
                        m = [.subject, .object]
                    }
                    // "my husband", "my ex-wife": a partner noun the narrator owns is the partner
                    // ("my new husband" is not: a word comes between).
                    if m.isEmpty, i > 0, t[i - 1].sentence == t[i].sentence, t[i].classes.contains(.roleNoun),
                       t[i - 1].id == Self.myID || t[i - 1].id == Self.exID {
                        m = [.subject, .object]
                    }
                    if !m.isEmpty || t[i].classes.contains(.roleNoun) { m.insert(.refers) }
                    out[i] = m
                }
                count = t.count
            }
        }
    }
}
