import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Keyword-in-context search over stories.
public enum TextSearch {
    public struct Match: Sendable, Equatable {
        public var story: String
        /// 1-based paragraph.
        public var paragraph: Int
        public var before: String
        public var match: String
        public var after: String
    }

    public struct Hits: Sendable {
        public var total: Int
        public var matches: [Match]
    }

    /// Finds `query` (ASCII case folded; straight and curly apostrophes and quotes alike) in
    /// every story, in corpus order; keeps the first `limit` matches and counts them all.
    public static func find(_ query: String, in documents: [StoryDocument], limit: Int = .max, context: Int = 60,
                            isCancelled: () -> Bool = { false }) throws -> Hits {
        let needles = variants(of: query).map { Array($0.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        var total = 0
        var matches: [Match] = []
        for (n, doc) in documents.enumerated() {
            if n % 256 == 0, isCancelled() { throw CancellationError() }
            let text = doc.searchText
            var found: [(Int, Int)] = []
            for needle in needles where !needle.isEmpty {
                found += offsets(of: needle, in: text.folded).map { ($0, needle.count) }
            }
            found.sort { $0.0 < $1.0 }
            total += found.count
            for (offset, length) in found where matches.count < limit {
                // Folding kept every byte in place, so the offset is one in the paragraph's own
                // UTF-8 too: the context comes from the text itself, not from a second copy.
                let p = text.paragraph(at: offset)
                let original = Array(doc.paragraphs[p].utf8)
                let at = offset - text.starts[p]
                matches.append(Match(
                    story: doc.id, paragraph: p + 1,
                    before: clip(original[max(0, at - context * 2)..<at], fromEnd: true, context),
                    match: String(decoding: original[at..<(at + length)], as: UTF8.self),
                    after: clip(original[(at + length)..<min(original.count, at + length + context * 2)], fromEnd: false, context)))
            }
        }
        return Hits(total: total, matches: matches)
    }

    /// The query as typed, and with its apostrophes and quotes in the other style.
    static func variants(of query: String) -> [String] {
        let straight = query.replacingAll(["’": "'", "‘": "'", "“": "\"", "”": "\""])
        let curly = straight.replacingAll(["'": "’"])
        return straight == curly ? [straight] : [straight, curly]
    }

    static func offsets(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        var result: [Int] = []
        haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { nee in
                guard let base = hay.baseAddress, let nb = nee.baseAddress else { return }
                // memchr for the first byte, memcmp for the rest (glibc's memmem is not exported).
                let first = Int32(needle[0])
                var from = 0
                while from + needle.count <= hay.count {
                    guard let hit = memchr(base + from, first, hay.count - from - needle.count + 1) else { break }
                    let offset = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, nb, needle.count) == 0 {
                        result.append(offset)
                        from = offset + needle.count
                    } else {
                        from = offset + 1
                    }
                }
            }
        }
        return result
    }

    /// Context text cut at a character boundary, about `limit` characters long.
    static func clip(_ bytes: ArraySlice<UInt8>, fromEnd: Bool, _ limit: Int) -> String {
        let s = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{FFFD}", with: "")
        return fromEnd ? String(s.suffix(limit)) : String(s.prefix(limit))
    }
}

extension String {
    func replacingAll(_ map: [Character: String]) -> String {
        var out = ""
        out.reserveCapacity(count)
        for c in self { if let r = map[c] { out += r } else { out.append(c) } }
        return out
    }
}
