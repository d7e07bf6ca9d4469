import Foundation

/// The first pass: raw file text in, the story a reader should see out.
///
/// It normalises line ends, repairs mojibake, drops page noise line by line, picks out a
/// headline, and splits the rest into paragraphs (one non-empty line each). Everything it takes
/// out is recorded, so `show --json` can account for every source line.
public struct Cleaner: Sendable {
    public var rules = NoiseRules()
    public static let standard = Cleaner()

    public init() {}

    public func clean(_ raw: String) -> CleanText {
        var repairs = Repairs()
        var text = raw
        if text.utf8.contains(13) {
            repairs.lineEnds = text.utf8.reduce(0) { $0 + ($1 == 13 ? 1 : 0) }
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let (repaired, fixes) = MojibakeRepair.repair(text)
        text = repaired
        repairs.mojibake = fixes

        var removed: [Removal] = []
        var kept: [(line: Int, text: String)] = []
        // Split on newline bytes: splitting a String by Character walks grapheme clusters.
        for (n, sourceLine) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if sourceLine.isEmpty { continue }
            var line = sourceLine.withContiguousStorageIfAvailable { ByteText.needsTidying($0) } ?? true
                ? tidy(String(Substring(sourceLine)), repairs: &repairs)
                : String(Substring(sourceLine))
            if line.isEmpty { continue }
            let folded = ByteText.folded(line.utf8)
            if let reason = rules.classifyLine(line, folded: folded) {
                removed.append(Removal(text: line, reason: reason, line: n + 1))
                continue
            }
            var pleas = rules.callsToShare(in: line, folded: folded)
            if !pleas.isEmpty {
                // A short question to the reader beside a plea is part of it ("Know someone …?").
                pleas = rules.sentenceRanges(in: line).filter { r in
                    pleas.contains(r) || (line[r].hasSuffix("?") && line[r].split(separator: " ").count <= 10)
                }
                for range in pleas.reversed() {
                    removed.append(Removal(text: line[range].trimmingCharacters(in: .whitespaces), reason: .callToShare, line: n + 1))
                    line.removeSubrange(range)
                }
                line = line.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
            }
            kept.append((n + 1, line))
        }
        removed.sort { $0.line < $1.line }

        var title: String?
        if let first = kept.first, kept.count > 1, Self.isHeadline(first.text) {
            title = first.text
            kept.removeFirst()
        }
        return CleanText(title: title, paragraphs: kept.map(\.text), removed: removed, repairs: repairs)
    }

    /// Trims a line and drops invisible debris (controls, zero-width spaces), keeping tabs as spaces.
    private func tidy(_ line: String, repairs: inout Repairs) -> String {
        var scalars = String.UnicodeScalarView()
        var dropped = 0
        for s in line.unicodeScalars {
            switch s.value {
            case 0x09: scalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x200B, 0x200E, 0x200F, 0xFEFF: dropped += 1
            case 0xA0: scalars.append(" ")
            default: scalars.append(s)
            }
        }
        repairs.controls += dropped
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }

    /// A headline: one line with no closing sentence punctuation, mostly capitalised words.
    static func isHeadline(_ line: String) -> Bool {
        guard let last = line.last, !".?!…\"”’".contains(last) || line.uppercased() == line else { return false }
        let words = line.split(separator: " ").filter { $0.first?.isLetter == true }
        guard !words.isEmpty, words.count <= 40 else { return false }
        if line.uppercased() == line { return true }
        let small: Set<String> = ["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into", "nor", "so", "up"]
        let capitalised = words.filter { $0.first?.isUppercase == true || small.contains($0.lowercased()) }.count
        return Double(capitalised) >= 0.75 * Double(words.count)
    }
}
