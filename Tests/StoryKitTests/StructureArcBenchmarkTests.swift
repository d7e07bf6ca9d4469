import Foundation
import Testing
@testable import StoryKit

/// Single-core cost of the structure and arc passes alone (cleaning, segmentation and the cast
/// done first), when STRUCTURE_BENCH is set; run with `swift test -c release`. STRUCTURE_BENCH
/// names a folder of stories, or is a story count to cycle the samples and fixtures to.
@Test(.enabled(if: ProcessInfo.processInfo.environment["STRUCTURE_BENCH"] != nil))
func structureAndArcCost() throws {
    let setting = ProcessInfo.processInfo.environment["STRUCTURE_BENCH"] ?? ""
    var texts: [String]
    if let n = Int(setting) {
        let base = (Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture)).map(\.raw)
        texts = (0..<n).map { base[$0 % base.count] }
    } else {
        let dir = URL(fileURLWithPath: setting)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        texts = try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    }
    let docs = texts.enumerated().map { StoryDocument(id: "b\($0.offset)", file: nil, text: $0.element) }
    for d in docs { _ = d.cast }
    func ms(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start) * 1000 / Double(docs.count)
    }
    let structure = ms { for d in docs { _ = StructureAnalyzer.analyze(d) } }
    for d in docs { _ = d.structure }
    let arc = ms { for d in docs { _ = ArcAnalyzer.analyze(d) } }
    print("structure \(String(format: "%.3f", structure)) ms/story, arc \(String(format: "%.3f", arc)) ms/story, over \(docs.count) stories on one core")
}
