/// A small set of vocabulary numbers, as one alternative of a cue pattern holds ("left|walked").
///
/// Sorted in an array and searched in place: cue matching asks it about every candidate word,
/// and a `Set<Int32>` hashes each question with SipHash, costlier than scanning a few integers.
struct WordIDs: Sendable {
    private let ids: [Int32]

    init<S: Sequence>(_ ids: S) where S.Element == Int32 {
        self.ids = Set(ids).sorted()
    }

    /// In ascending order.
    var all: [Int32] { ids }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        ids.withUnsafeBufferPointer { b in
            if b.count <= 8 {
                for x in b where x == id { return true }
                return false
            }
            var lo = 0, hi = b.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if b[mid] < id { lo = mid + 1 } else { hi = mid }
            }
            return lo < b.count && b[lo] == id
        }
    }
}
