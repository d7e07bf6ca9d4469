/// A run of capitalised words that may be a proper name ("Victor Hale", "Mrs. Patel"), with the
/// context clues that decide whether it names a person, a place or nothing at all.
struct NameSpan {
    /// Token range, title included.
    var first: Int
    var last: Int
    /// "Victor Hale", "Mrs. Patel": as written, possessive removed.
    var display: String
    /// Lowercased display: spans with one key are one name.
    var key: String
    var titled: Bool
    var femaleTitle: Bool
    var maleTitle: Bool
    var tokenCount: Int
    /// Lowercase words of the name without the title.
    var words: [String]
    var inQuote: Bool
    /// Starts a sentence, where a capital proves nothing.
    var initial: Bool
    /// Acts as a person here: said/asked, "X and I", a title, a vocative, an apposition.
    var strong = false
    /// Looks like a person here: subject of an action verb, object of "told", a possessive.
    var weak = false
    /// Preceded by "the"/"a": a place or a thing ("the Starbucks").
    var veto = false
    /// Addressed by the speaker: `“Owen, please”`, `“…, Laura.”`.
    var vocative = false
    /// The vocative opens the line (`“Nadia, you sit”`): also where "Okay," and "Ironic," stand.
    var quoteStartVocative = false
    /// `“It’s Jake.”`: the speaker names themself.
    var selfIdentified = false
    /// `“Is this Anne?”`: the speaker names the one they address.
    var askedIdentity = false
}

/// Finds name spans and scores their person evidence: one scan over the tokens.
enum NameFinder {
    /// Per canonical word id of the story's `CastVocabulary`: flat arrays, one index per token
    /// instead of hashing its string into a `Set<String>`.
    struct Stats {
        /// `CastVocabulary.base` and `localCanonical`: a shared id is its own canonical id.
        var base: Int32 = 0
        var localCanonical: [Int32] = []
        /// Words seen capitalised away from a sentence start.
        var midCap: [Bool] = []
        /// Words seen written lowercase.
        var lowerSeen: [Bool] = []
        @inline(__always) func canonical(_ id: Int32) -> Int { Int(id < base ? id : localCanonical[Int(id - base)]) }
        func isMidCap(_ tok: CastToken) -> Bool { midCap[canonical(tok.word)] }
        func isLowerSeen(_ tok: CastToken) -> Bool { lowerSeen[canonical(tok.word)] }
    }

    static func stats(_ t: [CastToken], _ v: CastVocabulary) -> Stats {
        var s = Stats(base: v.base, localCanonical: v.localCanonical, midCap: Array(repeating: false, count: v.count),
                      lowerSeen: Array(repeating: false, count: v.count))
        for tok in t where tok.isWord {
            let w = s.canonical(tok.word)
            if tok.cap {
                if !tok.initial && !tok.allCaps { s.midCap[w] = true }
            } else {
                s.lowerSeen[w] = true
            }
        }
        return s
    }

    static func isNameToken(_ tok: CastToken, _ v: CastVocabulary, _ s: Stats) -> Bool {
        guard tok.isWord, tok.cap, !tok.allCaps, !tok.has(.notNames) else { return false }
        guard v.firstScalarIsAlphabetic(tok.word) else { return false }
        // One letter is a name only as an initial standing for one ("It was J.", "J's things").
        if v.byteCount(tok.word) < 2 { return s.isMidCap(tok) && !CastWords.oneLetterWords.contains(v.lower(tok)) }
        if s.isMidCap(tok) { return true }
        // Only ever seen at a sentence start: a name only if never written lowercase and not an adverb.
        if s.isLowerSeen(tok) { return false }
        if v.endsInLy(tok.word) && v.byteCount(tok.word) > 4 { return false }
        return true
    }

