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

    public init(_ a: [String], _ b: [String]) {
        let wa = a.map(Self.words), wb = b.map(Self.words)
        let n = wa.count, m = wb.count
        // score[i][j]: best total similarity aligning a[..<i] with b[..<j]; gaps cost nothing,
        // a match earns its similarity only when it clears the floor.
        var score = Array(repeating: Array(repeating: 0.0, count: m + 1), count: n + 1)
        var sim = Array(repeating: Array(repeating: 0.0, count: m + 1), count: n + 1)
        for i in 0..<n {
            for j in 0..<m { sim[i + 1][j + 1] = Self.jaccard(wa[i], wb[j]) }
        }
        for i in 0...n {
            for j in 0...m where i > 0 || j > 0 {
                var best = -1.0
                if i > 0 { best = max(best, score[i - 1][j]) }
                if j > 0 { best = max(best, score[i][j - 1]) }
                if i > 0, j > 0, sim[i][j] >= Self.rewordFloor { best = max(best, score[i - 1][j - 1] + sim[i][j]) }
                score[i][j] = best
            }
        }
        var rows: [Row] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            if i > 0, j > 0, sim[i][j] >= Self.rewordFloor, score[i][j] == score[i - 1][j - 1] + sim[i][j] {
                rows.append(Row(op: sim[i][j] >= 0.999 ? .same : .reworded, a: i, b: j, similarity: sim[i][j]))
                i -= 1; j -= 1
            } else if i > 0, score[i][j] == score[i - 1][j] {
                rows.append(Row(op: .dropped, a: i, b: nil, similarity: 0))
                i -= 1
            } else {
                rows.append(Row(op: .added, a: nil, b: j, similarity: 0))
                j -= 1
            }
        }
        self.rows = rows.reversed()
        similarity = Self.jaccard(wa.reduce(into: Set<String>()) { $0.formUnion($1) }, wb.reduce(into: Set<String>()) { $0.formUnion($1) })
    }

    public func count(_ op: Op) -> Int { rows.filter { $0.op == op }.count }

    static func words(_ p: String) -> Set<String> {
        Set(p.lowercased().replacingAll(["’": "'"]).split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init))
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let common = a.intersection(b).count
        return Double(common) / Double(a.count + b.count - common)
    }
}
