/// Who in the donor becomes whom in the recipient: leaver → leaver, child → child,
/// narrator → narrator, a lone helper → the lone helper. Everyone else has no counterpart, and
/// a sentence that mentions them is dropped rather than left naming a stranger.
public struct CastMap: Sendable {
    public struct Entry: Sendable {
        public var member: CastMember
        /// The words that replace a mention, or nil when mentions cannot stay
        /// (no counterpart, or the narrator has no name: vocatives go, other uses drop).
        public var replacement: String?
        /// Whether the replacement is a proper name (else a label like "the man I married").
        public var named: Bool
        /// Why a mention forces a drop, when the member has no counterpart.
        public var dropReason: String?
        /// What a third-person pronoun for this member becomes.
        public var pronoun: PronounTarget
    }

    public enum PronounTarget: Sendable, Equatable {
        case gender(Gender)
        /// They, them, their: one donor child who is several children in the recipient.
        case plural
        case drop(String)
    }

    /// `--map 'DONOR NAME=RECIPIENT NAME'`: a donor character the user maps by hand.
    public struct Override: Sendable, Equatable {
        public var donor: String
        public var recipient: String
        public var gender: Gender?
        public init(donor: String, recipient: String, gender: Gender?) {
            self.donor = donor
            self.recipient = recipient
            self.gender = gender
        }
    }

    /// A way the donor text names a member, as words to match.
    struct Phrase: Sendable {
        var words: [String]
        var text: String
        var member: Int
        var isName: Bool
    }

    public var entries: [Entry]
    public let recipient: CastForms
    public let donorHasChild: Bool
    public let donorChildGender: Gender?
    public let donorChildPlural: Bool
    public let donorLeaverGender: Gender?
    var phrases: [Phrase] = []

    public init(donor: Cast, recipient: CastForms, recipientID: String, overrides: [Override] = []) {
        self.recipient = recipient
        let donorChild = donor.members(.child).first
        donorHasChild = donorChild != nil
        donorChildGender = donorChild?.gender
        donorChildPlural = donorChild?.plural ?? false
        donorLeaverGender = donor.leaver?.gender
        let donorHelpers = donor.members(.helper)
        entries = donor.members.map { m in
            switch m.role {
            case .narrator:
                return Entry(member: m, replacement: recipient.narratorName, named: true, dropReason: nil, pronoun: .drop("refers to the narrator"))
            case .leaver where m.id == donor.leaver?.id:
                return Entry(member: m, replacement: recipient.leaver, named: recipient.leaverNamed, dropReason: nil, pronoun: .gender(recipient.leaverGender))
            case .child where m.id == donorChild?.id:
                guard let c = recipient.child else {
                    let reason = "mentions the donor's child; \(recipientID) has none"
                    return Entry(member: m, replacement: nil, named: false, dropReason: reason, pronoun: .drop(reason))
                }
                if m.plural && !c.plural {
                    let reason = "the donor's children are one child in \(recipientID); cannot rewrite safely"
                    return Entry(member: m, replacement: nil, named: false, dropReason: reason, pronoun: .drop(reason))
                }
                let pronoun: PronounTarget = c.plural ? .plural
                    : c.gender.map { .gender($0) } ?? .drop("the sex of \(recipientID)'s child is unknown")
                return Entry(member: m, replacement: c.reference, named: c.named, dropReason: nil, pronoun: pronoun)
            case .helper where donorHelpers.count == 1 && recipient.helper != nil:
                let pronoun: PronounTarget = recipient.helperGender.map { .gender($0) } ?? .drop("the sex of \(recipient.helper!) is unknown")
                return Entry(member: m, replacement: recipient.helper, named: false, dropReason: nil, pronoun: pronoun)
            default:
                let reason = "mentions \(m.label), who has no counterpart in \(recipientID)"
                return Entry(member: m, replacement: nil, named: false, dropReason: reason, pronoun: .drop(reason))
            }
        }
        for o in overrides {
            guard let i = entries.firstIndex(where: { e in
                let m = e.member
                return ([m.name, m.label].compactMap { $0 } + m.aliases).contains { $0.lowercased() == o.donor.lowercased() }
            }) else { continue }
            let g = o.gender ?? entries[i].member.gender
            entries[i].replacement = o.recipient
            entries[i].named = o.recipient.first?.isUppercase == true
            entries[i].dropReason = nil
            entries[i].pronoun = g.map { .gender($0) } ?? .drop("the sex of \(o.recipient) is unknown")
        }
        for e in entries { phrases += Self.phrases(for: e) }
        // Longest first, so "the man I married" wins over a shorter phrase inside it.
        phrases.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.text < $1.text }
    }

    /// The phrases that name a member. Pronoun, kinship and partner-noun phrases of mapped
    /// members are left to the word rules ("her father", "my ex-husband"); for members with no
    /// counterpart every phrase counts, so "your mom" still drops its sentence.
    static func phrases(for e: Entry) -> [Phrase] {
        var out: [Phrase] = []
        let m = e.member
        if let name = m.name { out.append(Phrase(words: TextRewriter.words(name), text: name, member: m.id, isName: true)) }
        // The narrator goes by their name only: "the narrator" and "Mom" are the recipient's too.
        for alias in [m.label] + m.aliases where m.role != .narrator && alias != m.name {
            let words = TextRewriter.words(alias).map { $0.lowercased() }
            if words.isEmpty { continue }
            let generic = words.contains { ParentNouns.swapped.contains($0) || CastForms.partnerNouns.contains($0) } || RemixWords.describingOpeners.contains(words[0])
            if generic && e.dropReason == nil { continue }
            out.append(Phrase(words: words, text: alias, member: m.id, isName: false))
        }
        return out
    }

    public func entry(_ id: Int) -> Entry? { entries.first { $0.member.id == id } }

    /// Members a third-person pronoun of this gender could refer to in donor paragraph `p`: the
    /// leaver, and whoever was mentioned in it or the three before it.
    func candidates(_ gender: Gender, near p: Int) -> [Entry] {
        let window = max(1, p - 3)...p
        return entries.filter { e in
            e.member.role != .narrator && e.member.gender == gender && !e.member.plural
                && (e.member.role == .leaver || e.member.paragraphs.contains { window.contains($0) })
        }
    }
}
