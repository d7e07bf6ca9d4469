import Foundation

/// The splice reads its own result as a reader would and lists what still trips: a donor name
/// left, a pronoun with no one of its sex to refer to, a singular verb after plural children,
/// a doubled referent, mixed quotation marks, a place word that contradicts the return, a reply
/// without its question, an ending too short to read as one. `--strict` turns any into an error.
public struct SpliceCheck: Sendable {
    /// The recipient's forms (its child, its leaver).
    public var forms: CastForms
    /// Sexes someone of the recipient's cast other than the narrator has, so a pronoun can refer to them.
    public var sexes: Set<Gender>
    /// Names of the donor's cast that have no place in the remix.
    public var donorNames: Set<String>
    /// Where the return happens, when known.
    public var scene: Scene?
    /// For a return at a distance: by voice or in writing.
    public var medium: Scene.Medium?
    /// The donor's paragraphs, so that a reply the donor itself wrote without a question is not flagged.
    public var donorParagraphs: [String] = []

    public init(recipient: StoryDocument, forms: CastForms, donor: Cast?, scene: Scene?) {
        self.forms = forms
        var sexes = Set(recipient.cast.members.filter { $0.role != .narrator && !$0.plural }.compactMap(\.gender))
        sexes.insert(forms.leaverGender)
        if let c = forms.child, !c.plural, let g = c.gender { sexes.insert(g) }
        self.sexes = sexes
        var recipientWords = Set<String>()
        for m in recipient.cast.members { for n in [m.name, m.label].compactMap({ $0 }) + m.aliases { recipientWords.formUnion(TextRewriter.words(n)) } }
        recipientWords.formUnion(forms.child?.names ?? [])
        var names = Set<String>()
        for m in donor?.members ?? [] {
            guard let n = m.name else { continue }
            for w in TextRewriter.words(n) where w.first?.isUppercase == true && !recipientWords.contains(w) && !NotNames.remix.contains(w) {
                names.insert(w)
            }
        }
        donorNames = names
        self.scene = scene
    }

    /// The warnings for a remix whose paragraphs after `kept` are the new ending.
    public func warnings(_ paragraphs: [String], kept: Int) -> [SpliceReport.Warning] {
        var out: [SpliceReport.Warning] = []
        let ending = Array(paragraphs[min(kept, paragraphs.count)...])
        func at(_ i: Int) -> Int { kept + i + 1 }
        if ending.count < 3 {
            out.append(.init(kind: "short-ending", paragraph: kept + 1, text: "the ending has \(ending.count) paragraph\(ending.count == 1 ? "" : "s"); a reader needs at least 3"))
        }
        if QuoteStyle.isMixed(paragraphs.joined(separator: "\n")) {
            let first = paragraphs.firstIndex { $0.contains("\"") } ?? 0
            let other = paragraphs.firstIndex { $0.contains("“") || $0.contains("”") } ?? 0
            out.append(.init(kind: "mixed-quotes", paragraph: max(first, other) + 1, text: "straight \"…\" and curly “…” quotation marks in one story"))
        }
        for (i, p) in ending.enumerated() {
            let tokens = TextRewriter.tokenize(p)
            for t in tokens where t.isWord && donorNames.contains(t.text) {
                out.append(.init(kind: "donor-name", paragraph: at(i), text: "“\(t.text)” is a name from the donor"))
            }
            for (k, t) in tokens.enumerated() where t.isWord {
                let w = t.text.lowercased()
                let sex: Gender? = Pronouns.male.contains(w) ? .male : Pronouns.female.contains(w) ? .female : nil
                guard let sex, !sexes.contains(sex) else { continue }
                // Someone named by a common noun nearby ("the nurse… she") is a referent.
                let near = Set(tokens[max(0, k - 40)..<k].filter(\.isWord).map { $0.text.lowercased() })
                    .union(i > 0 ? Set(TextRewriter.words(ending[i - 1]).map { $0.lowercased() }) : [])
                let nouns = sex == .male ? PersonNouns.male : PersonNouns.female
                if !near.isDisjoint(with: nouns) { continue }
                out.append(.init(kind: "pronoun", paragraph: at(i), text: "“\(t.text)” has no one of that sex to refer to"))
                break
            }
            if let c = forms.child, c.plural {
                for e in Agreement.errors(in: p, subjects: [c.reference, "they", c.noun]) {
                    out.append(.init(kind: "plural-agreement", paragraph: at(i), text: "\(e): a singular verb after plural children"))
                }
            }
            if let m = Self.doubled.firstMatch(in: p, range: NSRange(p.startIndex..., in: p)), let r = Range(m.range, in: p) {
                out.append(.init(kind: "doubled-referent", paragraph: at(i), text: "“\(p[r])”"))
            }
            if let scene, i < Scene.sceneParagraphs(ending).count, let word = scene.contradiction(in: p) {
                out.append(.init(kind: "place", paragraph: at(i), text: "“\(word)” does not fit a return \(scene.phrase)"))
            } else if scene == .remote, medium == .writing, i < Scene.sceneParagraphs(ending).count, let word = Scene.voiceContradiction(in: p) {
                out.append(.init(kind: "place", paragraph: at(i), text: "“\(word)” is a phone call; the return came in writing"))
            }
            if Self.isAnswer(p) {
                let before = kept + i - 1 >= 0 ? paragraphs[kept + i - 1] : ""
                let prefix = String(p.dropFirst().prefix(16))
                let inDonor = donorParagraphs.firstIndex { $0.dropFirst().hasPrefix(prefix) }
                let donorAsked = inDonor.map { $0 > 0 && donorParagraphs[$0 - 1].contains("?") } ?? true
                if !before.contains("?") && donorAsked {
                    out.append(.init(kind: "dangling-reply", paragraph: at(i), text: "“\(p.prefix(40))…” answers a question that is not there"))
                }
            }
        }
        return out
    }

    /// "for him, for him", "to her and to her": the same words twice for what should be two people.
    static let doubled = try! NSRegularExpression(pattern: #"\b((?:for|to|with|about|of|at|and|like) (?:him|her|them|his|he|she))\b[,;]? (?:(?:or|and|not) )?\1\b"#, options: [.caseInsensitive])

    /// A paragraph that opens with a quoted yes ("“Absolutely, sweetie,” I said").
    static func isAnswer(_ p: String) -> Bool {
        guard let first = p.first, first == "“" || first == "\"" else { return false }
        let body = p.dropFirst().lowercased()
        return RemixWords.answers.contains { a in body.hasPrefix(a) && body.dropFirst(a.count).first.map { ",.!”\" —…".contains($0) } ?? true }
    }
}

extension Scene {
    /// "at the door", "in a café, a street or a workplace", "by phone or letter".
    public var phrase: String {
        switch self {
        case .home: return "at home"
        case .out: return "out (a café, a street, a hospital, a workplace)"
        case .remote: return "by phone or letter"
        }
    }
}
