import Foundation

/// A built-in (or user-written) ending: prose with slots for the recipient's cast, so one
/// passage can close any story of the right shape. Read from a Markdown file whose front
/// matter says `kind:`; `needs: child` marks passages that only make sense with a child.
public struct EndingTemplate: Sendable, Equatable {
    public var name: String
    public var kind: EndingKind
    public var needsChild: Bool
    /// The scenes the passage assumes (`scene: home`, `scene: home, out`); empty when it fits any.
    public var scenes: [Scene]
    /// Paragraphs with `{slot}`s still in them.
    public var paragraphs: [String]
    public var file: String?

    /// Slots a template may use (lower-case spelling; a capitalised spelling capitalises the value).
    public static let slots: Set<String> = [
        "leaver", "narrator", "partner_noun", "he", "him", "his", "himself",
        "child", "child_noun", "child_he", "child_him", "child_his", "child_himself",
        "child_is", "child_was", "child_has", "child_s",
    ]

    public init(name: String, kind: EndingKind, needsChild: Bool, scenes: [Scene] = [], paragraphs: [String], file: String? = nil) {
        self.name = name
        self.scenes = scenes
        self.kind = kind
        self.needsChild = needsChild
        self.paragraphs = paragraphs
        self.file = file
    }

    /// True when the text opens with front matter that has a `kind:` line: an ending, not a story.
    public static func isTemplate(_ text: String) -> Bool {
        guard let (fields, _) = frontMatter(text) else { return false }
        return fields["kind"] != nil
    }

    /// Parses a template file; throws with a message a user can act on.
    public static func parse(_ text: String, name: String, file: String? = nil) throws -> EndingTemplate {
        guard let (fields, body) = frontMatter(text) else {
            throw RemixError("\(name): no front matter (--- kind: forgive|get-out|moved-on ---)")
        }
        guard let k = fields["kind"], let kind = EndingKind(rawValue: k) else {
            throw RemixError("\(name): kind must be forgive, get-out or moved-on; got '\(fields["kind"] ?? "")'")
        }
        let needs = fields["needs"]?.lowercased()
        if let needs, needs != "child", needs != "" {
            throw RemixError("\(name): needs can only be 'child'; got '\(needs)'")
        }
        var scenes: [Scene] = []
        for sc in (fields["scene"] ?? "").lowercased().split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where sc != "any" && !sc.isEmpty {
            guard let x = Scene(rawValue: sc) else { throw RemixError("\(name): scene must be home, out, remote or any (or a list); got '\(sc)'") }
            scenes.append(x)
        }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(t)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        if paragraphs.isEmpty { throw RemixError("\(name): the ending has no text") }
        let template = EndingTemplate(name: name, kind: kind, needsChild: needs == "child", scenes: scenes, paragraphs: paragraphs, file: file)
        let unknown = template.usedSlots.filter { !slots.contains($0.lowercased()) }
        if let bad = unknown.first {
            throw RemixError("\(name): unknown slot {\(bad)}; slots are \(slots.sorted().map { "{\($0)}" }.joined(separator: " "))")
        }
        if !template.needsChild, let childSlot = template.usedSlots.first(where: { $0.lowercased().hasPrefix("child") }) {
            throw RemixError("\(name): uses {\(childSlot)} but does not say `needs: child`")
        }
        return template
    }

    /// Whether the passage can follow a return in `scene` (unknown scenes fit anything).
    public func fits(_ scene: Scene?) -> Bool { scenes.isEmpty || scene == nil || scenes.contains(scene!) }

    /// Every slot name used, in order of first use.
    public var usedSlots: [String] {
        var seen: [String] = []
        for p in paragraphs {
            for m in Self.slotPattern.matches(in: p, range: NSRange(location: 0, length: (p as NSString).length)) {
                let s = (p as NSString).substring(with: m.range(at: 1))
                if !seen.contains(s) { seen.append(s) }
            }
        }
        return seen
    }

