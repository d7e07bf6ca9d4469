import Foundation

/// How a story refers to the people a splice maps: the words to put into donor text or an
/// ending template so it reads as this story's. Built from the cast layer plus a scan for the
/// partner noun, which the cast keeps only as an alias (or only in the title).
public struct CastForms: Sendable, Equatable {
    public var narratorName: String?
    /// The leaver's name, or the label the text uses ("the man I married").
    public var leaver: String
    public var leaverNamed: Bool
    public var leaverGender: Gender
    /// "husband", "boyfriend", "wife"…: what the narrator calls the leaver.
    public var partnerNoun: String
    public var child: Child?
    public var helper: String?
    public var helperGender: Gender?
    /// Things the forms had to guess, for the report.
    public var guesses: [String] = []

    public struct Child: Sendable, Equatable {
        /// The name, or the label ("our daughter").
        public var reference: String
        public var named: Bool
        public var gender: Gender?
        public var plural: Bool
        /// "daughter", "son", "twins", "children", "child".
        public var noun: String
        /// Each child's own name, when the children are named one by one ("Emma", "Grace").
        public var names: [String] = []
    }

    public static let partnerNouns = PartnerNouns.gendered.filter { $0 != "hubby" }

    public init(_ doc: StoryDocument) {
        let cast = doc.cast
        narratorName = cast.narrator?.name
        let leaverMember = cast.leaver
        let noun = Self.partnerNoun(in: [doc.title ?? ""] + doc.paragraphs)
        partnerNoun = noun ?? "partner"
        if noun == nil { guesses.append("no partner noun in \(doc.id); used “partner”") }
        leaver = leaverMember?.name ?? leaverMember?.label ?? "my \(partnerNoun)"
        leaverNamed = leaverMember?.name != nil
        if let g = leaverMember?.gender {
            leaverGender = g
        } else if let noun, let g = Self.gender(ofPartnerNoun: noun) {
            leaverGender = g
        } else {
            leaverGender = .male
            guesses.append("the leaver's sex is unknown in \(doc.id); used he")
        }
        let children = cast.members(.child)
        if let c = children.first {
            let words = ([c.label] + children.flatMap { [$0.label] + $0.aliases }).joined(separator: " ").lowercased()
            var named = children.filter { $0.name != nil }
            // "our twins, Emma and Grace": a sibling the cast did not call a child is named with one.
            if named.count == 1, let first = named[0].name, words.contains("twins") {
                let text = doc.paragraphs.joined(separator: "\n")
                for m in cast.members where m.name != nil && m.role != .narrator && m.role != .leaver && !named.contains(where: { $0.id == m.id }) {
                    if text.contains("\(first) and \(m.name!)") || text.contains("\(m.name!) and \(first)") { named.append(m) }
                }
            }
            let plural = children.contains(where: \.plural) || named.count >= 2
            let noun: String
            if plural { noun = words.contains("twins") ? "twins" : "children" }
            else if words.contains("daughter") || c.gender == .female { noun = "daughter" }
            else if words.range(of: #"\bson\b"#, options: .regularExpression) != nil || c.gender == .male { noun = "son" }
            else { noun = "child" }
            if plural && named.count >= 2 {
                // The children by name, as the story calls them: "Emma and Grace", not "the twins".
                let names = named.map { $0.name! }
                let joined = names.count == 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names.last!
                child = Child(reference: joined, named: true, gender: Set(named.map(\.gender)).count == 1 ? named[0].gender : nil,
                              plural: true, noun: noun, names: names)
            } else {
                let one = plural ? (children.first(where: \.plural) ?? c) : c
                child = Child(reference: one.name ?? one.label, named: one.name != nil, gender: plural ? nil : one.gender, plural: plural,
                              noun: noun, names: one.name.map { [$0] } ?? [])
            }
        }
        let helpers = cast.members(.helper)
        if helpers.count == 1 {
            helper = helpers[0].name ?? helpers[0].label
            helperGender = helpers[0].gender
        }
    }

    /// The most frequent partner noun of the text (ties: the first seen), or nil.
    static func partnerNoun(in texts: [String]) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"\b(husband|boyfriend|wife|girlfriend|fiancée|fiancé|fiancee|fiance)\b"#, options: [.caseInsensitive])
        for text in texts {
            let ns = text as NSString
            for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let w = ns.substring(with: m.range(at: 1)).lowercased()
                if counts[w] == nil { order.append(w) }
                counts[w, default: 0] += 1
            }
        }
        return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }
    }

    static func gender(ofPartnerNoun noun: String) -> Gender? { PartnerNouns.gender(of: noun) }
}
