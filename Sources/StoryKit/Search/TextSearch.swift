import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Keyword-in-context search over stories.
///
/// There is no index: a folded copy of ten thousand stories would cost as much memory as the
/// text itself, and folding each story into a scratch buffer as the search passes is a few
/// milliseconds per ten megabytes. The stories are searched on every core.
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
                            isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> Hits {
        let needles = variants(of: query).map { ByteText.folded($0.utf8) }.filter { !$0.isEmpty }
        let found = ParallelMap.map(documents.count) { n in
            isCancelled() ? [] : hits(of: needles, in: documents[n].paragraphs)
        }
        if isCancelled() { throw CancellationError() }
        var total = 0
        var matches: [Match] = []
        for (doc, hits) in zip(documents, found) {
            total += hits.count
            for hit in hits where matches.count < limit {
                // Folding kept every byte in place, so the offset is one in the paragraph's own
                // UTF-8 too: the context comes from the text itself.
                let original = Array(doc.paragraphs.slice(hit.paragraph).utf8)
                let at = hit.offset, end = hit.offset + hit.length
                matches.append(Match(
                    story: doc.id, paragraph: hit.paragraph + 1,
                    before: clip(original[max(0, at - context * 2)..<at], fromEnd: true, context),
                    match: String(decoding: original[at..<end], as: UTF8.self),
                    after: clip(original[end..<min(original.count, end + context * 2)], fromEnd: false, context)))
            }
        }
        return Hits(total: total, matches: matches)
    }

    /// Where one story's paragraphs hold a needle: 0-based paragraph, UTF-8 offset and length.
    struct Hit: Sendable, Equatable {
        var paragraph: Int
        var offset: Int
        var length: Int
    }

    /// The needles' occurrences (already folded, not overlapping themselves) in reading order,
    /// each within one paragraph.
    static func hits(of needles: [[UInt8]], in paragraphs: Paragraphs) -> [Hit] {
        // A plain loop over the bytes, which the compiler vectorises (a `map` over the
        // `String.UTF8View` costs forty instructions a byte).
        var text = paragraphs.text
        let folded = text.withUTF8 { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { buffer, count in
                for i in 0..<source.count { buffer[i] = ByteText.fold(source[i]) }
                count = source.count
            }
        }
        var found: [(offset: Int, length: Int)] = []
        for needle in needles {
            found += offsets(of: needle, in: folded).map { ($0, needle.count) }
        }
        if needles.count > 1 { found.sort { $0.offset < $1.offset } }
        return found.compactMap { at in
            let p = paragraphs.paragraph(atUTF8: at.offset)
            let r = paragraphs.utf8Range(p)
            guard at.offset + at.length <= r.upperBound else { return nil }  // across a paragraph break
            return Hit(paragraph: p, offset: at.offset - r.lowerBound, length: at.length)
        }
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
