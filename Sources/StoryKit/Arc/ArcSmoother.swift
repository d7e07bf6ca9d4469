import Foundation

/// Smooths per-paragraph valence over narrative time.
///
/// A Gaussian kernel with edge renormalisation: each output is a weighted mean of its
/// neighbours, weights renormalised where the kernel runs off either end. Unlike Syuzhet's
/// low-pass DCT it cannot ring or overshoot at the edges: every value stays within the range
/// of the input, and the length is kept.
public enum ArcSmoother {
    /// Kernel width in paragraphs: a tenth of the story, at least one paragraph.
    public static func bandwidth(for count: Int) -> Double { max(1, Double(count) / 10) }

    public static func smooth(_ values: [Double], sigma: Double? = nil) -> [Double] {
        let n = values.count
        guard n > 2 else { return values }
        let s = sigma ?? bandwidth(for: n)
        let reach = Int((3 * s).rounded(.up))
        let kernel = (0...reach).map { exp(-0.5 * pow(Double($0) / s, 2)) }
        return (0..<n).map { i in
            var sum = 0.0, weight = 0.0
            for j in max(0, i - reach)...min(n - 1, i + reach) {
                let w = kernel[abs(i - j)]
                sum += w * values[j]
                weight += w
            }
            return sum / weight
        }
    }
}
