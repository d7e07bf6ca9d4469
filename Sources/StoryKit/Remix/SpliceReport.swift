/// What a splice changed in the donor text and what it left out, so that nothing is
/// silently wrong: every rewrite is counted and every drop is named with its reason.
public struct SpliceReport: Sendable, Equatable {
    public var rewrites: [Rewrite] = []
    public var drops: [Drop] = []
    /// Things worth knowing that are neither (e.g. "the leaver's sex is unknown; used he").
    public var notes: [String] = []
    /// What the self-check found still wrong in the finished remix (`SpliceCheck`).
    public var warnings: [Warning] = []

    /// Something a reader would trip on, found in the finished remix.
    public struct Warning: Sendable, Equatable, Codable {
        /// donor-name, pronoun, plural-agreement, doubled-referent, mixed-quotes, place, dangling-reply, short-ending, drops.
        public var kind: String
        /// 1-based paragraph of the remix.
        public var paragraph: Int
        public var text: String
        public init(kind: String, paragraph: Int, text: String) {
            self.kind = kind
            self.paragraph = paragraph
            self.text = text
        }
        public var description: String { "¶\(paragraph) \(kind): \(text)" }
    }

    public init() {}

    /// One kind of substitution, counted: "Jake → James ×4".
    public struct Rewrite: Sendable, Equatable, Codable {
        public var from: String
        public var to: String
        public var count: Int
        /// name, role noun, child noun, kinship, leaver pronoun, child pronoun, slot.
        public var kind: String
        public init(from: String, to: String, count: Int, kind: String) {
            self.from = from
            self.to = to
            self.count = count
            self.kind = kind
        }
        public var description: String { "\(from) → \(to.isEmpty ? "(removed)" : to) ×\(count) (\(kind))" }
    }

    /// A sentence (or paragraph) of the donor left out.
    public struct Drop: Sendable, Equatable, Codable {
        /// 1-based paragraph of the donor the text came from.
        public var paragraph: Int
        /// 1-based sentence within that paragraph; nil when the whole paragraph went.
        public var sentence: Int?
        public var text: String
        public var reason: String
        public init(paragraph: Int, sentence: Int?, text: String, reason: String) {
            self.paragraph = paragraph
            self.sentence = sentence
            self.text = text
            self.reason = reason
        }
        public var description: String {
            "dropped ¶\(paragraph)\(sentence.map { " s\($0)" } ?? ""): \(reason)"
        }
    }

    /// Adds `count` to the rewrite (from, to, kind), keeping first-seen order.
    mutating func count(_ from: String, _ to: String, kind: String, by n: Int = 1) {
        if let i = rewrites.firstIndex(where: { $0.from == from && $0.to == to && $0.kind == kind }) {
            rewrites[i].count += n
        } else {
            rewrites.append(Rewrite(from: from, to: to, count: n, kind: kind))
        }
    }
}