    static func find(_ t: [CastToken], _ v: CastVocabulary, _ s: Stats, isHead: (Int) -> Bool) -> [NameSpan] {
        var spans: [NameSpan] = []
        var i = 0
        let n = t.count
        while i < n {
            var start = i
            var j = i
            var titled = false
            if t[i].isWord, t[i].has(.titles), t[i].cap, i + 2 < n, v.text(t[i + 1]) == ".",
               t[i + 2].isWord, t[i + 2].cap, !t[i + 2].allCaps, !t[i + 2].has(.notNames) {
                titled = true
                j = i + 2
            } else if isNameToken(t[i], v, s) {
                j = i
            } else {
                i += 1
                continue
            }
            var last = j
            while !t[last].possessive, last + 1 < n, t[last + 1].para == t[i].para, isNameToken(t[last + 1], v, s), !t[last + 1].initial {
                last += 1
            }
            // "Then Victor": drop a sentence-initial first word never seen capitalised elsewhere.
            if !titled, last > start, t[start].initial, !s.isMidCap(t[start]) { start += 1 }
            var words: [String] = []
            var display = ""
            if titled {
                display = v.text(t[start]) + ". "
                for k in (start + 2)...last { words.append(v.lower(t[k])) }
                display += (start + 2...last).map { v.text(t[$0]) }.joined(separator: " ")
            } else {
                for k in start...last { words.append(v.lower(t[k])) }
                display = (start...last).map { v.text(t[$0]) }.joined(separator: " ")
            }
            var span = NameSpan(first: start, last: last, display: display, key: display.lowercased(), titled: titled,
                                femaleTitle: titled && Titles.female.contains(v.lower(t[start])),
                                maleTitle: titled && v.lower(t[start]) == "mr", tokenCount: words.count, words: words,
                                inQuote: t[start].quote >= 0, initial: t[start].initial)
            score(&span, t, v, isHead: isHead)
            spans.append(span)
            i = last + 1
        }
        return spans
    }

    private static func word(_ t: [CastToken], _ i: Int, para: Int) -> CastToken? {
        guard i >= 0, i < t.count, t[i].para == para else { return nil }
        return t[i]
    }

