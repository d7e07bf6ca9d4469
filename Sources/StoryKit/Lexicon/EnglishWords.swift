import Foundation

/// The words of general English, lower case (SCOWL's "small" American list, via Debian's
/// `wamerican-small`; licence in `Resources/english_words.LICENSE.txt`).
///
/// A capital at the start of a sentence proves nothing, so the cast asks this list instead:
/// "Miranda left me" opens with a word English does not have in lower case, a name; "Dishes
/// appeared clean" opens with one it has. Loaded once, on the first story whose cast is asked.
public enum EnglishWords {
    /// The words in a `WordTable`, the token layer's one table: 41,000 `String`s in a `Set`
    /// took as long to build as the cast of a hundred stories. The list is ASCII, so a word with
    /// other letters is not in it.
    static let shared: WordTable.Frozen = {
        var table = WordTable(capacity: 41_000)
        if let url = Bundle.module.url(forResource: "english_words", withExtension: "txt"),
           let data = try? Data(contentsOf: url) {
            data.withUnsafeBytes { raw in
                let all = raw.bindMemory(to: UInt8.self)
                var start = 0
                for k in 0...all.count where k == all.count || all[k] == 0x0A {
                    let line = UnsafeBufferPointer(rebasing: all[start..<k])
                    start = k + 1
                    guard !line.isEmpty, line.allSatisfy({ $0 < 0x80 }) else { continue }
                    // No look-up first: a word listed twice is only asked whether it is there.
                    table.insert(line, hash: WordTable.hash(line))
                }
            }
        }
        return table.frozen
    }()

    /// Whether `lower` (lower case, ' for ’) is a word of English.
    public static func contains(_ lower: String) -> Bool {
        var w = lower
        return w.withUTF8 { shared.find($0) >= 0 }
    }
}
