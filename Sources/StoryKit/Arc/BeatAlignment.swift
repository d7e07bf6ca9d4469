/// Two stories laid on one axis of narrative time by their beats, for charts that compare
/// arcs: the setup of one under the setup of the other, and so on.
///
/// Each beat kind present in either story gets a slot of the axis [0, 1], in story order, as
/// wide as the mean of its share of each story's paragraphs (a beat a story lacks counts 0
/// there). A story's paragraphs of a beat are spread evenly over that beat's slot.
public struct BeatAlignment: Sendable {
    public struct Slot: Sendable, Equatable {
        public var kind: BeatKind
        public var start: Double
        public var end: Double
    }

    public let slots: [Slot]
    private let beats: [[BeatSpan]]
    private let counts: [Int]

    public init(_ a: StoryDocument, _ b: StoryDocument) {
        self.init(beats: [a.structure.beats, b.structure.beats], paragraphs: [a.arc.smoothed.count, b.arc.smoothed.count])
    }

    public init(beats: [[BeatSpan]], paragraphs: [Int]) {
        self.beats = beats
        counts = paragraphs
        var share: [BeatKind: Double] = [:]
        for (k, list) in beats.enumerated() where paragraphs[k] > 0 {
            for b in list where b.last >= b.first {
                share[b.kind, default: 0] += Double(b.last - b.first + 1) / Double(paragraphs[k]) / Double(beats.count)
            }
        }
        let kinds = BeatKind.allCases.filter { share[$0] != nil }
        let total = kinds.reduce(0) { $0 + share[$1]! }
        var at = 0.0
        var slots: [Slot] = []
        for k in kinds {
            let w = total > 0 ? share[k]! / total : 0
            slots.append(Slot(kind: k, start: at, end: at + w))
            at += w
        }
        self.slots = slots
    }

    /// The position on the axis of each paragraph (0-based) of story `k`; NaN outside its beats.
    public func positions(_ k: Int) -> [Double] {
        var xs = [Double](repeating: .nan, count: counts[k])
        for b in beats[k] where b.last >= b.first {
            guard let slot = slots.first(where: { $0.kind == b.kind }) else { continue }
            let m = b.last - b.first + 1
            for p in b.first...b.last where p >= 1 && p <= counts[k] {
                xs[p - 1] = slot.start + (slot.end - slot.start) * (Double(p - b.first) + 0.5) / Double(m)
            }
        }
        return xs
    }

    /// Runs of consecutive paragraphs of story `k` that have a position, to draw as lines.
    public func runs(_ k: Int) -> [[Int]] {
        let xs = positions(k)
        var out: [[Int]] = []
        var cur: [Int] = []
        for (i, x) in xs.enumerated() {
            if x.isNaN { if !cur.isEmpty { out.append(cur); cur = [] } } else { cur.append(i) }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// Story `k`'s value at axis position `x`, read from its aligned paragraphs (linear between
    /// neighbours), or nil where it has no beat.
    public func value(_ k: Int, at x: Double, of values: [Double]) -> Double? {
        guard let slot = slots.first(where: { x >= $0.start && x <= $0.end }),
              beats[k].contains(where: { $0.kind == slot.kind }) else { return nil }
        let xs = positions(k)
        var best: (Int, Double)? = nil
        for (i, px) in xs.enumerated() where !px.isNaN && i < values.count {
            let d = abs(px - x)
            if best == nil || d < best!.1 { best = (i, d) }
        }
        return best.map { values[$0.0] }
    }
}
