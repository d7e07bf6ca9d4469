import Foundation

/// The leaver's plea: their first quoted lines in the confrontation that ask to come back.
/// A splice keeps the recipient through it (the question), and takes the donor's answer after it.
public enum Plea {
    /// Asking to come back: to see the child, to try again, to be forgiven.
    static let strong = try! NSRegularExpression(pattern: RemixWords.strongPlea, options: [.caseInsensitive])
    /// Reaching out without yet asking.
    static let weak = try! NSRegularExpression(pattern: RemixWords.weakPlea, options: [.caseInsensitive])

    /// The 1-based paragraph of the plea, or nil when the confrontation has none.
    public static func paragraph(in doc: StoryDocument) -> Int? {
        guard let confrontation = doc.structure.beat(.confrontation), let leaver = doc.cast.leaver else { return nil }
        let lines = doc.cast.quotes.filter { $0.speaker == leaver.id && confrontation.paragraphs.contains($0.paragraph) }
        for pattern in [strong, weak] {
            if let q = lines.first(where: { pattern.firstMatch(in: $0.text, range: NSRange(location: 0, length: ($0.text as NSString).length)) != nil }) {
                return q.paragraph
            }
        }
        return nil
    }
}
