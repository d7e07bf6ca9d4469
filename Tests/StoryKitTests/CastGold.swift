import Foundation
@testable import StoryKit

/// The character checks of `eval/score.py` (char_match / alias_match), reimplemented so the
/// tests measure exactly what the scorer measures.
enum CastGold {
    static let pronouns: Set<String> = ["i", "me", "my", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "we", "us", "our", "you", "it"]
    static let determiners: Set<String> = ["my", "our", "his", "her", "their", "the", "a", "an", "your"]

    /// Letters and digits only, lowercased (NFKD first, like the scorer).
    static func fold(_ s: String?) -> String {
        let d = (s ?? "").decomposedStringWithCompatibilityMapping.lowercased()
        return String(d.unicodeScalars.filter { ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }.map(Character.init))
    }

    static func words(_ s: String) -> [String] {
        let l = s.replacingOccurrences(of: "’", with: "'").lowercased()
        var out: [String] = []
        var cur = ""
        for u in l.unicodeScalars {
            if (u.value >= 0x61 && u.value <= 0x7A) || (u.value >= 0x30 && u.value <= 0x39) || u == "'" || u == "-" {
                cur.unicodeScalars.append(u)
            } else if !cur.isEmpty { out.append(cur); cur = "" }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    static func aliasKey(_ s: String) -> [String] {
        var w = words(s)
        while let f = w.first, determiners.contains(f) { w.removeFirst() }
        return w
    }

    static func aliasMatch(_ a: String, _ b: String) -> Bool {
        let ka = aliasKey(a), kb = aliasKey(b)
        if ka.isEmpty || kb.isEmpty { return false }
        if (ka.count == 1 && pronouns.contains(ka[0])) || (kb.count == 1 && pronouns.contains(kb[0])) { return false }
        if ka == kb { return true }
        let (short, long) = ka.count <= kb.count ? (ka, kb) : (kb, ka)
        return Array(long.suffix(short.count)) == short
    }

    struct GoldCharacter: Decodable {
        var name: String?
        var aliases: [String]?
        var role: String
        var gender: String?
    }
    struct Quote: Decodable {
        var starts: String
        var speaker: String
    }
    struct Narrator: Decodable {
        var gender: String?
    }
    struct Story: Decodable {
        var file: String
        var narrator: Narrator?
        var characters: [GoldCharacter]
        var forbidden_names: [String]?
        var quotes: [Quote]?
    }

    static func charMatch(_ g: GoldCharacter, _ p: CastMember) -> Bool {
        let names = ([p.name, p.label] + p.aliases.map { Optional($0) }).compactMap { $0 }.filter { !$0.isEmpty }
        if let gn = g.name { return names.contains { fold($0) == fold(gn) } }
        if g.role == "narrator" && p.role == .narrator { return true }
        return (g.aliases ?? []).contains { a in names.contains { aliasMatch(a, $0) } }
    }

    struct Score {
        var found = 0, roles = 0, total = 0
        var spurious: [String] = []
        var misses: [String] = []
        var wrongRoles: [String] = []
    }

    static func score(_ gold: Story, _ cast: Cast) -> Score {
        var s = Score()
        s.total = gold.characters.count
        for g in gold.characters {
            guard let m = cast.members.first(where: { charMatch(g, $0) }) else {
                s.misses.append(g.name ?? g.aliases?.first ?? g.role)
                continue
            }
            s.found += 1
            if m.role.rawValue == g.role { s.roles += 1 } else { s.wrongRoles.append("\(g.name ?? g.aliases?.first ?? g.role): \(m.role.rawValue) != \(g.role)") }
        }
        for p in cast.members where p.name != nil {
            if !gold.characters.contains(where: { charMatch($0, p) }) { s.spurious.append(p.name!) }
        }
        for f in gold.forbidden_names ?? [] {
            let hit = cast.members.contains { p in ([p.name ?? "", p.label] + p.aliases).contains { fold($0) == fold(f) } }
            if hit { s.spurious.append(f) }
        }
        return s
    }

    // MARK: loading

    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDir.deletingLastPathComponent().deletingLastPathComponent()

    static func document(_ path: URL) throws -> StoryDocument {
        let text = try String(contentsOf: path, encoding: .utf8)
        return StoryDocument(id: path.deletingPathExtension().lastPathComponent, file: path.path, text: text)
    }

    /// (gold, document) for the five samples.
    static func samples() throws -> [(Story, StoryDocument)] {
        let goldDir = packageRoot.appendingPathComponent("Tests/StoryKitTests/Fixtures/sample-gold")
        let corpus = packageRoot.appendingPathComponent("samples/corpus")
        return try pairs(goldDir: goldDir, storyDir: corpus)
    }

    /// (gold, document) for the fixture stories.
    static func fixtures() throws -> [(Story, StoryDocument)] {
        try pairs(goldDir: testsDir.appendingPathComponent("Fixtures/gold"), storyDir: testsDir.appendingPathComponent("Fixtures/stories"))
    }

    static func pairs(goldDir: URL, storyDir: URL) throws -> [(Story, StoryDocument)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: goldDir.path).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { f in
            let gold = try JSONDecoder().decode(Story.self, from: Data(contentsOf: goldDir.appendingPathComponent(f)))
            return (gold, try document(storyDir.appendingPathComponent(gold.file)))
        }
    }

    static func describe(_ cast: Cast) -> String {
        var lines: [String] = []
        for m in cast.members {
            lines.append("  [\(m.id)] \(m.name ?? "-") | \(m.label) | \(m.role.rawValue) | \(m.gender?.rawValue ?? "-") | aliases=\(m.aliases) mentions=\(m.mentions) quotes=\(m.quotes) first=\(m.firstParagraph)")
        }
        for q in cast.quotes {
            let who = q.speaker.map { cast.members[$0].label } ?? "?"
            lines.append("    p\(q.paragraph) \(who) (\(q.cue.rawValue)): \(q.text.prefix(50))")
        }
        return lines.joined(separator: "\n")
    }
}
