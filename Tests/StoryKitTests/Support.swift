import Foundation
@testable import StoryKit

/// Paths of the package, found from this file so tests run from any working directory.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("samples/corpus")
    static let fixtures = root.appendingPathComponent("Tests/StoryKitTests/Fixtures")
    static let gold = root.deletingLastPathComponent().appendingPathComponent("shared/gold")

    static func sample(_ prefix: String) -> StoryDocument {
        let name = try! FileManager.default.contentsOfDirectory(atPath: samples.path).first { $0.hasPrefix(prefix) }!
        let path = samples.appendingPathComponent(name).path
        return StoryDocument(id: String(name.dropLast(4)), file: path, text: try! String(contentsOfFile: path, encoding: .utf8))
    }

    static var sampleIDs: [String] {
        (try! FileManager.default.contentsOfDirectory(atPath: samples.path)).filter { $0.hasSuffix(".txt") }.sorted().map { String($0.dropLast(4)) }
    }

    static var fixtureIDs: [String] {
        (try! FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("stories").path)).filter { $0.hasSuffix(".txt") }.sorted().map { String($0.dropLast(4)) }
    }

    static func fixture(_ id: String) -> StoryDocument {
        let path = fixtures.appendingPathComponent("stories/\(id).txt").path
        return StoryDocument(id: id, file: path, text: try! String(contentsOfFile: path, encoding: .utf8))
    }

    /// Gold for a sample (shared/gold) or a fixture (Fixtures/gold), as loose JSON.
    static func gold(_ id: String) -> [String: Any] {
        let candidates = [gold.appendingPathComponent("\(id).json"), fixtures.appendingPathComponent("gold/\(id).json"),
                          fixtures.appendingPathComponent("sample-gold/\(id).json")]
        let url = candidates.first { FileManager.default.fileExists(atPath: $0.path) }!
        return try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }
}

/// Letters and digits only, lower-cased: the scorer's `fold`, to compare text across quote styles.
func fold(_ s: String) -> String {
    String(s.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }.map(Character.init))
}

/// What the genre-rule suites ask of a story of a few paragraphs of our own words.
protocol OwnWordsStories {}

extension OwnWordsStories {
    /// The story, its paragraphs one a line apart, under `title` when there is one.
    func doc(_ paragraphs: [String], title: String? = nil) -> StoryDocument {
        StoryDocument(id: "t", file: nil, text: ([title].compactMap { $0 } + paragraphs).joined(separator: "\n\n"))
    }

    /// The member named, labelled or aliased `label` (any case).
    func member(_ d: StoryDocument, _ label: String) -> CastMember? {
        d.cast.members.first { m in ([m.name, m.label] + m.aliases).contains { $0?.lowercased() == label.lowercased() } }
    }

    /// The beats as (kind, first paragraph), for a message that shows the outline.
    func beats(_ d: StoryDocument) -> String { "\(d.structure.beats.map { ($0.kind, $0.first) })" }

    /// The cast as (label, role), likewise.
    func roles(_ d: StoryDocument) -> String { "\(d.cast.members.map { ($0.label, $0.role) })" }
}
