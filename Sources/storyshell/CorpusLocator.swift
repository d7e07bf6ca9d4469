import Foundation

/// Finds the bundled sample corpus when no PATH is given: beside the working directory
/// (the usual case, `./scripts/storyshell`), or above the executable (`.build/release/…`).
enum CorpusLocator {
    static let relative = "samples/corpus"

    static func defaultCorpus() -> String? { locate(relative) }

    /// The built-in endings of `splice`, found the same way as the corpus.
    static func defaultEndings() -> String? { locate("samples/endings") }

    static func locate(_ relative: String) -> String? {
        let fm = FileManager.default
        if fm.fileExists(atPath: relative) { return relative }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent(relative).path
            if fm.fileExists(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