    static func score(_ s: inout NameSpan, _ t: [CastToken], _ v: CastVocabulary, isHead: (Int) -> Bool) {
        let p = t[s.first].para
        let prev = word(t, s.first - 1, para: p)
        let prev2 = word(t, s.first - 2, para: p)
        let next = word(t, s.last + 1, para: p)
        let next2 = word(t, s.last + 2, para: p)
        if s.titled { s.strong = true }
        if let prev, prev.isWord, Determiners.articles.contains(v.lower(prev)) { s.veto = true }
        // "St. Mary's", "St Brigid's", "Saint Jude's": a church, a hospital or a school, never
        // the person the story is about.
        let saint = prev.map { $0.isWord ? $0 : (v.text($0) == "." ? prev2 : nil) } ?? nil
        if let saint, saint.isWord, saint.cap, CastWords.saintWords.contains(v.lower(saint)) { s.veto = true }
        if s.tokenCount >= 2, CastWords.saintWords.contains(s.words[0]) { s.veto = true }
        if let next, next.isWord, !t[s.last].possessive {
            if next.has(.speechVerbs) && v.lower(next) != "went" && v.lower(next) != "began" { s.strong = true }
            if v.lower(next) == "and", let next2, v.lower(next2) == "i" || v.lower(next2) == "me" { s.strong = true }
            // Subject of a verb of people, past adverbs and auxiliaries.
            var k = s.last + 1
            var skipped = 0
            while let w = word(t, k, para: p), w.isWord, w.has(.verbSkips), skipped < 3 { k += 1; skipped += 1 }
            if let w = word(t, k, para: p), w.isWord, w.has(.personVerbs), !w.has(.auxiliaries) {
                s.weak = true
            }
        }
        if let prev, prev.isWord {
            if let prev2, prev2.isWord, prev.has(.objectVerbs), prev2.cap || prev2.has(.subjectPronouns) || v.lower(prev2) == "we" {
                s.weak = true
            }
            if v.lower(prev) == "me", let prev2, v.lower(prev2) == "and" { s.strong = true }
            if v.lower(prev) == "named", let prev2, !CastWords.namedThings.contains(v.lower(prev2)) { s.strong = true }
            // "a calm woman called Thandi Mokoena", "some guy called Dev": a person brought in by name.
            if v.lower(prev) == "called", let prev2, RoleCueWords.strangerNouns.contains(v.lower(prev2)) || RoleCueWords.someone.contains(v.lower(prev2)) {
                s.strong = true
            }
            if SpeechVerbs.beforeName.contains(v.lower(prev)), let prev2, !prev2.isWord { s.strong = true }
            if isHead(s.first - 1) { s.strong = true }  // "My friend Priya", "my sister Hannah"
        }
        if let prev, v.text(prev) == ",", isHead(s.first - 2) { s.strong = true }  // "Our son, Colin"
        // "My boss at the auto shop, Takeshi, let me…", "My maid of honor, Aiko, sat…": a name set
        // off by commas after a phrase about a person, its head a few words back.
        if let prev, v.text(prev) == ",", let next, v.text(next) == ",", s.tokenCount == 1 {
            var k = s.first - 2
            while k >= s.first - 7, k >= 0, t[k].para == p, t[k].isWord, !t[k].cap || t[k].initial {
                if isHead(k) || CastWords.appositionHeads.contains(v.lower(t[k])) { s.strong = true; break }
                k -= 1
            }
        }
        if t[s.last].possessive, !s.veto { s.weak = true }
        if let next, v.text(next) == ",", let next2, next2.isWord, v.lower(next2) == "who" { s.weak = true }
        // "with Mark, her old college boyfriend,": who they are, after the name.
        if let next, v.text(next) == ",", let next2, next2.isWord, CastWords.appositionOwners.contains(v.lower(next2)) {
            var k = s.last + 3
            while k <= s.last + 6, k < t.count, t[k].para == p, t[k].isWord, !t[k].cap {
                if isHead(k) { s.strong = true; break }
                k += 1
            }
        }
        // Vocatives and self-identification inside speech.
        if s.inQuote {
            let q = t[s.first].quote
            // A quotation inside a sentence ("naming her “Lily”") is a word quoted, not speech.
            var o = s.first
            while o > 0, t[o - 1].quote == q, t[o - 1].para == p { o -= 1 }
            let embedded = o > 0 && t[o - 1].para == p && t[o - 1].isWord
            let openBefore = prev == nil || prev!.isQuoteMark || (prev!.quote == q && [".", "!", "?", "\u{2026}"].contains(v.text(prev!)))
            let punctAfter = next.map { !$0.isWord && v.text($0) != "'" && v.text($0) != "-" } ?? true
            // "Dear Arvid," opening a letter read out: the one it is written to.
            let dearBefore = prev.map { v.lower($0) == "dear" && $0.quote == q } ?? false
            let commaBefore = prev.map(v.text) == "," || dearBefore
            let apposition = commaBefore && isHead(s.first - 2)
            if punctAfter && !apposition && !embedded && (openBefore || commaBefore) && !t[s.last].possessive {
                s.vocative = true
                s.quoteStartVocative = openBefore
                s.strong = true
            }
            if let prev, let prev2, prev2.quote == q, prev.quote == q, !t[s.last].possessive {
                if ["it's", "it is"].contains(v.lower(prev)) || (v.lower(prev) == "is" && v.lower(prev2) == "it") || (v.lower(prev) == "is" && v.lower(prev2) == "this") {
                    s.selfIdentified = true
                    s.vocative = false
                    s.strong = true
                }
                // "You're Corinne": the speaker names the one addressed.
                if v.lower(prev) == "you're" || (v.lower(prev) == "are" && v.lower(prev2) == "you") {
                    s.askedIdentity = true
                    s.strong = true
                }
                if v.lower(prev) == "this", v.lower(prev2) == "is" {
                    s.askedIdentity = true
                    s.strong = true
                }
            }
        }
    }
}
