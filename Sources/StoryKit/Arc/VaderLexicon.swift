import Foundation

/// The VADER sentiment lexicon (Hutto & Gilbert, MIT licence), word → mean valence in [-4, 4].
///
/// Loaded once per process on first use: a `static let` is lazy and thread-safe in Swift. The
/// file is cut into lines and fields by its bytes; cutting 7,500 lines by `Character` cost a
/// quarter of a billion instructions, paid while every worker waited for the first story.
public enum VaderLexicon {
    public static let shared: [String: Double] = load()

    static func load() -> [String: Double] {
        guard let url = Bundle.module.url(forResource: "vader_lexicon", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        return parse(text)
    }

    /// The entries of `text`: one a line, word and mean valence the first two tab-separated
    /// fields; lines without a number are skipped, and a later entry replaces an earlier one.
    static func parse(_ text: String) -> [String: Double] {
        var table: [String: Double] = [:]
        table.reserveCapacity(7600)
        let done: Bool = ByteText.withBytes(text) { u in
            // Newlines beyond ASCII (U+0085, U+2028, U+2029) are left to the `Character` rules.
            for i in u.indices where u[i] == 0xC2 || u[i] == 0xE2 {
                if i + 1 < u.count, u[i] == 0xC2, u[i + 1] == 0x85 { return false }
                if i + 2 < u.count, u[i] == 0xE2, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 { return false }
            }
            var i = 0
            while i < u.count {
                // LF, VT, FF and CR end a line (CR LF is one `Character`, and makes no empty line).
                var j = i, ascii = true
                while j < u.count, u[j] &- 0x0A >= 4 {
                    if u[j] >= 0x80 { ascii = false }
                    j += 1
                }
                if j > i {
                    let line = UnsafeBufferPointer(rebasing: u[i..<j])
                    if ascii { add(line, to: &table) } else { add(Substring(String(decoding: line, as: UTF8.self)), to: &table) }
                }
                i = j + 1
            }
            return true
        }
        if done { return table }
        table.removeAll(keepingCapacity: true)
        for line in text.split(whereSeparator: \.isNewline) { add(line, to: &table) }
        return table
    }

    /// An ASCII line: its bytes are its characters.
    private static func add(_ line: UnsafeBufferPointer<UInt8>, to table: inout [String: Double]) {
        guard let tab = line.firstIndex(of: 0x09) else { return }
        let rest = line[(tab + 1)...]
        let end = rest.firstIndex(of: 0x09) ?? line.count
        let value = String(decoding: UnsafeBufferPointer(rebasing: line[(tab + 1)..<end]), as: UTF8.self)
        guard let v = Double(value) else { return }
        table[String(decoding: UnsafeBufferPointer(rebasing: line[..<tab]), as: UTF8.self)] = v
    }

    private static func add(_ line: Substring, to table: inout [String: Double]) {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count >= 2, let v = Double(fields[1]) else { return }
        table[String(fields[0])] = v
    }
}
