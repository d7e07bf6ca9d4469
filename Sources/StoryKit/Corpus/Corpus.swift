/// The stories of a session, in the order `stories` lists them, and how users name them.
public struct Corpus: Sendable {
    public private(set) var documents: [StoryDocument] = []
    private var byID: [String: Int] = [:]
    /// For each story, the earlier story it retells, by id.
    public private(set) var variants: [String: String] = [:]

    public init(_ documents: [StoryDocument] = []) {
        for d in documents { add(d) }
    }

    public var count: Int { documents.count }
    public var isEmpty: Bool { documents.isEmpty }
    public var ids: [String] { documents.map(\.id) }

    /// Adds a story; a story whose id is already present replaces it in place.
    public mutating func add(_ document: StoryDocument) {
        if let i = byID[document.id] {
            documents[i] = document
        } else {
            byID[document.id] = documents.count
            documents.append(document)
        }
    }

    public mutating func setVariants(_ map: [String: String]) { variants = map }

    /// Takes a story out (a dropped remix); those after it move up one place.
    public mutating func remove(id: String) {
        guard let i = byID[id] else { return }
        documents.remove(at: i)
        byID = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($1.id, $0) })
    }

    /// Puts `document` in the place of story `id` (a renamed remix keeps its place in `stories`).
    public mutating func replace(id: String, with document: StoryDocument) {
        guard let i = byID[id] else { return add(document) }
        documents[i] = document
        byID[id] = nil
        byID[document.id] = i
    }

    public func document(id: String) -> StoryDocument? { byID[id].map { documents[$0] } }

    public func index(of id: String) -> Int? { byID[id] }

    /// Resolves a reference per CONTRACT.md: an exact id, then a unique prefix (a loaded story over
    /// remixes of it), then a 1-based index.
    public func resolve(_ reference: String) -> Result<StoryDocument, ReferenceError> {
        if let d = document(id: reference) { return .success(d) }
        let matches = documents.filter { $0.id.hasPrefix(reference) }
        if matches.count == 1 { return .success(matches[0]) }
        // "002" still means the loaded story once remixes like "002+get-out" share its prefix.
        let loaded = matches.filter { $0.origin == nil }
        if matches.count > 1, loaded.count == 1, !reference.contains("+") { return .success(loaded[0]) }
        if matches.count > 1 { return .failure(.ambiguous(reference, candidates: matches.map(\.id))) }
        if let n = Int(reference), n >= 1, n <= documents.count { return .success(documents[n - 1]) }
        return .failure(.unknown(reference, suggestion: suggestion(for: reference)))
    }

    private func suggestion(for reference: String) -> String? {
        let lower = reference.lowercased()
        return documents.map(\.id).min { editDistance(lower, $0.lowercased()) < editDistance(lower, $1.lowercased()) }
            .flatMap { editDistance(lower, $0.lowercased()) <= max(2, lower.count / 3) ? $0 : nil }
    }
}

/// Why a story reference did not resolve.
public enum ReferenceError: Error, Equatable, Sendable {
    case unknown(String, suggestion: String?)
    case ambiguous(String, candidates: [String])
}

/// Levenshtein distance, for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
