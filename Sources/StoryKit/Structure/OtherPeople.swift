/// The people of a story who are not the partner, to tell someone else at the door from the
/// partner coming back.
///
/// The genre's helpers knock too: "Derek's wife, Sharon, knocked on my door a week later",
/// "My sous-chef, Dimitra, … When I didn't come in, she came to my flat and banged on the door."
/// An appearance is someone else's when the nearest person before it in its sentence is another
/// (a name of the cast's, "my sister", someone else's wife), or when it is the partner's pronoun
/// and the nearest name before it in the paragraph is another person of the partner's sex.
struct OtherPeople {
    /// Lower-cased names of the cast's other people, with their sex when known.
    let names: [String: Gender?]
    let partner: Partner

    /// The cast's people besides the narrator and the partner. When the partner has no name the
    /// cast may have them under another role, so only children, family and helpers count then.
    init(_ cast: Cast, partner: Partner) {
        self.partner = partner
        let roles: Set<Role> = partner.names.isEmpty ? [.child, .family, .helper] : [.child, .family, .helper, .rival, .other]
        var names: [String: Gender?] = [:]
        for m in cast.members where roles.contains(m.role) {
            for n in [m.name].compactMap({ $0 }) + m.aliases {
                guard n.first?.isUppercase == true, let first = ByteText.split(n.lowercased(), on: 0x20).first else { continue }
                let w = String(first)
                if !partner.names.contains(w), !Determiners.aliasOpeners.contains(w) { names[w] = m.gender }
            }
        }
        self.names = names
    }

    /// Whether the appearance cue starting at token `i` is someone else's. Reads back from `i`
    /// to the start of its paragraph at most: a few dozen tokens, for the few appearance cues.
    /// A cue of kind `carried` (a go-between's call or note, a message whoever brings it) is
    /// someone else by design, and never rejected. The partner's pronoun inside the cue (up to
    /// `end`) is its subject, as at its start: "the courtroom door opened beside my lawyer, Mr.
    /// Okoye, and there she was" is the partner, unless another woman was named before.
    func isSomeoneElse(at i: Int, through end: Int? = nil, kind: CueLine.Kind, _ t: [Token], marks: [PartnerMark], paragraphStart: Int) -> Bool {
        guard kind != .carried else { return false }
        var pronoun = (i..<max(i + 1, min(end ?? i, t.count))).contains { t[$0].id == partner.subjectID }
        // With the partner's pronoun: another person of their sex named before it in the
        // paragraph, and the partner not named there at all ("Callum's mother had died.
        // Maureen had been good to me… He was at the front of the church" is Callum).
        var another = false
        var k = i - 1
        while k >= paragraphStart {
            let tok = t[k]
            let sameSentence = tok.sentence == t[i].sentence
            if !pronoun && !sameSentence { return false }
            if tok.id == partner.subjectID {
                if !pronoun && sameSentence { pronoun = true }
            } else if tok.capitalized, !marks[k].isDisjoint(with: [.subject, .object]) || isPartnersPossessive(tok.text) {
                return false                                    // the partner by name
            } else if marks[k].contains(.subject) {
                return false                                    // "my husband"
            } else if tok.capitalized, let g = names[tok.text] {
                if !pronoun { return true }
                if g == partner.gender { another = true }
            } else if !pronoun {
                if tok.classes.contains(.roleNoun) {
                    // Someone else's spouse: "Derek's wife", "her husband".
                    let owner = k - 1 >= paragraphStart ? t[k - 1].text : ""
                    return CueWords.othersPossessives.contains(owner) || owner.hasSuffix("'s")
                }
                if PhraseLexicon.otherPersonNouns.contains(tok.text) { return true }
                if tok.classes.contains(.subject) { return false }  // "I", "we", "they"
            }
            k -= 1
        }
        return another
    }

    /// "callum's": the partner's name as an owner, which the partner's marks leave out.
    private func isPartnersPossessive(_ w: String) -> Bool {
        w.hasSuffix("'s") && partner.names.contains(String(w.dropLast(2)))
    }
}
