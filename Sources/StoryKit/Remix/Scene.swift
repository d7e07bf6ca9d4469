import Foundation

/// Where the return happens: at home (a door, a porch), out in the world (a café, a street, a
/// hospital, a workplace), or at a distance (a phone call, a letter). An ending written for one
/// reads wrong after another ("Get off my porch" in a coffee shop), so a splice keeps to the
/// recipient's scene and its self-check flags place words that contradict it.
public enum Scene: String, Sendable, Codable, CaseIterable {
    case home, out, remote

    /// Words that put the narrator and the leaver in a scene, weighed by how sure they are.
    static let cues: [Scene: [(String, Int)]] = [
        .home: [("porch", 3), ("doorstep", 3), ("doorway", 3), ("front door", 3), ("doorbell", 3), ("knock", 2), ("knocked", 2),
                ("living room", 2), ("my house", 2), ("our house", 2), ("my door", 3), ("the door", 1), ("hallway", 2),
                ("the stairs", 2), ("my kitchen", 2), ("let him in", 3), ("let her in", 3), ("come in", 2), ("our home", 1),
                ("driveway", 2), ("front steps", 3), ("gate", 1)],
        .out: [("café", 3), ("cafe", 3), ("coffee shop", 3), ("restaurant", 3), ("diner", 3), ("waitress", 2), ("waiter", 2),
               ("barista", 3), ("street", 2), ("sidewalk", 3), ("parking lot", 3), ("car park", 3), ("hospital", 3), ("waiting area", 3),
               ("waiting room", 3), ("nurse", 2), ("clinic", 3), ("office", 2), ("reception", 2), ("my desk", 2), ("workplace", 3),
               ("lobby", 2), ("store", 2), ("supermarket", 3), ("grocery", 2), ("dealership", 3), ("mailboxes", 3), ("station", 2),
               ("platform", 2), ("gym", 2), ("bus stop", 3), ("school gate", 2), ("counter", 1)],
        .remote: [("phone call", 3), ("the phone", 2), ("phone rang", 3), ("called me", 2), ("his voice on", 3), ("her voice on", 3),
                  ("the line", 2), ("voicemail", 3), ("letter", 3), ("envelope", 3), ("email", 3), ("text message", 3),
                  ("hung up", 3), ("unknown number", 3), ("message", 1)],
    ]

    /// Words that only fit a scene where the two stand face to face at the narrator's home, or
    /// face to face at all: what contradicts a return elsewhere.
    static let presence: [Scene: [String]] = [
        .home: ["porch", "doorstep", "doorway", "front door", "my door", "living room", "hallway", "the stairs", "stairs behind me",
                "my house", "in my home", "let him in", "let her in", "turned the lock", "shut the door", "closed the door", "front steps",
                "down the steps", "down the path"],
        .out: ["café", "cafe", "coffee shop", "restaurant", "diner", "waitress", "waiter", "barista", "sidewalk", "parking lot",
               "hospital", "waiting room", "waiting area", "nurse", "clinic", "my desk", "lobby", "dealership", "across the table"],
        .remote: ["hung up", "on the line", "the phone", "voicemail", "the letter", "envelope", "his voice on", "her voice on"],
    ]

    /// What a face-to-face scene takes for granted, which a phone call or a letter contradicts.
    static let faceToFace = ["reached for my arm", "stepped back", "stood there", "walked away", "walked down", "looked at him", "looked at her",
                             "his face", "her face", "his eyes", "her eyes", "his hands", "her hands", "pulled me", "hugged"]

    /// The scene of paragraphs (the return and what follows up to the plea), or nil when no cue says.
    public static func detect(_ paragraphs: [String]) -> Scene? {
        var score: [Scene: Int] = [:]
        let text = paragraphs.joined(separator: "\n").lowercased()
        for scene in Scene.allCases {
            for (cue, weight) in cues[scene]! { score[scene, default: 0] += occurrences(of: cue, in: text) * weight }
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

    static let voiceWords = ["phone call", "the phone", "phone rang", "called me", "his voice on", "her voice on", "the line", "voicemail",
                             "hung up", "unknown number", "on the line", "end of the line", "hear him breathing", "hear her breathing"]
    static let writingWords = ["letter", "envelope", "email", "e-mail", "text message", "texted", "a text", "message", "wrote", "note"]

    /// The medium of a remote return, or nil when the paragraphs do not say.
    public static func medium(_ paragraphs: [String]) -> Medium? {
        let text = paragraphs.joined(separator: "\n").lowercased()
        let voice = voiceWords.reduce(0) { $0 + occurrences(of: $1, in: text) }
        let writing = writingWords.reduce(0) { $0 + occurrences(of: $1, in: text) }
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
            words += Scene.presence[other]!
        }
        if self == .remote { words += Scene.faceToFace }
        return words.first { Scene.occurrences(of: $0, in: lower) > 0 }
    }

    /// The first word of `text` that only fits a call, after a return in writing.
    public static func voiceContradiction(in text: String) -> String? {
        let lower = text.lowercased()
        return ["on the line", "end of the line", "hung up", "hear him breathing", "hear her breathing", "his voice on", "her voice on"]
            .first { occurrences(of: $0, in: lower) > 0 }
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
            if !out.isEmpty, shifts.contains(where: { lower.hasPrefix($0) || lower.contains(". " + $0) }) { break }
            out.append(p)
        }
        return out
    }

    static let shifts = ["that night", "that evening", "later", "the next", "weeks later", "months later", "a year later", "at home",
                         "when i got home", "on sunday", "on saturday", "the following", "years later", "it did not happen that night",
                         "we started", "these days", "now,", "today", "over the next"]
}
