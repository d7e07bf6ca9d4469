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
        // Shingles and signatures are independent per story: compute them on every core, and
        // keep only a sketch of each, not the trigrams themselves.
        let count = documents.count
        let sketches = ParallelMap.map(count) { Sketch(Self.shingles(text: documents[$0].clean.text)) }
        let buckets = BandIndex(sketches)
        // Each story screens its later bucket-mates, on every core; a pair met in several
        // bands is screened once. Most candidates fall well short of the thresholds, and a
        // bound read off a bitmap rejects them without the trigrams themselves.
        let close = ParallelMap.map(count) { i -> [Int] in
            let a = sketches[i]
            let mates = buckets.later(than: i, sketch: a)
            if mates.isEmpty { return [] }
            let filter = PresenceFilter(a.prefixes)
            return mates.filter { j in
                let b = sketches[j]
                return Self.agreement(a.signature, b.signature) >= Self.estimateFloor
                    && retells(filter.upperBound(b.prefixes), a.count, b.count)
            }
        }
        // The few close pairs are confirmed on the exact overlap, with the trigrams of just
        // their stories computed again rather than every story's kept all along.
        let involved = Array(Set(close.enumerated().flatMap { i, js in js.isEmpty ? [] : [i] + js })).sorted()
        let exact = ParallelMap.map(involved.count) { Self.shingles(text: documents[involved[$0]].clean.text) }
        let slot = Dictionary(uniqueKeysWithValues: involved.enumerated().map { ($1, $0) })
        let retold = close.enumerated().map { i, js in
            js.filter { j in retells(Self.overlap(exact[slot[i]!], exact[slot[j]!]), sketches[i].count, sketches[j].count) }
        }
        var original: [Int: Int] = [:]
        for (early, lates) in retold.enumerated() {
            for late in lates { original[late] = min(original[late] ?? early, early) }
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

    /// Whether two stories with `common` trigrams in common are a retelling: true from some
    /// count on, so a count that fails bounds every smaller one.
    func retells(_ common: Int, _ a: Int, _ b: Int) -> Bool {
        let smaller = min(a, b)
        let union = a + b
        return smaller > 0 && Double(common) / Double(smaller) >= threshold
            && Double(common) / Double(union - common) >= jaccardFloor
    }

    /// What the detector keeps of one story: its MinHash signature, the number of distinct
    /// trigrams, and the top 16 bits of each trigram's hash for the bitmap bound: a quarter of
    /// the full hashes, which ten thousand stories would need some hundred megabytes for.
    struct Sketch: Sendable {
        var signature: [UInt64]
        var count: Int
        /// One per trigram, duplicates kept: the bound counts every trigram.
        var prefixes: [UInt16]

        init(_ shingles: [UInt64]) {
            signature = RetellingDetector.signature(shingles)
            count = shingles.count
            prefixes = shingles.map { UInt16(truncatingIfNeeded: $0 >> 48) }
        }
    }

    /// The LSH buckets: one (band key, story) entry per usable band of each story, sorted, so
    /// a story finds its bucket-mates by binary search. A flat array rather than a dictionary
    /// of arrays: a third of a million small arrays cost more than their contents.
    struct BandIndex: Sendable {
        private var entries: [(key: Int, story: Int)] = []

        init(_ sketches: [Sketch]) {
            for (i, sketch) in sketches.enumerated() where sketch.count > 0 {
                for key in Self.keys(sketch.signature) { entries.append((key, i)) }
            }
            entries.sort { $0.key != $1.key ? $0.key < $1.key : $0.story < $1.story }
        }

        /// One key per band of `rows` bins; a band with an empty bin has none, since an empty
        /// bin says nothing about similarity and two empty bins must not collide.
        static func keys(_ sig: [UInt64]) -> [Int] {
            var keys: [Int] = []
            let (hashes, rows) = (RetellingDetector.hashes, RetellingDetector.rows)
            for band in 0..<(hashes / rows) {
                if (0..<rows).contains(where: { sig[band * rows + $0] == .max }) { continue }
                var h = Hasher()
                h.combine(band)
                for r in 0..<rows { h.combine(sig[band * rows + r]) }
                keys.append(h.finalize())
            }
            return keys
        }

        /// The stories after `story` that share a bucket with it, each once, in order.
        func later(than story: Int, sketch: Sketch) -> [Int] {
            guard sketch.count > 0 else { return [] }
            var mates: [Int] = []
            for key in Self.keys(sketch.signature) {
                // First entry of this key with a story after `story`.
                var lo = 0, hi = entries.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    let e = entries[mid]
                    if e.key < key || (e.key == key && e.story <= story) { lo = mid + 1 } else { hi = mid }
                }
                while lo < entries.count, entries[lo].key == key {
                    mates.append(entries[lo].story)
                    lo += 1
                }
            }
            mates.sort()
            var unique: [Int] = []
            unique.reserveCapacity(mates.count)
            for j in mates where unique.last != j { unique.append(j) }
            return unique
        }
    }

    /// Sorted, distinct hashes of lower-cased word trigrams, read off the UTF-8 bytes: a word
    /// is a run of ASCII letters, apostrophes or non-ASCII bytes.
    static func shingles(_ paragraphs: Paragraphs) -> [UInt64] {
        shingles(text: paragraphs.text)
    }

    /// The same of paragraphs joined by newlines (a newline ends a word, as a paragraph does).
    static func shingles(text: String) -> [UInt64] {
        var words: [UInt64] = []
        do {
            var h: UInt64 = 0xcbf29ce484222325
            var inWord = false
            for var b in text.utf8 {
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
