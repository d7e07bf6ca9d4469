import Foundation

/// The words of general English, lower case (SCOWL's "small" American list, via Debian's
/// `wamerican-small`; licence in `Resources/english_words.LICENSE.txt`).
///
/// A capital at the start of a sentence proves nothing, so the cast asks this list instead:
/// "Miranda left me" opens with a word English does not have in lower case, a name; "Dishes
/// appeared clean" opens with one it has. Loaded once, on the first story whose cast is asked.
public enum EnglishWords {
    static let shared: Set<String> = {
        guard let url = Bundle.module.url(forResource: "english_words", withExtension: "txt"),
              let data = try? Data(contentsOf: url) else { return [] }
        var words = Set<String>(minimumCapacity: 41_000)
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            words.insert(String(decoding: line, as: UTF8.self))
        }
        return words
    }()

    /// Whether `lower` (lower case, ' for ’) is a word of English.
    public static func contains(_ lower: String) -> Bool { shared.contains(lower) }
}
