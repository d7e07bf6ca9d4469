import Foundation

/// Joins two stories at beat boundaries, or closes a story with an ending of a kind asked for,
/// rewriting the donor text so it reads as the recipient's (see `TextRewriter`). Pure and
/// deterministic: the same stories and arguments give the same text and report.
public struct Splicer: Sendable {
    public var library: EndingLibrary
    /// Share of a donor ending's sentences that must survive the mapping for it to be
    /// picked automatically; below it a built-in ending reads better.
    public var minimumFit = 0.85

    public init(library: EndingLibrary = EndingLibrary()) {
        self.library = library
    }

    /// A finished splice, before it becomes a story of the session.
    public struct Splice: Sendable {
        public var paragraphs: [String]
        /// The recipient's paragraphs kept, 1-based.
        public var kept: ClosedRange<Int>
        public var donorID: String?
        public var donorRange: ClosedRange<Int>?
        public var template: String?
        public var ending: EndingKind?
        public var report: SpliceReport
    }

    // MARK: Ending mode

    /// Where the recipient's kept part ends: its plea if it has one, else its return beat.
    public static func keptEnd(_ doc: StoryDocument) throws -> Int {
        if let plea = Plea.paragraph(in: doc) { return plea }
        if let r = doc.structure.beat(.return) { return r.last }
        if let c = doc.structure.beat(.confrontation), c.first > 1 { return c.first - 1 }
        throw RemixError("\(doc.id) has no return beat to splice after (see: outline \(doc.id))")
    }

    /// The donor's ending: the reply in its confrontation (after its plea) and its resolution.
    public static func endingPart(_ donor: StoryDocument) throws -> ClosedRange<Int> {
        let n = donor.paragraphs.count
        let start: Int
        if let plea = Plea.paragraph(in: donor) { start = plea + 1 }
        else if let c = donor.structure.beat(.confrontation) { start = c.first }
        else if let r = donor.structure.beat(.resolution) { start = r.first }
        else { throw RemixError("\(donor.id) has no confrontation or resolution to take an ending from") }
        guard start <= n else { throw RemixError("\(donor.id) has nothing after its plea to take as an ending") }
        return start...n
    }

    /// Closes `recipient` with `donor`'s ending.
    public func splice(_ recipient: StoryDocument, ending kind: EndingKind?, donor: StoryDocument) throws -> Splice {
        let donorKind = donor.structure.ending.kind
        if let kind, kind != donorKind {
            throw RemixError("\(donor.id) ends \(donorKind.rawValue), not \(kind.rawValue); choose another donor or leave out --ending")
        }
        let kept = try Self.keptEnd(recipient)
        return try graft(recipient, keep: kept, donor: donor, range: try Self.endingPart(donor), ending: donorKind)
    }

    /// Closes `recipient` with a built-in ending.
    public func splice(_ recipient: StoryDocument, template: EndingTemplate) throws -> Splice {
        let kept = try Self.keptEnd(recipient)
        var report = SpliceReport()
        let forms = CastForms(recipient)
        report.notes += forms.guesses
        let ending = try template.fill(for: forms, report: &report)
        return Splice(paragraphs: Array(recipient.paragraphs[0..<kept]) + ending, kept: 1...kept, donorID: nil, donorRange: nil,
                      template: template.name, ending: template.kind, report: report)
    }

