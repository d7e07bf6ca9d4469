import Foundation

/// What the headline says about the cast ("My Husband Left Me and Our Twins for Her Boss"),
/// read once: name acceptance, role phrases and roles each ask it.
struct TitleFacts {
    /// The partner's sex the headline states ("My Husband…").
    let partnerGender: Gender?
    /// The words after "left … for", determiners dropped: the rival ("her boss").
    let rivalPhrase: [String]?
    /// The partner as the headline names them: "My Ex", "My Husband", "Ex Girlfriend".
    let partnerPhrase: String?

    init(title: String?) {
        partnerGender = title.flatMap(Self.partnerGender)
        rivalPhrase = title.flatMap(Self.rivalPhrase)
        partnerPhrase = title.flatMap(Self.partnerPhrase)
    }

    static func partnerGender(_ title: String) -> Gender? {
        if let g = asciiPartnerGender(title) { return g }
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        for w in words {
            if malePartnerWords.contains(w) { return .male }
            if femalePartnerWords.contains(w) { return .female }
        }
        return nil
    }
    private static let malePartnerWords = PartnerNouns.male.union(PartnerNouns.exForms.filter { $0.gender == .male }.map(\.word))
    private static let femalePartnerWords = PartnerNouns.female.union(PartnerNouns.exForms.filter { $0.gender == .female }.map(\.word))

    /// Whether `title` is ASCII apart from dashes, curly quotes and ellipses, as headlines are.
    /// Those marks are neither letters nor case-mapped, and each is a `Character` of its own
    /// (nothing after them but ASCII), so for such a title words are runs of A-Z a-z and '-',
    /// and lowercasing is per byte.
    static func isPlain(_ title: String) -> Bool {
        for s in title.unicodeScalars where s.value >= 0x80 {
            switch s.value {
            case 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: continue
            default: return false
            }
        }
        return true
    }

    /// `partnerGender` for a plain title (`isPlain`), on its bytes: the `Character` split
    /// (grapheme breaking and `isLetter` per character) and `lowercased()` were nearly all of
    /// its cost. `.some(nil)`: no match; nil: not plain, take the general path.
    static func asciiPartnerGender(_ title: String) -> Gender?? {
        guard isPlain(title) else { return nil }
        var title = title
        return title.withUTF8 { u -> Gender?? in
            var i = 0
            while i < u.count {
                func inWord(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D }
                guard inWord(u[i]) else { i += 1; continue }
                var j = i
                while j < u.count, inWord(u[j]) { j += 1 }
                let w = UnsafeBufferPointer(rebasing: u[i..<j])
                if matches(w, maleWordBytes) { return .some(.male) }
                if matches(w, femaleWordBytes) { return .some(.female) }
                i = j
            }
            return .some(nil)
        }
    }

    private static func matches(_ w: UnsafeBufferPointer<UInt8>, _ list: [[UInt8]]) -> Bool {
        outer: for e in list where e.count == w.count {
            for k in 0..<e.count {
                let b = w[k]
                if (b >= 0x41 && b <= 0x5A ? b + 32 : b) != e[k] { continue outer }
            }
            return true
        }
        return false
    }

    private static let maleWordBytes = malePartnerWords.map { Array($0.utf8) }
    private static let femaleWordBytes = femalePartnerWords.map { Array($0.utf8) }

    static func partnerPhrase(_ title: String) -> String? {
        let words = ByteText.split(title, on: 0x20).map(String.init)
        for (i, w) in words.enumerated() {
            let head = SegmentScanner.word(w)
            guard let h = RoleNouns.heads[head], h.category == .partner else { continue }
            if i > 0, PartnerNouns.headlineOpeners.contains(words[i - 1].lowercased()) {
                return words[i - 1] + " " + w.trimmingCharacters(in: .punctuationCharacters)
            }
            if head == "ex" || head.hasPrefix("ex-") { return w.trimmingCharacters(in: .punctuationCharacters) }
        }
        return nil
    }

    static func rivalPhrase(_ title: String) -> [String]? {
        if !mayNameRival(title) { return nil }
        var v = CastVocabulary(capacity: 32)
        let toks = CastTokenizer.tokenize(Paragraphs([title]), quotes: [], vocab: &v)
        for (i, tok) in toks.enumerated() where LeavingVerbs.inHeadline.contains(v.lower(tok)) {
            var k = i + 1
            while k < toks.count, k < i + 8, toks[k].isWord, v.lower(toks[k]) != "for" { k += 1 }
            guard k < toks.count, v.lower(toks[k]) == "for" else { continue }
            var phrase: [String] = []
            k += 1
            while k < toks.count, toks[k].isWord, phrase.count < 6 {
                if CastWords.rivalPhraseEnds.contains(v.lower(toks[k])) { break }
                phrase.append(v.lower(toks[k]))
                k += 1
            }
            while let f = phrase.first, Determiners.all.contains(f) { phrase.removeFirst() }
            return phrase.isEmpty ? nil : phrase
        }
        return nil
    }

    /// False when a plain title (`isPlain`) cannot hold "left … for": a token made of letters
    /// only is then a run of the title's bytes, lowercased per byte (a possessive only shortens
    /// it), so without these substrings no token reads as the verbs or "for".
    static func mayNameRival(_ title: String) -> Bool {
        guard isPlain(title) else { return true }
        let low = Array(title.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 })
        func has(_ s: String) -> Bool {
            let n = Array(s.utf8)
            guard low.count >= n.count else { return false }
            for i in 0...(low.count - n.count) where low[i] == n[0] {
                if Array(low[i..<(i + n.count)]) == n { return true }
            }
            return false
        }
        return has("for") && LeavingVerbs.inHeadline.contains(where: has)
    }
}
