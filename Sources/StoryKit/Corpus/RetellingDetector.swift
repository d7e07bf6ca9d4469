/// Finds stories that retell another story of the corpus: the same events, reworded.
///
/// Each story is reduced to its set of word trigrams and a MinHash signature of that set.
/// Locality-sensitive hashing over signature bands proposes candidate pairs, so ten thousand
/// stories cost about as much as reading them, and each candidate is confirmed on the exact
/// trigram overlap. A retelling shares far more trigrams with its original than two stories of
/// the same genre do (about a third, against a few in a hundred).
public struct RetellingDetector: Sendable {
    /// The share of trigrams, over the smaller story, that two retellings have in common at
    /// least, and their Jaccard similarity at least. Two stories that only share a passage
    /// (a quoted letter, a borrowed scene) pass the first test but not the second.
    public var threshold = 0.35
    public var jaccardFloor = 0.2
    /// 64 one-permutation MinHash bins in 32 bands of 2: a pair with a third of its trigrams
    /// in common shares a band with 96% odds, one with 2% (same-genre background) with 1%.
    static let hashes = 64
    static let rows = 2
    /// Candidates whose signatures agree on fewer bins than this are not worth an exact check.
    static let estimateFloor = 0.12

    public init() {}

    /// Maps each story id to the id of the earlier story it retells.
    public func variants(of documents: [StoryDocument]) -> [String: String] {
        // Shingles and signatures are independent per story: compute them on every core.
        let count = documents.count
        let shingles = ParallelMap.map(count) { Self.shingles(documents[$0].paragraphs) }
        let signatures = ParallelMap.map(count) { Self.signature(shingles[$0]) }
        var buckets: [Int: [Int]] = [:]
        for (i, sig) in signatures.enumerated() where !shingles[i].isEmpty {
            for band in 0..<(Self.hashes / Self.rows) {
                // An empty bin says nothing about similarity; two empty bins must not collide.
                if (0..<Self.rows).contains(where: { sig[band * Self.rows + $0] == .max }) { continue }
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
                    let key = min(i, j) * count + max(i, j)
                    guard Self.agreement(signatures[i], signatures[j]) >= Self.estimateFloor,
                          checked.insert(key).inserted else { continue }
                    let smaller = min(shingles[i].count, shingles[j].count)
                    let union = shingles[i].count + shingles[j].count
                    let common = Self.overlap(shingles[i], shingles[j])
                    guard smaller > 0, Double(common) / Double(smaller) >= threshold,
                          Double(common) / Double(union - common) >= jaccardFloor else { continue }
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

    /// Sorted, distinct hashes of lower-cased word trigrams, read off the UTF-8 bytes: a word
    /// is a run of ASCII letters, apostrophes or non-ASCII bytes.
    static func shingles(_ paragraphs: [String]) -> [UInt64] {
        var words: [UInt64] = []
        for p in paragraphs {
            var h: UInt64 = 0xcbf29ce484222325
            var inWord = false
            for var b in p.utf8 {
                let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x27 || b >= 0x80
                if letter {
                    if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                    h = (h ^ UInt64(b)) &* 0x100000001b3
                    inWord = true
                } else if inWord {
                    words.append(h)
                    h = 0xcbf29ce484222325
                    inWord = false
                }
            }
            if inWord { words.append(h) }
        }
        guard words.count >= 3 else { return [] }
        var out = [UInt64]()
        out.reserveCapacity(words.count)
        for i in 0..<(words.count - 2) {
            out.append(mix(words[i] &* 31 &+ mix(words[i + 1]) &* 17 &+ mix(words[i + 2])))
        }
        out.sort()
        var unique = [UInt64]()
        unique.reserveCapacity(out.count)
        for x in out where unique.last != x { unique.append(x) }
        return unique
    }

    /// Size of the intersection of two sorted arrays, by merging.
    static func overlap(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// splitmix64's finaliser: spreads the bits of a hash.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// One-permutation MinHash: each shingle's hash picks a bin by its top bits and competes
    /// for that bin's minimum, so a story costs one pass, not one pass per hash function.
    static func signature(_ set: [UInt64]) -> [UInt64] {
        var sig = [UInt64](repeating: .max, count: hashes)
        for x in set {
            let h = mix(x)
            let bin = Int(h >> 58)  // 64 bins
            let value = h & 0x03FF_FFFF_FFFF_FFFF
            if value < sig[bin] { sig[bin] = value }
        }
        return sig
    }

    /// The share of non-empty bins on which two signatures agree: an estimate of Jaccard.
    static func agreement(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var same = 0, used = 0
        for k in 0..<hashes where a[k] != .max || b[k] != .max {
            used += 1
            if a[k] == b[k] { same += 1 }
        }
        return used == 0 ? 0 : Double(same) / Double(used)
    }
}
