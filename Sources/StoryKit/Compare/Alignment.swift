/// Two tellings of a story aligned paragraph by paragraph: what one keeps, rewords, drops
/// or adds. Needleman–Wunsch over word-set similarity, so reordered sentences inside a
/// paragraph still match and a split paragraph pairs with the closer half.
public struct Alignment: Sendable {
    public enum Op: String, Sendable, Codable {
        /// The same words.
        case same
        /// Mostly the same words, reworded.
        case reworded
        /// Only in the first telling.
        case dropped
        /// Only in the second telling.
        case added
    }

    public struct Row: Sendable {
        public var op: Op
        /// 1-based paragraph numbers; nil on the side that lacks it.
        public var a: Int?
        public var b: Int?
        public var similarity: Double
    }

    public var rows: [Row]
    /// Jaccard similarity of the two stories' word sets.
    public var similarity: Double

    /// Pairs closer than this are the same paragraph reworded; below it they are separate.
    public static let rewordFloor = 0.3

    /// The most cells the alignment fills: beyond it (two stories of thousands of paragraphs)
    /// only a band around the diagonal is searched, so memory and time stay bounded (a byte a
    /// cell, 4 MB at most).
    public static let cellLimit = 4_000_000

    public init(_ a: [String], _ b: [String]) {
        // Never cancelled, so never throws.
        self = try! Alignment(a, b, isCancelled: { false })
    }

    /// Aligns `a` with `b`, polling `isCancelled` once a row; throws `CancellationError` when
    /// it says stop.
    public init(_ a: [String], _ b: [String], isCancelled: () -> Bool) throws {
        var vocabulary: [String: Int32] = [:]
        func ids(_ p: String) -> [Int32] {
            Self.words(p).map { w in
                if let id = vocabulary[w] { return id }
                let id = Int32(vocabulary.count)
                vocabulary[w] = id
                return id
            }.sorted()
        }
        // Reading the words of long tellings takes a while too: poll as it goes.
        var wa: [[Int32]] = [], wb: [[Int32]] = []
        wa.reserveCapacity(a.count)
        wb.reserveCapacity(b.count)
        for (k, p) in a.enumerated() {
            if k % 256 == 0, isCancelled() { throw CancellationError() }
            wa.append(ids(p))
        }
        for (k, p) in b.enumerated() {
            if k % 256 == 0, isCancelled() { throw CancellationError() }
            wb.append(ids(p))
        }
        let n = wa.count, m = wb.count
        // The band of row i: columns lo[i]...hi[i], around the diagonal; all of them when the
        // whole table fits the limit. Rows overlap enough that every path can go on.
        let width = (n + 1) * (m + 1) <= Self.cellLimit ? m + 1 : max(2 + (m + n) / max(n, 1), Self.cellLimit / (n + 1) / 2)
        let lo = (0...n).map { i in max(0, i * m / max(n, 1) - width) }
        let hi = (0...n).map { i in min(m, i * m / max(n, 1) + width) }
        var offset = [0]
        for i in 0...n { offset.append(offset[i] + hi[i] - lo[i] + 1) }
        // Per cell: 1 = the diagonal step is best, 2 = the step from above is (as good).
        var moves = [UInt8](repeating: 0, count: offset[n + 1])
        // score[i][j]: best total similarity aligning a[..<i] with b[..<j]; gaps cost nothing,
        // a match earns its similarity only when it clears the floor. Two rows at a time.
        let unreachable = -Double.infinity
        var previous = [Double](repeating: unreachable, count: m + 1)
        var current = [Double](repeating: unreachable, count: m + 1)
        for i in 0...n {
            if i % 16 == 0, isCancelled() { throw CancellationError() }
            // This buffer last held row i-2: clear its band, so only row i's band is reachable.
            if i >= 2 { for j in lo[i - 2]...hi[i - 2] { current[j] = unreachable } }
            for j in lo[i]...hi[i] {
                if i == 0 && j == 0 { current[0] = 0; continue }
                var best = unreachable
                if i > 0 { best = max(best, previous[j]) }
                if j > 0 { best = max(best, current[j - 1]) }
                var diagonal = unreachable
                if i > 0, j > 0, previous[j - 1] > unreachable {
                    let sim = Self.jaccard(wa[i - 1], wb[j - 1])
                    if sim >= Self.rewordFloor { diagonal = previous[j - 1] + sim; best = max(best, diagonal) }
                }
                current[j] = best
                var move: UInt8 = 0
                if diagonal > unreachable, best == diagonal { move |= 1 }
                if i > 0, best == previous[j] { move |= 2 }
                moves[offset[i] + j - lo[i]] = move
            }
            swap(&previous, &current)
        }
        var rows: [Row] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let move = j >= lo[i] && j <= hi[i] ? moves[offset[i] + j - lo[i]] : 2
            if move & 1 != 0 {
                let sim = Self.jaccard(wa[i - 1], wb[j - 1])
                rows.append(Row(op: sim >= 0.999 ? .same : .reworded, a: i, b: j, similarity: sim))
                i -= 1; j -= 1
            } else if i > 0, move & 2 != 0 || j == 0 {
                rows.append(Row(op: .dropped, a: i, b: nil, similarity: 0))
                i -= 1
            } else {
                rows.append(Row(op: .added, a: nil, b: j, similarity: 0))
                j -= 1
            }
        }
        self.rows = rows.reversed()
        similarity = Self.jaccard(Array(Set(wa.joined())).sorted(), Array(Set(wb.joined())).sorted())
    }

    public func count(_ op: Op) -> Int { rows.filter { $0.op == op }.count }

    static func words(_ p: String) -> Set<String> {
        Set(p.lowercased().replacingAll(["’": "'"]).split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init))
    }

    /// Jaccard similarity of two sorted, duplicate-free word lists, by one merge.
    static func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        var common = 0, x = 0, y = 0
        while x < a.count, y < b.count {
            if a[x] == b[y] { common += 1; x += 1; y += 1 } else if a[x] < b[y] { x += 1 } else { y += 1 }
        }
        return Double(common) / Double(a.count + b.count - common)
    }
}
