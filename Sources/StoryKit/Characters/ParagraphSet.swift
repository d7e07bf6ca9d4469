/// The paragraphs a character appears in, as a sorted array.
///
/// Why not `Set<Int>`: a mention is recorded per name, noun and pronoun, and the walk meets
/// paragraphs in order, so nearly every insert is "same as the last" or "after the last";
/// hashing each one cost more than the rest of `mention`.
struct ParagraphSet {
    private(set) var sorted: [Int] = []

    mutating func insert(_ p: Int) {
        if let last = sorted.last {
            if last == p { return }
            if last < p { sorted.append(p); return }
        } else {
            sorted.append(p)
            return
        }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < p { lo = mid + 1 } else { hi = mid }
        }
        if sorted[lo] != p { sorted.insert(p, at: lo) }
    }

    mutating func formUnion(_ o: ParagraphSet) {
        if o.sorted.isEmpty { return }
        if sorted.isEmpty { sorted = o.sorted; return }
        var out: [Int] = []
        out.reserveCapacity(sorted.count + o.sorted.count)
        var i = 0, j = 0
        let a = sorted, b = o.sorted
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i]); i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j]); j += 1
            } else {
                out.append(a[i]); i += 1; j += 1
            }
        }
        sorted = out
    }
}
