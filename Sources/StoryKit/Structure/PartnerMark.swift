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
    /// The mark of each token, parallel to `tokens`.
    func marks(_ tokens: [Token]) -> [PartnerMark] {
        tokens.map { tok in
            let name = isName(tok)
            var m: PartnerMark = []
            if name || tok.id == subjectID { m.insert(.subject) }
            if name || tok.id == objectID { m.insert(.object) }
            if name || tok.id == possessiveID { m.insert(.possessive) }
            if !m.isEmpty || tok.classes.contains(.roleNoun) { m.insert(.refers) }
            return m
        }
    }
}
