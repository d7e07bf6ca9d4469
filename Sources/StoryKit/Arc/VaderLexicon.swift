import Foundation

/// The VADER sentiment lexicon (Hutto & Gilbert, MIT licence), word → mean valence in [-4, 4].
///
/// Loaded once per process on first use: a `static let` is lazy and thread-safe in Swift, and
/// 7,500 lines parse in milliseconds, so no story pays for it twice.
public enum VaderLexicon {
    public static let shared: [String: Double] = load()

    static func load() -> [String: Double] {
        guard let url = Bundle.module.url(forResource: "vader_lexicon", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var table: [String: Double] = [:]
        table.reserveCapacity(7600)
        for line in text.split(whereSeparator: \.isNewline) {  // the file has CRLF line ends
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let v = Double(fields[1]) else { continue }
            table[String(fields[0])] = v
        }
        return table
    }
}
