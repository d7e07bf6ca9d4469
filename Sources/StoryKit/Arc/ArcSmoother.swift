import Foundation

/// Smooths per-paragraph valence over narrative time.
///
/// A Gaussian kernel with edge renormalisation: each output is a weighted mean of its
/// neighbours, weights renormalised where the kernel runs off either end. Unlike Syuzhet's
/// low-pass DCT it cannot ring or overshoot at the edges: every value stays within the range
/// of the input, and the length is kept.
///
/// Given the beat of each paragraph, a neighbour in another beat weighs a twentieth of one in the
/// same beat. A departure or a rebuilding is often one or two paragraphs: a kernel that
/// crosses beats freely spreads them into their long neighbours (on 003 the struggle's fall
/// and the rebuilding's rise vanished), while this keeps each beat's own level and still
/// smooths the sentence-to-sentence noise inside long beats.
public enum ArcSmoother {
    /// Kernel width in paragraphs: a twentieth of the story, at least one and a half.
    public static func bandwidth(for count: Int) -> Double { max(1.5, Double(count) / 20) }

    /// The weight of a neighbour across a beat boundary, relative to one inside the beat.
    public static let crossBeatWeight = 0.05

    public static func smooth(_ values: [Double], sigma: Double? = nil, beats: [Int]? = nil) -> [Double] {
        let n = values.count
        guard n > 2 else { return values }
        let s = sigma ?? bandwidth(for: n)
        let reach = Int((3 * s).rounded(.up))
        let kernel = (0...reach).map { exp(-0.5 * pow(Double($0) / s, 2)) }
        let segment = beats.flatMap { $0.count == n ? $0 : nil }
        return (0..<n).map { i in
            var sum = 0.0, weight = 0.0
            for j in max(0, i - reach)...min(n - 1, i + reach) {
                var w = kernel[abs(i - j)]
                if let segment, segment[i] != segment[j] { w *= crossBeatWeight }
                sum += w * values[j]
                weight += w
            }
            return sum / weight
        }
    }
}
