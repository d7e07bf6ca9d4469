import Foundation
import Testing
@testable import StoryKit

/// `PageChrome.isNumericDate` reads a date line in one pass; the regular expression it
/// replaced is the reference here.
@Suite struct NumericDateTests {
    static let reference = try! NSRegularExpression(
        pattern: #"^((posted|updated|published)( on)?:? )?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}( \d{1,2}:\d{2}( ?[ap]m)?)?$"#)

    static func matchesReference(_ s: String) -> Bool {
        reference.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }

    static let examples = [
        "04/11/2025", "4.11.25", "2025-11-04", "04/11/2025 08:15", "04/11/2025 8:15 am", "04/11/2025 8:15pm",
        "posted on 04/11/2025", "posted on: 04/11/2025", "updated: 4/1/2025 08:15 am", "published 1-2-3",
        "posted 1/2/3", "posted1/2/3", "posted :1/2/3", "posted on on 1/2/3", "12345/1/1", "1/123/1", "1/1/12345",
        "1/1", "1/1/", "/1/1", "1/1/1 1:1", "1/1/1 1:111", "1/1/1 111:11", "1/1/1 1:11 xm", "1/1/1 1:11  am",
        "1/1/1 1:11 am ", "1/1/1\n", "1/1/1\r\n", "1/1/1\r", "1/1/1\u{2028}", "1/1/1\n\n", "1/1/1 1:11\u{85}",
        "١٢/٣/٢٠٢٥", "１/２/３", "1/1/1a", "01.02.2003 10:00 pm", "page 1/4", "march 10, 2010", "", "posted on",
    ]

    @Test(arguments: examples)
    func agreesWithTheRegularExpression(_ s: String) {
        #expect(PageChrome.isNumericDate(s) == Self.matchesReference(s), "\(s.debugDescription)")
    }

    @Test func agreesOnRandomLines() {
        let pieces = ["1", "12", "123", "2025", "/", ".", "-", " ", ":", "am", "pm", "a", "m", "posted", " on", "updated",
                      "published", "x", "\n", "\r", "٣", "08:15", "1/2/3"]
        for s in VaderReferenceTests.randomTexts(20_000, seed: 42, pieces: pieces, maxPieces: 8) {
            for line in [s, s.trimmingCharacters(in: .whitespaces)] {
                #expect(PageChrome.isNumericDate(line) == Self.matchesReference(line), "\(line.debugDescription)")
            }
        }
    }
}

/// `PageChrome.isBylineAndDate` looks for a separator's scalar before it breaks the line into
/// Characters; the Character test alone is the reference.
@Suite struct BylineAndDateTests {
    static func reference(_ line: String) -> Bool {
        guard line.contains(where: PageWords.bylineSeparators.contains) else { return false }
        let parts = line.split(whereSeparator: PageWords.bylineSeparators.contains).map { ByteText.trimmed(String($0)) }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return false }
        var byline = false
        for part in parts {
            var p = part
            if let opener = PageWords.bylineOpeners.first(where: { part.lowercased().hasPrefix($0) }) { p = "By " + part.dropFirst(opener.count) }
            if PageChrome.isByline(p) { byline = true } else if !PageChrome.isDate(p.lowercased()) { return false }
        }
        return byline
    }

    @Test func agreesWithTheCharacterTest() {
        let pieces = ["By Staff Writer", "Posted by Reader Stories", "|", "·", "\u{387}", "•", "—", "–", "·\u{301}", "June 4",
                      "Updated March 12, 2024", "x", "2024"]
        var found = 0
        for line in VaderReferenceTests.randomTexts(4000, seed: 47, pieces: pieces, maxPieces: 6) {
            let fast = PageChrome.isBylineAndDate(line)
            #expect(fast == Self.reference(line), "\(line.debugDescription)")
            if fast { found += 1 }
        }
        #expect(found > 20)
    }
}