    static let slotPattern = try! NSRegularExpression(pattern: #"\{([A-Za-z_]+)\}"#)

    /// Fills the slots for a recipient. Throws when the recipient cannot fill them
    /// (a child slot and no child; the narrator's name outside a vocative and no name).
    public func fill(for forms: CastForms, report: inout SpliceReport) throws -> [String] {
        var values: [String: String] = [:]
        let male = forms.leaverGender == .male
        values["leaver"] = forms.leaver
        values["partner_noun"] = forms.partnerNoun
        values["he"] = male ? "he" : "she"
        values["him"] = male ? "him" : "her"
        values["his"] = male ? "his" : "her"
        values["himself"] = male ? "himself" : "herself"
        if let c = forms.child {
            values["child"] = c.reference
            values["child_noun"] = c.noun
            let they = c.plural || c.gender == nil
            let female = c.gender == .female
            values["child_he"] = they ? "they" : female ? "she" : "he"
            values["child_him"] = they ? "them" : female ? "her" : "him"
            values["child_his"] = they ? "their" : female ? "her" : "his"
            values["child_himself"] = they ? (c.plural ? "themselves" : "themself") : female ? "herself" : "himself"
            values["child_is"] = they ? "are" : "is"
            values["child_was"] = they ? "were" : "was"
            values["child_has"] = they ? "have" : "has"
            values["child_s"] = they ? "" : "s"
        } else if needsChild || usedSlots.contains(where: { $0.lowercased().hasPrefix("child") }) {
            throw RemixError("\(name) needs a child and the story has none")
        }
        var out: [String] = []
        for var p in paragraphs {
            if forms.narratorName == nil {
                // A vocative goes with its comma; the narrator is never named in narration.
                p = p.replacingOccurrences(of: ", {narrator}", with: "").replacingOccurrences(of: "{narrator}, ", with: "")
                if p.contains("{narrator}") { throw RemixError("\(name) names the narrator, and the story's narrator has no name") }
            } else {
                values["narrator"] = forms.narratorName
            }
            let ns = p as NSString
            var result = ""
            var last = 0
            for m in Self.slotPattern.matches(in: p, range: NSRange(location: 0, length: ns.length)) {
                result += ns.substring(with: NSRange(location: last, length: m.range.location - last))
                let slot = ns.substring(with: m.range(at: 1))
                var value = values[slot.lowercased()] ?? ""
                if slot.first!.isUppercase { value = value.prefix(1).uppercased() + value.dropFirst() }
                // A sentence-initial label ("the man I married") reads capitalised.
                else if Self.startsSentence(result) { value = value.prefix(1).uppercased() + value.dropFirst() }
                if value.lowercased() != slot.lowercased() { report.count("{\(slot)}", value, kind: "slot") }
                result += value
                last = m.range.location + m.range.length
                // "{child}’s" for "the twins" is "the twins’".
                if slot.lowercased() == "child", forms.child?.plural == true, value.hasSuffix("s"), last + 2 <= ns.length,
                   ["’s", "'s"].contains(ns.substring(with: NSRange(location: last, length: 2))) {
                    result += ns.substring(with: NSRange(location: last, length: 1))
                    last += 2
                }
            }
            result += ns.substring(from: last)
            // "they was" cannot happen (verb slots), but an empty {child_s} may leave a double space.
            result = result.replacingOccurrences(of: "  ", with: " ")
            if let c = forms.child, c.plural {
                let (fixed, n) = Agreement.fix(result, subjects: [c.reference, c.noun, "they"])
                if n > 0 { report.count("verb", "plural", kind: "agreement", by: n) }
                result = fixed
            }
            out.append(result)
        }
        return out
    }

    static func startsSentence(_ before: String) -> Bool {
        let t = before.trimmingCharacters(in: .whitespaces)
        guard let c = t.last else { return true }
        return ".!?“\"".contains(c)
    }
}

/// A remix that cannot be made, with the reason.
public struct RemixError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ message: String) { description = message }
}

extension EndingTemplate {
    /// Splits `---` front matter into `key: value` fields and the body after it.
    static func frontMatter(_ text: String) -> ([String: String], String)? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        if lines.first?.hasPrefix("\u{FEFF}") == true { lines[0].removeFirst() }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return nil }
        var fields: [String: String] = [:]
        for line in lines[1..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields[key] = value
        }
        return (fields, lines[(end + 1)...].joined(separator: "\n"))
    }
}
