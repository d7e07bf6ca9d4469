import Foundation
import StoryKit

/// `find --word` and `find --regex`: matches of a regular expression (a whole-word one for
/// `--word`) in every paragraph, case ignored, on every core, in corpus order.
enum PatternSearch {
    struct Match: Sendable { var story: String; var paragraph: Int; var before: String; var match: String; var after: String }

    /// Longer expressions are refused: a pasted page is not a pattern.
    static let maxPattern = 1000
    /// A search that takes longer is stopped and reported: no expression may hang the shell.
    static let timeBudget = 10.0

    static func find(_ query: String, regex: Bool, in documents: [StoryDocument], limit: Int, context: Int = 60,
                     isCancelled: @escaping @Sendable () -> Bool) throws -> (total: Int, matches: [Match]) {
        guard query.count <= maxPattern else { throw ShellError("find: the expression is longer than \(maxPattern) characters") }
        // Curly and straight apostrophes alike, as in a plain find.
        let apostrophes = regex ? query : NSRegularExpression.escapedPattern(for: query).replacingOccurrences(of: "'", with: "['’]").replacingOccurrences(of: "’", with: "['’]")
        let pattern = regex ? apostrophes : "(?<![\\p{L}\\p{N}])" + apostrophes + "(?![\\p{L}\\p{N}])"
        let expression: NSRegularExpression
        do {
            expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            throw ShellError("find: '\(query)' is not a regular expression ICU can read")
        }
        nonisolated(unsafe) let shared = expression
        let deadline = DispatchTime.now() + .seconds(Int(timeBudget))
        let found = ParallelMap.map(documents.count) { n -> [Match] in
            var matches: [Match] = []
            for (p, paragraph) in documents[n].paragraphs.enumerated() {
                if isCancelled() { return [] }
                let text = paragraph as NSString
                // Progress reports let a pathological expression (`(a+)+$`) be stopped by
                // Ctrl-C or the time budget instead of running for ever.
                shared.enumerateMatches(in: paragraph, options: [.reportProgress], range: NSRange(location: 0, length: text.length)) { m, _, stop in
                    if isCancelled() || DispatchTime.now() > deadline { stop.pointee = true; return }
                    guard let m, m.range.length > 0 else { return }
                    let before = text.substring(to: m.range.location)
                    let after = text.substring(from: m.range.location + m.range.length)
                    matches.append(Match(story: documents[n].id, paragraph: p + 1, before: String(before.suffix(context)),
                                         match: text.substring(with: m.range), after: String(after.prefix(context))))
                }
            }
            return matches
        }
        if isCancelled() { throw ShellError("find interrupted") }
        if DispatchTime.now() > deadline {
            throw ShellError("find: the expression took more than \(Int(timeBudget)) s (nested repeats such as (a+)+ can take for ever); simplify it")
        }
        let all = found.joined()
        return (all.count, Array(all.prefix(limit)))
    }
}