    /// Closes `recipient` with an ending of `kind`: the best-fitting story of `corpus` (same
    /// roles present, most of its ending surviving the mapping), else a built-in ending.
    public func splice(_ recipient: StoryDocument, ending kind: EndingKind, corpus: [StoryDocument]) throws -> Splice {
        let hasChild = !recipient.cast.members(.child).isEmpty
        var notes: [String] = []
        var best: (Splice, Double)?
        for d in corpus where d.id != recipient.id && d.origin == nil && d.structure.ending.kind == kind {
            let short = d.id.split(separator: "_").first.map(String.init) ?? d.id
            if d.cast.members(.child).isEmpty == hasChild {
                notes.append("\(short) does not fit: \(hasChild ? "it has no child" : "it has a child")")
                continue
            }
            guard let trial = try? splice(recipient, ending: kind, donor: d), let range = trial.donorRange else { continue }
            let fit = Self.fit(trial.report, donor: d, range: range)
            if fit < minimumFit { notes.append("\(short) does not fit: \(Int(fit * 100))% of its ending would survive") }
            if best == nil || fit > best!.1 { best = (trial, fit) }
        }
        if let (splice, fit) = best, fit >= minimumFit {
            var s = splice
            s.report.notes = notes + s.report.notes
            return s
        }
        let forms = CastForms(recipient)
        let candidates = library.candidates(kind, hasChild: hasChild)
        guard !candidates.isEmpty else {
            throw RemixError("no story of the corpus fits and there is no built-in \(kind.rawValue) ending\(hasChild ? "" : " without a child") (samples/endings)")
        }
        let start = Int(Self.fnv(recipient.id) % UInt64(candidates.count))
        var problems: [String] = []
        for k in 0..<candidates.count {
            let t = candidates[(start + k) % candidates.count]
            var scratch = SpliceReport()
            do {
                _ = try t.fill(for: forms, report: &scratch)
            } catch {
                problems.append("\(error)")
                continue
            }
            var s = try splice(recipient, template: t)
            s.report.notes = notes + ["used the built-in ending \(t.name)"] + s.report.notes
            return s
        }
        throw RemixError("no built-in \(kind.rawValue) ending fits: \(problems.joined(separator: "; "))")
    }

    // MARK: General mode

    /// Keeps `recipient` through beat `at`, then continues with `donor` from beat `from`
    /// (default: the beat after `at`, or the next one the donor has).
    public func splice(_ recipient: StoryDocument, at: BeatKind, with donor: StoryDocument, from: BeatKind?) throws -> Splice {
        guard let cut = recipient.structure.beat(at) else {
            throw RemixError("\(recipient.id) has no \(at.rawValue) beat; its beats are \(recipient.structure.beats.map(\.kind.rawValue).joined(separator: ", "))")
        }
        let beat: BeatSpan
        if let from {
            guard let b = donor.structure.beat(from) else {
                throw RemixError("\(donor.id) has no \(from.rawValue) beat; its beats are \(donor.structure.beats.map(\.kind.rawValue).joined(separator: ", "))")
            }
            beat = b
        } else {
            guard let b = donor.structure.beats.first(where: { $0.kind > at }) else {
                throw RemixError("\(donor.id) has no beat after \(at.rawValue) to continue with")
            }
            beat = b
        }
        return try graft(recipient, keep: cut.last, donor: donor, range: beat.first...donor.paragraphs.count, ending: donor.structure.ending.kind)
    }

    // MARK: Shared

    func graft(_ recipient: StoryDocument, keep: Int, donor: StoryDocument, range: ClosedRange<Int>, ending: EndingKind) throws -> Splice {
        let forms = CastForms(recipient)
        var report = SpliceReport()
        report.notes += forms.guesses
        let map = CastMap(donor: donor.cast, recipient: forms, recipientID: Self.shortID(recipient.id))
        let rewriter = TextRewriter(donor: donor, map: map, recipientID: Self.shortID(recipient.id))
        let tail = rewriter.rewrite(range, report: &report)
        guard !tail.isEmpty else {
            throw RemixError("nothing of \(donor.id) ¶\(range.lowerBound)–\(range.upperBound) survives the mapping onto \(recipient.id)")
        }
        return Splice(paragraphs: Array(recipient.paragraphs[0..<keep]) + tail, kept: 1...keep, donorID: donor.id, donorRange: range,
                      template: nil, ending: ending, report: report)
    }

    /// Share of the donor range's sentences kept.
    static func fit(_ report: SpliceReport, donor: StoryDocument, range: ClosedRange<Int>) -> Double {
        let seg = donor.segments
        let total = range.reduce(0) { $0 + seg.sentencesByParagraph[$1 - 1].count }
        guard total > 0 else { return 0 }
        let dropped = report.drops.reduce(0) { $0 + ($1.sentence == nil ? seg.sentencesByParagraph[$1.paragraph - 1].count : 1) }
        return 1 - Double(dropped) / Double(total)
    }

    /// "002" for "002_b1ee88bcdbdb1831": what users type, and what remix ids are made of.
    public static func shortID(_ id: String) -> String {
        if let u = id.firstIndex(of: "_"), !id.contains("+") { return String(id[..<u]) }
        return id
    }

    /// FNV-1a: a stable hash (Swift's `Hasher` is seeded per process).
    public static func fnv(_ s: String, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = seed
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }
}
