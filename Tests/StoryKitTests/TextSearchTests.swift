import Testing
@testable import StoryKit

/// `find` folds each paragraph as it searches; these pin what it matches and where.
@Suite struct TextSearchTests {
    static func doc(_ id: String, _ text: String) -> StoryDocument {
        StoryDocument(id: id, file: nil, text: text)
    }

    @Test func caseAndApostrophesFoldButOffsetsStayInTheOriginal() throws {
        let a = Self.doc("a", "He said I’m sorry.\nÉlodie said “GET OUT” and I'm DONE.\nNothing here.")
        let hits = try TextSearch.find("i'm", in: [a])
        #expect(hits.total == 2)
        #expect(hits.matches.map(\.paragraph) == [1, 2])
        #expect(hits.matches.map(\.match) == ["I’m", "I'm"])
        #expect(hits.matches[1].before == "Élodie said “GET OUT” and ")
        #expect(hits.matches[1].after == " DONE.")
    }

    @Test func matchesKeepReadingOrderAcrossVariantsAndStories() throws {
        let a = Self.doc("a", "don't, don’t, DON'T")
        let b = Self.doc("b", "It was the first day, and it rained.\nYou don’t know me.")
        let hits = try TextSearch.find("don’t", in: [a, b], limit: 3)
        #expect(hits.total == 4)
        #expect(hits.matches.map(\.match) == ["don't", "don’t", "DON'T"])
        #expect(hits.matches.map(\.story) == ["a", "a", "a"])
        let all = try TextSearch.find("DON'T", in: [a, b])
        #expect(all.matches.last?.story == "b")
        #expect(all.matches.last?.paragraph == 2)
    }

    @Test func cancellationThrows() {
        let a = Self.doc("a", "text")
        #expect(throws: CancellationError.self) { try TextSearch.find("text", in: [a], isCancelled: { true }) }
    }
}
