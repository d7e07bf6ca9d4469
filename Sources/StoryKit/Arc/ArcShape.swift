/// The shape of an emotional arc, named as Reagan et al. (2016, "The emotional arcs of
/// stories are dominated by six basic shapes") name theirs, with its turning points.
public struct ArcShape: Sendable, Equatable {
    public enum Move: String, Sendable, Codable { case rise, fall }

    /// A peak or a trough of the smoothed arc where the story turns.
    public struct TurningPoint: Sendable, Equatable {
        public enum Kind: String, Sendable, Codable { case peak, trough }
        public var kind: Kind
        /// 1-based paragraph.
        public var paragraph: Int
        /// The smoothed valence there.
        public var valence: Double
        /// The paragraph's sentence that is most positive (a peak) or most negative (a trough).
        public var sentence: String

        /// The sentence in quotation marks, unless it opens with one of its own; a sentence cut
        /// from inside a quotation loses its stray closing mark.
        public var quotedSentence: String {
            if sentence.hasPrefix("“") || sentence.hasPrefix("\"") { return sentence }
            var t = Substring(sentence)
            if t.hasSuffix("”"), t.filter({ $0 == "”" }).count > t.filter({ $0 == "“" }).count { t = t.dropLast() }
            return "“" + t + "”"
        }
    }

    /// "rags to riches", "riches to rags", "man in a hole", "Icarus", "Cinderella", "Oedipus", or "flat".
    public var name: String
    public var moves: [Move]
    public var turningPoints: [TurningPoint]

    public static let flat = ArcShape(name: "flat", moves: [], turningPoints: [])

    /// Reagan et al.'s six shapes by their moves.
    static func name(of moves: [Move]) -> String {
        switch moves {
        case [.rise]: return "rags to riches"
        case [.fall]: return "riches to rags"
        case [.fall, .rise]: return "man in a hole"
        case [.rise, .fall]: return "Icarus"
        case [.rise, .fall, .rise]: return "Cinderella"
        case [.fall, .rise, .fall]: return "Oedipus"
        default: return "flat"
        }
    }

    /// The shape of `values` (the smoothed arc, one per paragraph).
    ///
    /// The rule, deterministic: a move is a rise or fall of at least a quarter of the arc's own
    /// range (max − min), found with hysteresis (a zigzag): from the start, follow the arc,
    /// keeping the lowest and highest points seen; once it has risen a quarter of the range
    /// above its lowest point (or fallen below its highest) that point starts the first move;
    /// each later extreme that the arc leaves by a quarter of the range is a turning point.
    /// The last extreme counts when the arc reached it by a quarter of the range; the tail after
    /// it, smaller, is left out. Six shapes have at most three moves: with more, the threshold
    /// grows by a twentieth of the range until three or fewer remain. A first or last move
    /// shorter than a twentieth of the paragraphs (and than two) is left out: one closing line
    /// does not turn a man in a hole into an Oedipus; a move that short between two turning
    /// points is a spike, and both points are dropped. An arc whose range is
    /// under 0.02 is "flat". `sentences(p)` gives paragraph p's (1-based) sentences with their
    /// valences, to name each turning point by its most telling sentence.
    public static func classify(_ values: [Double], sentences: (Int) -> [(String, Double)]) -> ArcShape {
        guard values.count >= 3, let lo = values.min(), let hi = values.max(), hi - lo >= 0.02 else { return .flat }
        let range = hi - lo
        var fraction = 0.25
        // A move at either end shorter than a twentieth of the story (two paragraphs at least)
        // is the last line's or the first line's mood, not the story's shape.
        let shortest = max(2, values.count / 20)
        func trimmed(_ p: [Int]) -> [Int] {
            var p = p
            // A spike: a move between two turning points shorter than that. Both go, and the
            // moves on either side (the same way) become one.
            while let k = (1..<max(1, p.count - 2)).first(where: { p[$0 + 1] - p[$0] < shortest }) {
                p.removeSubrange(k...(k + 1))
            }
            while p.count > 2, p[1] - p[0] < shortest { p.removeFirst() }
            while p.count > 2, p[p.count - 1] - p[p.count - 2] < shortest { p.removeLast() }
            return p
        }
        var points = trimmed(zigzag(values, threshold: range * fraction))
        while points.count > 4, fraction < 1 {
            fraction += 0.05
            points = trimmed(zigzag(values, threshold: range * fraction))
        }
        // Two moves the same way in a row (left by a dropped spike) are one move.
        var k = 1
        while k < points.count - 1 {
            let a = values[points[k]] - values[points[k - 1]], b = values[points[k + 1]] - values[points[k]]
            if (a > 0) == (b > 0) { points.remove(at: k) } else { k += 1 }
        }
        guard points.count >= 2 else { return .flat }
        let moves: [Move] = zip(points, points.dropFirst()).map { values[$1] > values[$0] ? .rise : .fall }
        // Each interior point ends one move: after a rise it is a peak, after a fall a trough.
        let turns = points.dropFirst().dropLast().enumerated().map { k, i -> TurningPoint in
            let kind: TurningPoint.Kind = moves[k] == .rise ? .peak : .trough
            let list = sentences(i + 1)
            let pick = kind == .peak ? list.max { $0.1 < $1.1 } : list.min { $0.1 < $1.1 }
            return TurningPoint(kind: kind, paragraph: i + 1, valence: values[i], sentence: pick?.0 ?? "")
        }
        return ArcShape(name: name(of: moves), moves: moves, turningPoints: turns)
    }

    /// Indices where the arc turns by at least `threshold`: the start of the first move, each
    /// turning point, and the extreme that ends the last move.
    static func zigzag(_ v: [Double], threshold: Double) -> [Int] {
        var minI = 0, maxI = 0
        var points: [Int] = []
        var rising: Bool? = nil
        var ext = 0
        for i in 1..<v.count {
            switch rising {
            case nil:
                if v[i] < v[minI] { minI = i }
                if v[i] > v[maxI] { maxI = i }
                if v[i] - v[minI] >= threshold { points = [minI]; rising = true; ext = i }
                else if v[maxI] - v[i] >= threshold { points = [maxI]; rising = false; ext = i }
            case true?:
                if v[i] >= v[ext] { ext = i } else if v[ext] - v[i] >= threshold { points.append(ext); rising = false; ext = i }
            case false?:
                if v[i] <= v[ext] { ext = i } else if v[i] - v[ext] >= threshold { points.append(ext); rising = true; ext = i }
            }
        }
        if rising != nil { points.append(ext) }
        return points
    }
}
