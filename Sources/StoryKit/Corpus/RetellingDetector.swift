/// Finds stories that retell another story of the corpus: the same events, reworded.
///
/// Each story is reduced to its set of word trigrams and a MinHash signature of that set.
/// Locality-sensitive hashing over signature bands proposes candidate pairs, so ten thousand
/// stories cost about as much as reading them, and each candidate is confirmed on the exact
/// trigram overlap. A retelling shares far more trigrams with its original than two stories of
/// the same genre do (about a third, against a few in a hundred).
public struct RetellingDetector: Sendable {
    /// The share of trigrams, over the smaller story, that two retellings have in common at least.
    public var threshold = 0.25
    static let hashes = 32
    static let rows = 2

    public init() {}

    /// Maps each story id to the id of the earlier story it retells.
    public func variants(of documents: [StoryDocument]) -> [String: String] {
        let shingles = documents.map { Self.shingles($0.paragraphs) }
        let signatures = shingles.map(Self.signature)
        var buckets: [Int: [Int]] = [:]
        for (i, sig) in signatures.enumerated() where !shingles[i].isEmpty {
            for band in 0..<(Self.hashes / Self.rows) {
                var h = Hasher()
                h.combine(band)
                for r in 0..<Self.rows { h.combine(sig[band * Self.rows + r]) }
                buckets[h.finalize(), default: []].append(i)
            }
        }
        var original: [Int: Int] = [:]
        var checked = Set<Int>()
        for members in buckets.values where members.count > 1 {
            for a in members.indices {
                for b in members.indices where b > a {
                    let (i, j) = (members[a], members[b])
                    let key = i * documents.count + j
                    guard checked.insert(key).inserted else { continue }
                    let overlap = shingles[i].intersection(shingles[j]).count
                    let smaller = min(shingles[i].count, shingles[j].count)
                    guard smaller > 0, Double(overlap) / Double(smaller) >= threshold else { continue }
                    let (early, late) = i < j ? (i, j) : (j, i)
                    original[late] = min(original[late] ?? early, early)
                }
            }
        }
        var result: [String: String] = [:]
        for (late, early) in original {
            // Point at the first telling, not at another retelling of it.
            var root = early
            while let up = original[root], up < root { root = up }
            result[documents[late].id] = documents[root].id
        }
        return result
    }

    /// Hashes of lower-cased word trigrams.
    static func shingles(_ paragraphs: [String]) -> Set<Int> {
        var words: [Substring] = []
        for p in paragraphs {
            for w in p.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) { words.append(w) }
        }
        guard words.count >= 3 else { return [] }
        var set = Set<Int>()
        set.reserveCapacity(words.count)
        for i in 0..<(words.count - 2) {
            set.insert(stableHash(words[i], words[i + 1], words[i + 2]))
        }
        return set
    }

    /// FNV-1a: the same on every run, unlike `Hasher`, so results never depend on a seed.
    static func stableHash(_ parts: Substring...) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for p in parts {
            for b in p.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0x20) &* 0x100000001b3
        }
        return Int(bitPattern: UInt(h))
    }

    static func signature(_ set: Set<Int>) -> [UInt64] {
        var sig = [UInt64](repeating: .max, count: hashes)
        for x in set {
            var v = UInt64(bitPattern: Int64(x))
            for k in 0..<hashes {
                // A cheap independent mix per slot (splitmix64 step).
                v = v &+ 0x9E3779B97F4A7C15
                var z = v
                z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
                z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
                z ^= z >> 31
                if z < sig[k] { sig[k] = z }
            }
        }
        return sig
    }
}
