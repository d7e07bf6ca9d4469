import Foundation

/// Joins two stories at beat boundaries, or closes a story with an ending of a kind asked for,
/// rewriting the donor text so it reads as the recipient's (see `TextRewriter`). Pure and
/// deterministic: the same stories and arguments give the same text and report.
public struct Splicer: Sendable {
    public var library: EndingLibrary
    /// Share of a donor ending's sentences that must survive the mapping for it to be
    /// picked automatically; below it a built-in ending reads better.
    public var minimumFit = 0.85
    /// Paragraphs an ending needs to read as one.
    public static let minimumEnding = 3
    /// `--map` pairs for donor characters.
    public var overrides: [CastMap.Override] = []
    /// `--force`: use a donor or ending the fit checks refuse, with a note.
    public var force = false

    public init(library: EndingLibrary = EndingLibrary(), overrides: [CastMap.Override] = [], force: Bool = false) {
        self.library = library
        self.overrides = overrides
        self.force = force
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

    /// Where the recipient's kept part ends: its plea if it has one, else its return beat (for a
    /// story told from its return, everything before the confrontation).
    public static func keptEnd(_ doc: StoryDocument) throws -> Int {
        if let plea = Plea.paragraph(in: doc) { return plea }
        // Told from the return: the return opens the story, and the present resumes with the
        // confrontation, after the look back.
        if doc.structure.toldFromReturn, let c = doc.structure.beat(.confrontation), c.first > 1 { return c.first - 1 }
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

    /// Closes `recipient` with `donor`'s ending, if it fits (see `misfits`); with `force`, a
    /// misfit goes ahead with a note.
    public func splice(_ recipient: StoryDocument, ending kind: EndingKind?, donor: StoryDocument) throws -> Splice {
        let donorKind = donor.structure.ending.kind
        if let kind, kind != donorKind {
            throw RemixError("\(donor.id) ends \(donorKind.rawValue), not \(kind.rawValue); choose another donor or leave out --ending")
        }
        var s = try trial(recipient, donor: donor)
        let problems = misfits(recipient, donor: donor, trial: s)
        if !problems.isEmpty {
            let short = Self.shortID(donor.id)
            guard force else { throw RemixError("\(short) does not fit \(Self.shortID(recipient.id)): \(problems.joined(separator: "; ")) (add --force to use it anyway)") }
            s.report.notes.append("used \(short) although it does not fit (--force): \(problems.joined(separator: "; "))")
        }
        return finish(s, recipient: recipient, donor: donor)
    }

    /// The splice onto `donor`'s ending, before any fit check.
    func trial(_ recipient: StoryDocument, donor: StoryDocument) throws -> Splice {
        let kept = try Self.keptEnd(recipient)
        return try graft(recipient, keep: kept, donor: donor, range: try Self.endingPart(donor), ending: donor.structure.ending.kind)
    }

    /// Why `donor`'s ending would read wrong after `recipient`: a child one has and the other
    /// has not, a return in another scene, too little of it surviving, an ending too short.
    func misfits(_ recipient: StoryDocument, donor: StoryDocument, trial: Splice) -> [String] {
        var out: [String] = []
        let hasChild = !recipient.cast.members(.child).isEmpty
        if donor.cast.members(.child).isEmpty == hasChild { out.append(hasChild ? "it has no child" : "it has a child") }
        if let mine = Scene.ofReturn(recipient, through: trial.kept.upperBound), let theirs = Scene.ofReturn(donor, through: trial.donorRange?.lowerBound), mine != theirs {
            out.append("its return is \(theirs.phrase), \(Self.shortID(recipient.id))'s is \(mine.phrase)")
        } else if Scene.ofReturn(recipient, through: trial.kept.upperBound) == .remote,
                  let mine = Scene.mediumOfReturn(recipient, through: trial.kept.upperBound),
                  let theirs = Scene.mediumOfReturn(donor, through: trial.donorRange?.lowerBound), mine != theirs {
            out.append("its return is \(theirs == .voice ? "a call" : "in writing"), \(Self.shortID(recipient.id))'s is \(mine == .voice ? "a call" : "in writing")")
        }
        if let range = trial.donorRange {
            let fit = Self.fit(trial.report, donor: donor, range: range)
            if fit < minimumFit { out.append("\(Int(fit * 100))% of its ending would survive") }
        }
        let ending = trial.paragraphs.count - trial.kept.upperBound
        if ending < Self.minimumEnding { out.append("its ending would be \(ending) paragraph\(ending == 1 ? "" : "s")") }
        return out
    }

    /// Closes `recipient` with a built-in ending. One written for another scene is refused
    /// unless `force`.
    public func splice(_ recipient: StoryDocument, template: EndingTemplate) throws -> Splice {
        let kept = try Self.keptEnd(recipient)
        var report = SpliceReport()
        let forms = CastForms(recipient)
        report.notes += forms.guesses
        var problems: [String] = []
        if let mine = Scene.ofReturn(recipient, through: kept), !template.fits(mine) {
            problems.append("it is set \(template.scenes.map(\.phrase).joined(separator: " or ")), \(Self.shortID(recipient.id))'s return is \(mine.phrase)")
        }
        if template.paragraphs.count < Self.minimumEnding { problems.append("it has \(template.paragraphs.count) paragraph\(template.paragraphs.count == 1 ? "" : "s")") }
        if !problems.isEmpty {
            guard force else { throw RemixError("\(template.name) does not fit \(Self.shortID(recipient.id)): \(problems.joined(separator: "; ")) (add --force to use it anyway)") }
            report.notes.append("used \(template.name) although it does not fit (--force): \(problems.joined(separator: "; "))")
        }
        let ending = try template.fill(for: forms, report: &report)
        let s = Splice(paragraphs: Array(recipient.paragraphs[0..<kept]) + ending, kept: 1...kept, donorID: nil, donorRange: nil,
                       template: template.name, ending: template.kind, report: report)
        return finish(s, recipient: recipient, donor: nil)
    }

    /// Closes `recipient` with an ending of `kind`: the best-fitting story of `corpus` (same
    /// roles present, the same scene, most of its ending surviving the mapping), else a
    /// built-in ending, preferring one written for the scene of the return.
    public func splice(_ recipient: StoryDocument, ending kind: EndingKind, corpus: [StoryDocument]) throws -> Splice {
        let hasChild = !recipient.cast.members(.child).isEmpty
        var notes: [String] = []
        var best: (Splice, Double, StoryDocument)?
        for d in corpus where d.id != recipient.id && d.origin == nil && d.structure.ending.kind == kind {
            let short = Self.shortID(d.id)
            if d.cast.members(.child).isEmpty == hasChild {
                notes.append("\(short) does not fit: \(hasChild ? "it has no child" : "it has a child")")
                continue
            }
            guard let trial = try? trial(recipient, donor: d), let range = trial.donorRange else { continue }
            var problems = misfits(recipient, donor: d, trial: trial)
            let checked = finish(trial, recipient: recipient, donor: d)
            if problems.isEmpty, !checked.report.warnings.isEmpty {
                problems.append("the self-check finds \(checked.report.warnings.map(\.kind).joined(separator: ", "))")
            }
            if !problems.isEmpty { notes.append("\(short) does not fit: \(problems.joined(separator: "; "))"); continue }
            let fit = Self.fit(trial.report, donor: d, range: range)
            if best == nil || fit > best!.1 { best = (trial, fit, d) }
        }
        if let (splice, _, donor) = best {
            var s = splice
            s.report.notes = notes + s.report.notes
            return finish(s, recipient: recipient, donor: donor)
        }
        let forms = CastForms(recipient)
        let kept = try Self.keptEnd(recipient)
        let scene = Scene.ofReturn(recipient, through: kept)
        let all = library.candidates(kind, hasChild: hasChild)
        guard !all.isEmpty else {
            throw RemixError("no story of the corpus fits and there is no built-in \(kind.rawValue) ending\(hasChild ? "" : " without a child") (samples/endings)")
        }
        // The scene first: one that uses the child, else any of the scene, else any of the kind.
        let ofKind = library.templates.filter { $0.kind == kind && (hasChild || !$0.needsChild) && $0.paragraphs.count >= Self.minimumEnding }
        let fitting = ofKind.filter { $0.fits(scene) }
        var candidates = all.filter { $0.fits(scene) }
        if candidates.isEmpty { candidates = fitting }
        if candidates.isEmpty {
            candidates = all
            if let scene { notes.append("no built-in \(kind.rawValue) ending is set \(scene.phrase); the place words may not fit") }
        }
        let start = Int(Self.fnv(recipient.id) % UInt64(candidates.count))
        var problems: [String] = []
        var first: Splice?
        var forced = self
        forced.force = true
        for k in 0..<candidates.count {
            let t = candidates[(start + k) % candidates.count]
            var scratch = SpliceReport()
            do {
                _ = try t.fill(for: forms, report: &scratch)
            } catch {
                problems.append("\(error)")
                continue
            }
            var s = try forced.splice(recipient, template: t)
            s.report.notes = notes + ["used the built-in ending \(t.name)"] + s.report.notes.filter { !$0.contains("--force") }
            // The first that passes the self-check; else the first that fills.
            if s.report.warnings.isEmpty { return s }
            if first == nil { first = s }
        }
        if let first { return first }
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
        let s = try graft(recipient, keep: cut.last, donor: donor, range: beat.first...donor.paragraphs.count, ending: donor.structure.ending.kind)
        return finish(s, recipient: recipient, donor: donor)
    }

    // MARK: Shared

    func graft(_ recipient: StoryDocument, keep: Int, donor: StoryDocument, range: ClosedRange<Int>, ending: EndingKind) throws -> Splice {
        let forms = CastForms(recipient)
        var report = SpliceReport()
        report.notes += forms.guesses
        let map = CastMap(donor: donor.cast, recipient: forms, recipientID: Self.shortID(recipient.id), overrides: overrides)
        let rewriter = TextRewriter(donor: donor, map: map, recipientID: Self.shortID(recipient.id))
        let tail = rewriter.rewrite(range, report: &report)
        guard !tail.isEmpty else {
            throw RemixError("nothing of \(donor.id) ¶\(range.lowerBound)–\(range.upperBound) survives the mapping onto \(recipient.id)")
        }
        return Splice(paragraphs: Array(recipient.paragraphs[0..<keep]) + tail, kept: 1...keep, donorID: donor.id, donorRange: range,
                      template: nil, ending: ending, report: report)
    }

    /// The ending in the recipient's quotation marks, and the self-check's warnings.
    func finish(_ splice: Splice, recipient: StoryDocument, donor: StoryDocument?) -> Splice {
        var s = splice
        let keep = s.kept.upperBound
        let kept = Array(s.paragraphs[0..<keep])
        if let style = QuoteStyle.detect(kept) {
            let apostrophes = QuoteStyle.straightApostrophes(kept) == (style == .straight)
            var changed = 0
            for i in keep..<s.paragraphs.count {
                let fixed = style.apply(s.paragraphs[i], apostrophes: apostrophes)
                if fixed != s.paragraphs[i] { changed += 1; s.paragraphs[i] = fixed }
            }
            if changed > 0 { s.report.count("quotation marks", style.rawValue, kind: "quote style", by: changed) }
        }
        var check = SpliceCheck(recipient: recipient, forms: CastForms(recipient), donor: donor?.cast, scene: Scene.ofReturn(recipient, through: keep))
        check.medium = Scene.mediumOfReturn(recipient, through: keep)
        if let donor, let style = QuoteStyle.detect(kept) {
            let apostrophes = QuoteStyle.straightApostrophes(kept) == (style == .straight)
            check.donorParagraphs = donor.paragraphs.map { style.apply($0, apostrophes: apostrophes) }
        } else if let donor {
            check.donorParagraphs = Array(donor.paragraphs)
        }
        s.report.warnings = check.warnings(s.paragraphs, kept: keep)
        // Many drops leave holes a reader falls into, even when each one was right.
        if let donor, let range = s.donorRange {
            let fit = Self.fit(s.report, donor: donor, range: range)
            if fit < minimumFit {
                s.report.warnings.append(.init(kind: "drops", paragraph: keep + 1,
                                               text: "\(Int(((1 - fit) * 100).rounded()))% of the donor's sentences were dropped; the ending may have gaps"))
            }
        }
        s.report.warnings.sort { $0.paragraph < $1.paragraph }
        return s
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
