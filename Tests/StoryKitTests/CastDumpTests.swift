import Foundation
import Testing
@testable import StoryKit

/// Prints every cast when CAST_DUMP is set: for eyeballing, asserts nothing.
@Test(.enabled(if: ProcessInfo.processInfo.environment["CAST_DUMP"] != nil))
func dumpCasts() throws {
    for (gold, doc) in try CastGold.samples() + CastGold.fixtures() {
        let cast = doc.cast
        let s = CastGold.score(gold, cast)
        print("== \(gold.file) found \(s.found)/\(s.total) roles \(s.roles)/\(s.total) spurious \(s.spurious) misses \(s.misses) wrong \(s.wrongRoles)")
        print(CastGold.describe(cast))
    }
}
