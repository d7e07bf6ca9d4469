import Foundation
import Testing
@testable import StoryKit

/// Throughput of the character layer alone (cleaning and segmentation done first), when
/// CAST_BENCH is set; run with `swift test -c release`. Prints stories per second.
@Test(.enabled(if: ProcessInfo.processInfo.environment["CAST_BENCH"] != nil))
func castThroughput() throws {
    let texts = try (CastGold.samples() + CastGold.fixtures()).map { $0.1.raw }
    let n = Int(ProcessInfo.processInfo.environment["CAST_BENCH"] ?? "") ?? 2000
    let docs = (0..<n).map { StoryDocument(id: "b\($0)", file: nil, text: texts[$0 % texts.count]) }
    let prepared = docs.map { (Array($0.clean.paragraphs), $0.segments.quotes, $0.clean.title) }
    let words = docs.reduce(0) { $0 + $1.wordCount }
    let start = Date()
    DispatchQueue.concurrentPerform(iterations: 2) { part in
        for i in stride(from: part, to: prepared.count, by: 2) {
            _ = CastAnalyzer.analyze(paragraphs: prepared[i].0, quotes: prepared[i].1, title: prepared[i].2)
        }
    }
    let secs = Date().timeIntervalSince(start)
    print("cast: \(n) stories, \(words) words in \(String(format: "%.3f", secs)) s on 2 threads; per 10k stories of 1500 words: \(String(format: "%.2f", secs * Double(10_000 * 1500) / Double(words))) s")
}
