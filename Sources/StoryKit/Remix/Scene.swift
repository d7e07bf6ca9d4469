import Foundation

/// Where the return happens: at home (a door, a porch), out in the world (a café, a street, a
/// hospital, a workplace), or at a distance (a phone call, a letter). An ending written for one
/// reads wrong after another ("Get off my porch" in a coffee shop), so a splice keeps to the
/// recipient's scene and its self-check flags place words that contradict it.
public enum Scene: String, Sendable, Codable, CaseIterable {
    case home, out, remote

    /// The scene of paragraphs (the return and what follows up to the plea), or nil when no cue says.
    public static func detect(_ paragraphs: [String]) -> Scene? {
        var score: [Scene: Int] = [:]
        let text = paragraphs.joined(separator: "\n").lowercased()
        for scene in Scene.allCases {
            for (cue, weight) in SceneWords.cues[scene]! { score[scene, default: 0] += occurrences(of: cue, in: text) * weight }
        }
        let best = Scene.allCases.max { (score[$0] ?? 0) < (score[$1] ?? 0) }!
        return (score[best] ?? 0) >= 2 ? best : nil
    }

    /// The scene of a story's return: its return beat through `through` (the kept end or plea).
    public static func ofReturn(_ doc: StoryDocument, through: Int? = nil) -> Scene? {
        guard let r = doc.structure.beat(.return) else { return nil }
        let last = min(doc.paragraphs.count, max(r.last, through ?? r.last))
        guard r.first >= 1, r.first <= last else { return nil }
        return detect(Array(doc.paragraphs[(r.first - 1)..<last]))
    }

    /// At a distance, by voice (a call) or in writing (a letter, an email, a text): "I could hear
    /// him breathing" cannot follow an email.
    public enum Medium: String, Sendable { case voice, writing }

    /// The medium of a remote return, or nil when the paragraphs do not say.
    public static func medium(_ paragraphs: [String]) -> Medium? {
        let text = paragraphs.joined(separator: "\n").lowercased()
        let voice = SceneWords.voiceWords.reduce(0) { $0 + occurrences(of: $1, in: text) }
        let writing = SceneWords.writingWords.reduce(0) { $0 + occurrences(of: $1, in: text) }
        if voice == writing { return nil }
        return voice > writing ? .voice : .writing
    }

    /// The medium of a story's remote return (its return beat through `through`).
    public static func mediumOfReturn(_ doc: StoryDocument, through: Int? = nil) -> Medium? {
        guard let r = doc.structure.beat(.return) else { return nil }
        let last = min(doc.paragraphs.count, max(r.last, through ?? r.last))
        guard r.first >= 1, r.first <= last else { return nil }
        return medium(Array(doc.paragraphs[(r.first - 1)..<last]))
    }

    /// The first place word of `text` that says the scene is not `self`, or nil.
    public func contradiction(in text: String) -> String? {
        let lower = text.lowercased()
        var words: [String] = []
        for other in Scene.allCases where other != self {
            // A letter or a call can be mentioned anywhere; only home and out words place people.
            if other == .remote { continue }
            words += SceneWords.presence[other]!
        }
        if self == .remote { words += SceneWords.faceToFace }
        return words.first { Scene.occurrences(of: $0, in: lower) > 0 }
    }

    /// The first word of `text` that only fits a call, after a return in writing.
    public static func voiceContradiction(in text: String) -> String? {
        let lower = text.lowercased()
        return SceneWords.callOnly.first { occurrences(of: $0, in: lower) > 0 }
    }

    /// How many times `word` occurs in `text` as whole words.
    static func occurrences(of word: String, in text: String) -> Int {
        var n = 0
        var search = text.startIndex..<text.endIndex
        while let r = text.range(of: word, range: search) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { n += 1 }
            search = r.upperBound..<text.endIndex
        }
        return n
    }

    /// The paragraphs of an ending that still play in the scene of the return: up to the first
    /// that moves on in time or place ("That night", "At home", "Weeks later").
    public static func sceneParagraphs(_ ending: [String]) -> [String] {
        var out: [String] = []
        for p in ending {
            let lower = p.lowercased()
            if !out.isEmpty, SceneWords.shifts.contains(where: { lower.hasPrefix($0) || lower.contains(". " + $0) }) { break }
            out.append(p)
        }
        return out
    }

}
