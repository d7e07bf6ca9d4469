import Foundation
@testable import StoryKit

/// Stories and gold for tests, found relative to this file so no bundle lookup can hide them.
enum StoryFixtures {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDir.deletingLastPathComponent().deletingLastPathComponent()

    struct Gold {
        var id: String
        var ending: String
        var departure: String
        var ret: String
        var evidence: String?
    }

    /// The bundled samples with their gold (copied from the hand-made gold annotations).
    static let sampleGold: [Gold] = [
        Gold(id: "000_1661fa5dc613d596", ending: "forgive", departure: "It had been a month since he left.",
             ret: "Then came the unexpected phone call."),
        Gold(id: "001_85b50639a9e9b07c", ending: "moved-on", departure: "That night, he packed a bag.",
             ret: "Then, at a used car dealership, I saw him."),
        Gold(id: "002_b1ee88bcdbdb1831", ending: "forgive", departure: "And just like that, he opened the door and left me",
             ret: "Then, out of nowhere—almost six years after he kicked us out"),
        Gold(id: "003_3a1f6aefeb39fc85", ending: "get-out", departure: "The goodbye was perfunctory.",
             ret: "The knock came at the door."),
        Gold(id: "004_566b912faf19f620", ending: "moved-on", departure: "That night, he packed a bag.",
             ret: "Then I walked into the car dealership."),
    ]

    static func sample(_ id: String) throws -> StoryDocument {
        let url = packageRoot.appendingPathComponent("samples/corpus/\(id).txt")
        return StoryDocument(id: id, file: url.path, text: try String(contentsOf: url, encoding: .utf8))
    }

    static var fixtureIDs: [String] {
        let dir = testsDir.appendingPathComponent("Fixtures/gold")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func fixture(_ id: String) throws -> (StoryDocument, Gold) {
        let story = testsDir.appendingPathComponent("Fixtures/stories/\(id).txt")
        let goldURL = testsDir.appendingPathComponent("Fixtures/gold/\(id).json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as? [String: Any] ?? [:]
        let gold = Gold(id: id, ending: json["ending"] as? String ?? "",
                        departure: json["departure_paragraph_first_words"] as? String ?? "",
                        ret: json["return_paragraph_first_words"] as? String ?? "",
                        evidence: json["ending_evidence"] as? String)
        return (StoryDocument(id: id, file: story.path, text: try String(contentsOf: story, encoding: .utf8)), gold)
    }

    /// Letters and digits only, lower-cased: as the scorer compares paragraphs.
    static func fold(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII }.map(Character.init))
    }

    /// 1-based paragraph that starts with `firstWords`, as the scorer finds it.
    static func paragraph(startingWith firstWords: String, in paragraphs: some Collection<String>) -> Int? {
        let key = fold(firstWords)
        for (i, p) in paragraphs.enumerated() {
            let f = fold(p)
            if f.hasPrefix(key) || f.prefix(key.count + 40).contains(key) { return i + 1 }
        }
        return nil
    }
}
