/// A story with its remixes as one branching text, for Twee and ink: the recipient's kept
/// part as passages per beat, then a choice between its original ending and each remix's.
public struct BranchingStory: Sendable, Equatable {
    public struct Passage: Sendable, Equatable {
        /// A readable name (made safe and unique by each format).
        public var name: String
        public var paragraphs: [String]
        /// The passage that follows, or nil at a choice or an end.
        public var next: Int?
        /// (label, passage) pairs offered at the branch point.
        public var choices: [(label: String, target: Int)]

        public static func == (a: Passage, b: Passage) -> Bool {
            a.name == b.name && a.paragraphs == b.paragraphs && a.next == b.next
                && a.choices.map(\.label) == b.choices.map(\.label) && a.choices.map(\.target) == b.choices.map(\.target)
        }
    }

    public var id: String
    public var title: String
    public var passages: [Passage]
    /// How many endings the reader can choose between.
    public var endings: Int

    /// Paragraphs per passage in an ending, so a long ending still reads as pages.
    static let pageSize = 6

    /// Builds the branching text for `doc` with the remixes among `family` (the session's stories).
    /// For a story: its own ending plus every remix of it; for a remix: its recipient's ending
    /// plus its own and its siblings'.
    /// `labels` sets a choice's words by remix id, `original`, or ending kind (`--label`).
    public static func build(_ doc: StoryDocument, family: [StoryDocument], labels: [String: String] = [:]) -> BranchingStory {
        var base = doc
        if let source = doc.origin?.sources.first, let recipient = family.first(where: { $0.id == source }) { base = recipient }
        var remixes = family.filter { $0.origin?.sources.first == base.id && $0.id != base.id }
        if doc.origin != nil, !remixes.contains(where: { $0.id == doc.id }) { remixes.append(doc) }
        if base === doc && doc.origin != nil { remixes = [] }
        // The branch point: the longest start every remix shares with the recipient.
        let shared = remixes.map { r in zip(base.paragraphs, r.paragraphs).prefix { $0 == $1 }.count }.filter { $0 > 0 }
        remixes = zip(remixes, remixes.map { r in zip(base.paragraphs, r.paragraphs).prefix { $0 == $1 }.count }).filter { $0.1 > 0 }.map(\.0)
        let branch = shared.min() ?? base.paragraphs.count

        var passages: [Passage] = []
        // The kept part, one passage per beat (paragraphs before the first beat join it).
        var starts = base.structure.beats.map(\.first).filter { $0 <= branch }
        if starts.first != 1 { starts.insert(1, at: 0) }
        starts = Array(Set(starts)).sorted()
        for (i, s) in starts.enumerated() where branch >= 1 {
            let end = i + 1 < starts.count ? starts[i + 1] - 1 : branch
            let name = base.structure.beats.first { $0.first == s }.map { $0.kind.rawValue.capitalized } ?? "Opening"
            passages.append(Passage(name: name, paragraphs: Array(base.paragraphs[(s - 1)..<end]), next: nil, choices: []))
        }
        for i in passages.indices.dropLast() { passages[i].next = i + 1 }

        // The endings, each a chain of pages, offered in the reader's words ("Take him back").
        let him = base.cast.leaver?.gender == .female ? "her" : "him"
        var options: [(String, [String])] = []
        var used: [String: Int] = [:]
        func label(_ key: String, _ kind: EndingKind) -> String {
            var text = (labels[key] ?? labels[kind.rawValue] ?? Self.label(kind, him: him)).split(whereSeparator: \.isNewline).joined(separator: " ")
            used[text, default: 0] += 1
            if let n = used[text], n > 1 { text += " (\(n))" }
            return text
        }
        if branch < base.paragraphs.count {
            options.append((label("original", base.structure.ending.kind), Array(base.paragraphs[branch...])))
        }
        for r in remixes where branch < r.paragraphs.count {
            options.append((label(r.id, r.origin?.ending ?? r.structure.ending.kind), Array(r.paragraphs[branch...])))
        }
        var choices: [(String, Int)] = []
        for option in options {
            let pages = stride(from: 0, to: option.1.count, by: pageSize).map { Array(option.1[$0..<min($0 + pageSize, option.1.count)]) }
            for (k, page) in pages.enumerated() {
                if k == 0 { choices.append((option.0, passages.count)) } else { passages[passages.count - 1].next = passages.count }
                passages.append(Passage(name: k == 0 ? option.0 : "\(option.0) (\(k + 1))", paragraphs: page, next: nil, choices: []))
            }
        }
        if passages.isEmpty { passages.append(Passage(name: "Story", paragraphs: Array(base.paragraphs), next: nil, choices: [])) }
        if !choices.isEmpty {
            let last = starts.count - 1
            if choices.count == 1 { passages[last].next = choices[0].1 } else { passages[last].choices = choices.map { (label: $0.0, target: $0.1) } }
        }
        // A remix is exported under its own title, the one every view shows.
        return BranchingStory(id: doc.id, title: doc.title ?? base.title ?? base.id, passages: passages, endings: options.count)
    }

    /// What a reader chooses: "Take him back", "Tell him to go", "Tell him you have moved on".
    public static func label(_ kind: EndingKind, him: String) -> String {
        switch kind {
        case .forgive: return "Take \(him) back"
        case .getOut: return "Tell \(him) to go"
        case .movedOn: return "Tell \(him) you have moved on"
        }
    }

    /// Every passage's text, for a hash that changes when the story does.
    var fingerprint: String {
        passages.map { $0.name + "\n" + $0.paragraphs.joined(separator: "\n") + $0.choices.map(\.label).joined() }.joined(separator: "\n")
    }
}
