import Testing
@testable import StoryKit

/// The screening of retelling candidates must never reject a pair the exact overlap accepts.
@Suite struct RetellingDetectorTests {
    @Test func theBitmapBoundIsNeverBelowTheExactOverlap() {
        let stories = Repo.sampleIDs.map { RetellingDetector.shingles(Repo.sample($0).paragraphs) }
        for a in stories {
            let filter = PresenceFilter(RetellingDetector.Sketch(a).prefixes)
            for b in stories {
                let bound = filter.upperBound(RetellingDetector.Sketch(b).prefixes)
                #expect(bound >= RetellingDetector.overlap(a, b))
                #expect(bound <= b.count)
            }
        }
    }

    @Test func aSketchKeepsTheCountAndOnePrefixPerTrigram() {
        let shingles = RetellingDetector.shingles(Repo.sample(Repo.sampleIDs[1]).paragraphs)
        let sketch = RetellingDetector.Sketch(shingles)
        #expect(sketch.count == shingles.count)
        #expect(sketch.prefixes.count == shingles.count)
        #expect(sketch.signature == RetellingDetector.signature(shingles))
    }
}
