import Foundation

/// The cue phrase files, `Resources/Cues/*.txt`: one file a lexicon, one cue a line (the
/// README beside them says how to write one). They are read when the vocabulary is first
/// built (the first story analysed), never at start-up, and compiled to vocabulary numbers
/// once (`PhraseLexicon`).
enum CueFile {
    /// A line that is not a cue, with where it is.
    struct ParseError: Error, CustomStringConvertible, Equatable {
        var file: String
        var line: Int
        var message: String
        var description: String { "Cues/\(file) line \(line): \(message)" }
    }

    /// The words of the `where` and `who` fields.
    static let voices: [String: PhraseLexicon.Voice] = ["narration": .narration, "speech": .speech, "either": .either]
    static let subjects: [String: PhraseLexicon.Subject] = ["anyone": .anyone, "partner": .partner, "narrator": .narrator,
                                                            "man": .man, "woman": .woman]
    private static func choices<T>(_ d: [String: T]) -> String { d.keys.sorted().joined(separator: ", ") }

    /// Placeholders a pattern may use, and what they stand for.
    static let placeholders: [String: String] = ["{partner}": PartnerNouns.pattern]

    /// The cues of `Resources/Cues/<name>.txt`. The files ship with storyshell and the tests
    /// parse every one, so a missing or broken file is a broken install: it stops, naming the
    /// file, the line and what is wrong.
    static func entries(_ name: String) -> [CueLine] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Cues"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("storyshell: the cue file Cues/\(name).txt is missing from its resources")
        }
        do { return try parse(text, file: name + ".txt") } catch { fatalError("storyshell: \(error)") }
    }

    /// The cues of a file's text: `pattern ; label ; weight ; where ; who ; event` a line, and
    /// optionally `; news`; `//` notes and blank lines skipped.
    static func parse(_ text: String, file: String) throws -> [CueLine] {
        var out: [CueLine] = []
        // Lines by bytes (a file is read once, but splitting it into graphemes cost more than
        // the rest of the parse); a Windows line end is a line end too.
        for (n, raw) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = ByteText.trimmed(String(Substring(raw.last == 0x0D ? raw.dropLast() : raw)))
            if line.isEmpty || line.hasPrefix("//") { continue }
            func fail(_ message: String) -> ParseError { ParseError(file: file, line: n + 1, message: message) }
            let fields = ByteText.split(line, on: 0x3B, omittingEmpty: false).map { ByteText.trimmed(String($0)) }
            guard fields.count == 6 || fields.count == 7 else {
                throw fail("a cue has six fields split by ';' (pattern ; label ; weight ; where ; who ; event) and may have a seventh (news), this line has \(fields.count)")
            }
            var pattern = ByteText.split(fields[0], on: 0x20).joined(separator: " ")
            for (name, value) in placeholders where pattern.utf8.contains(0x7B) { pattern = pattern.replacingOccurrences(of: name, with: value) }
            guard !pattern.isEmpty else { throw fail("the pattern is empty") }
            if pattern.utf8.contains(0x7B), let open = pattern.firstIndex(of: "{") {
                throw fail("unknown placeholder \(pattern[open...].prefix { $0 != " " }); the placeholders are \(choices(placeholders))")
            }
            let elements: [CueLine.Element]
            switch CueLine.elements(of: pattern) {
            case .success(let e): elements = e
            case .failure(let bad): throw fail("'\(bad.text)' is not a gap: a gap is ~ and a number, like ~3")
            }
            guard !fields[1].isEmpty else { throw fail("the label is empty") }
            guard let weight = Double(fields[2]), weight > 0, weight.isFinite else { throw fail("the weight '\(fields[2])' is not a positive number") }
            guard let voice = voices[fields[3]] else { throw fail("where is \(choices(voices)), not '\(fields[3])'") }
            guard let subject = subjects[fields[4]] else { throw fail("who is \(choices(subjects)), not '\(fields[4])'") }
            guard fields[5] == "yes" || fields[5] == "no" else { throw fail("event is yes or no, not '\(fields[5])'") }
            // The seventh field says what kind of cue it is when that matters to a rule.
            let kind = fields.count == 6 ? CueLine.Kind.plain : CueLine.Kind(rawValue: fields[6])
            guard let kind, fields.count == 6 || kind != .plain else {
                throw fail("the seventh field is news, carried or leaving, or left out, not '\(fields[6])'")
            }
            out.append(CueLine(pattern: pattern, elements: elements, label: fields[1], weight: weight, voice: voice,
                               subject: subject, event: fields[5] == "yes", kind: kind))
        }
        return out
    }
}
