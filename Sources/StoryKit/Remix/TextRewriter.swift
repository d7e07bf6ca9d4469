import Foundation

/// Rewrites donor paragraphs for a recipient, sentence by sentence: names, role nouns, the
/// child's nouns and pronouns, the leaver's pronouns and parent words. Each pronoun is first
/// resolved to its referent (named here, spoken of just before, the speaker of a tag, else the
/// leaver), then mapped; one child who is twins in the recipient becomes "they" with plural
/// verbs. A sentence it cannot make right (someone with no counterpart, an unknown name, a
/// pronoun no one near can be) is dropped and reported, never left wrong, and a question and
/// its answer are dropped together.
public struct TextRewriter {
    public let map: CastMap
    public let donor: StoryDocument
    public let recipientID: String
    /// Capitalised words the donor uses mid-sentence that no cast member explains: names and places.
    let strangers: Set<String>
    /// The donor's token layer, read once for the whole splice.
    let donorTokens: DocumentTokens
    /// Where each donor paragraph's tokens start in `donorTokens.cast`, and a last entry for the end.
    let paragraphTokens: [Int]

    public init(donor: StoryDocument, map: CastMap, recipientID: String) {
        self.donor = donor
        self.map = map
        self.recipientID = recipientID
        let donorTokens = donor.borrowTokens()
        self.donorTokens = donorTokens
        var starts: [Int] = []
        starts.reserveCapacity(donor.paragraphs.count + 1)
        var k = 0
        for p in 0..<donor.paragraphs.count {
            while k < donorTokens.cast.count, donorTokens.cast[k].para < p { k += 1 }
            starts.append(k)
        }
        starts.append(donorTokens.cast.count)
        paragraphTokens = starts
        var known = Set<String>()
        for m in donor.cast.members { if let n = m.name { known.formUnion(Self.words(n)) } }
        let paragraphs = donor.paragraphs.indices.map { p in
            Self.pieces(of: donor.paragraphs[p], donorTokens.cast[starts[p]..<starts[p + 1]], vocab: donorTokens.vocabulary, at: 0)
        }
        // A word the donor also writes in lower case ("My", "Not") is not a name.
        var lower = Set<String>()
        for tokens in paragraphs { for t in tokens where t.isWord && t.text.first!.isLowercase { lower.insert(t.text) } }
        var strangers = Set<String>()
        for tokens in paragraphs {
            for (i, t) in tokens.enumerated() where t.isWord && Self.isCapitalised(t.text) && !Self.startsSentence(tokens, i)
                && !NotNames.remix.contains(t.text) && !known.contains(t.text) && !lower.contains(t.text.lowercased()) {
                strangers.insert(t.text)
            }
        }
        self.strangers = strangers
    }


    // MARK: Paragraphs

    /// One donor sentence and what became of it.
    struct Item {
        var paragraph: Int
        var sentence: Int
        var source: String
        var text: String?
        var reason: String?
        var openBefore: Bool
        var openAfter: Bool
        var quoted: Bool { openBefore || source.contains("“") || source.contains("\"") }
        var question: Bool { quoted && source.contains("?") }
    }

    /// Rewrites donor paragraphs `range` (1-based); returns the kept paragraphs.
    public func rewrite(_ range: ClosedRange<Int>, report: inout SpliceReport) -> [String] {
        let seg = donor.segments
        var items: [[Item]] = []
        var previousMentions: [Int] = []
        var previous = ""
        // One sentence of narration about no one keeps the last person spoken of in mind; a
        // second, or a line of dialogue, lets the scene fall back on the leaver.
        var carried = false
        func remember(_ mentions: [Int], quoted: Bool) {
            if !mentions.isEmpty { previousMentions = mentions; carried = false }
            else if quoted || carried { previousMentions = [] }
            else { carried = true }
        }
        for p in range where p >= 1 && p <= donor.paragraphs.count {
            // A new paragraph after narration about no one starts again from the leaver.
            if carried { previousMentions = []; carried = false }
            let text = donor.paragraphs[p - 1] as NSString
            var row: [Item] = []
            for (i, s) in seg.sentences(inParagraph: p - 1).enumerated() {
                let openBefore = Self.insideQuote(text.substring(to: s.range.lowerBound))
                let openAfter = Self.insideQuote(text.substring(to: s.range.upperBound))
                var item = Item(paragraph: p, sentence: i + 1, source: s.text, openBefore: openBefore, openAfter: openAfter)
                let sentenceTokens = donorTokens.cast[paragraphTokens[p - 1]..<paragraphTokens[p]].filter { s.range.contains($0.start) }
                let tokens = Self.pieces(of: s.text, sentenceTokens[...], vocab: donorTokens.vocabulary, at: s.range.lowerBound)
                switch rewriteSentence(s.text, tokens: tokens, paragraph: p, openBefore: openBefore, previousMentions: previousMentions, previous: previous, report: &report) {
                case .keep(let t, let mentions):
                    item.text = t
                    remember(mentions, quoted: item.quoted)
                case .drop(let reason, let mentions):
                    item.reason = reason
                    remember(mentions, quoted: item.quoted)
                }
                row.append(item)
                previous = s.text
            }
            items.append(row)
        }
        Self.pairQuestionsAndReplies(&items)
        var out: [String] = []
        for row in items {
            guard let p = row.first?.paragraph else { continue }
            let drops = row.filter { $0.reason != nil }
            let kept = row.filter { $0.reason == nil }
            if kept.isEmpty, !drops.isEmpty, Set(drops.map(\.reason!)).count == 1 {
                report.drops.append(.init(paragraph: p, sentence: nil, text: donor.paragraphs[p - 1], reason: drops[0].reason!))
            } else {
                report.drops += drops.map { .init(paragraph: p, sentence: $0.sentence, text: $0.source, reason: $0.reason!) }
            }
            if !kept.isEmpty {
                out.append(Self.balance(kept.map { ($0.text!, $0.openBefore, $0.openAfter) }, endsOpen: Self.insideQuote(donor.paragraphs[p - 1])))
            }
        }
        return out
    }

    /// A question and its answer go together: when one is dropped, so is the other, so that
    /// no reply is left answering nothing ("“Absolutely, sweetie,” I said").
    static func pairQuestionsAndReplies(_ items: inout [[Item]]) {
        for _ in 0..<3 {
            var changed = false
            for r in items.indices.dropLast() where !items[r].isEmpty && !items[r + 1].isEmpty {
                guard let q = items[r].lastIndex(where: \.quoted), items[r][q].question,
                      let a = items[r + 1].firstIndex(where: \.quoted), a == 0 else { continue }
                let question = items[r][q], answer = items[r + 1][a]
                if question.reason != nil, answer.reason == nil {
                    items[r + 1][a].reason = "answers a question that was dropped (¶\(question.paragraph))"
                    changed = true
                } else if answer.reason != nil, question.reason == nil {
                    items[r][q].reason = "asks a question whose answer was dropped (¶\(answer.paragraph))"
                    changed = true
                }
            }
            if !changed { break }
        }
    }

    /// Joins kept sentences, adding or closing quotation marks where a dropped sentence took one.
    static func balance(_ kept: [(text: String, openBefore: Bool, openAfter: Bool)], endsOpen: Bool) -> String {
        var parts: [String] = []
        var open = false
        for s in kept {
            var t = s.text
            if s.openBefore && !open { t = "“" + t }
            if !s.openBefore && open, !parts.isEmpty { parts[parts.count - 1] += "”" }
            parts.append(t)
            open = s.openAfter
        }
        if open && !endsOpen, !parts.isEmpty { parts[parts.count - 1] += "”" }
        return parts.joined(separator: " ")
    }

    static func insideQuote(_ s: String) -> Bool {
        var open = false
        for c in s {
            if c == "“" { open = true } else if c == "”" { open = false } else if c == "\"" { open.toggle() }
        }
        return open
    }

    // MARK: Sentences

    enum Outcome { case keep(String, [Int]), drop(String, [Int]) }

    struct Edit { var range: Range<String.Index>; var text: String }

    /// Rewrites sentence `s`, whose pieces are `tokens`.
    func rewriteSentence(_ s: String, tokens: [Token], paragraph p: Int, openBefore: Bool, previousMentions: [Int], previous: String = "",
                         report: inout SpliceReport) -> Outcome {
        var covered = Set<Int>()
        var edits: [Edit] = []
        var counts: [(String, String, String)] = []
        var mentions: [Int] = []
        var plural = false
        let r = map.recipient
        // Who is spoken of in narration counts for the pronouns of narration; a name inside
        // someone's quote ("“Ava learned to ride,” I said") does not make "he smiled" hers.
        var open = openBefore
        var inQuote: [Int: Bool] = [:]
        for (k, t) in tokens.enumerated() {
            if t.text == "“" { open = true } else if t.text == "”" { open = false } else if t.text == "\"" { open.toggle() }
            inQuote[k] = open
        }
        var narrated: [Int] = []
        var childRefs: [Int: [Int]] = [:]

        // Names and labels of the donor's cast.
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, let (phrase, end) = matchPhrase(tokens, at: i) else { i += 1; continue }
            let entry = map.entry(phrase.member)!
            mentions.append(phrase.member)
            if inQuote[i] != true { narrated.append(phrase.member) }
            if let reason = entry.dropReason { return .drop(reason, mentions) }
            let start = tokens[i].range.lowerBound, stop = tokens[end].range.upperBound
            let atStart = Self.startsSentence(tokens, i)
            let allCaps = tokens[i].text.count > 1 && tokens[i].text == tokens[i].text.uppercased() && tokens[i].text != "I"
            if entry.member.role == .narrator || (entry.member.role == .leaver && !entry.named && phrase.isName) {
                if entry.member.role == .narrator, let name = entry.replacement {
                    edits.append(Edit(range: start..<stop, text: allCaps ? name.uppercased() : name))
                    counts.append((phrase.text, name, "name"))
                } else if let v = vocative(tokens, i, end, s) {
                    edits.append(v)
                    counts.append((phrase.text, "", entry.member.role == .narrator ? "vocative" : "name"))
                } else if entry.member.role == .leaver, let label = entry.replacement {
                    if end + 2 < tokens.count, ["’", "'"].contains(tokens[end + 1].text), tokens[end + 2].text == "s" {
                        let his = r.leaverGender == .male ? "his" : "her"
                        edits.append(Edit(range: start..<tokens[end + 2].range.upperBound, text: atStart ? his.capitalized : his))
                        counts.append((phrase.text + "’s", his, "name"))
                    } else {
                        edits.append(Edit(range: start..<stop, text: atStart ? Self.capitalise(label) : label))
                        counts.append((phrase.text, label, "name"))
                    }
                } else {
                    return .drop("names the narrator (\(phrase.text)); \(recipientID)'s narrator has no name", mentions)
                }
            } else if var to = entry.replacement {
                // "the daughter you told me to give away" is "the son…" or "the twins…", never "the Colin…".
                if entry.member.role == .child, !phrase.isName, phrase.words.count == 2, Determiners.definite.contains(phrase.words[0]), let c = r.child {
                    to = phrase.words[0] + " " + c.noun
                }
                var text = atStart ? Self.capitalise(to) : to
                if allCaps { text = text.uppercased() }
                if entry.pronoun == .plural { plural = true }
                // "Lily’s" for the twins is "the twins’".
                var upper = stop
                if entry.pronoun == .plural, to.hasSuffix("s"), end + 2 < tokens.count, ["’", "'"].contains(tokens[end + 1].text), tokens[end + 2].text == "s" {
                    upper = tokens[end + 2].range.upperBound
                    text += tokens[end + 1].text
                }
                if phrase.text != to { edits.append(Edit(range: start..<upper, text: text)) }
                if phrase.text != to { counts.append((phrase.text, to, phrase.isName ? "name" : "noun")) }
            }
            for k in i...end { covered.insert(k) }
            childRefs[phrase.member, default: []].append(i)
            i = end + 1
        }

        // Word rules: partner nouns, parents, children, strangers; pronouns collected.
        var pronouns: [Int] = []
        for (k, t) in tokens.enumerated() where t.isWord && !covered.contains(k) {
            let lw = t.text.lowercased()
            if Pronouns.male.contains(lw) || Pronouns.female.contains(lw) {
                pronouns.append(k)
            } else if CastForms.partnerNouns.contains(lw) {
                let nounGender = CastForms.gender(ofPartnerNoun: lw)
                if nounGender == map.donorLeaverGender || map.donorLeaverGender == nil {
                    if lw != r.partnerNoun {
                        edits.append(Edit(range: t.range, text: Self.matchCase(r.partnerNoun, t.text)))
                        counts.append((lw, r.partnerNoun, "role noun"))
                    }
                } else if map.donorLeaverGender != r.leaverGender {
                    return .drop("calls the narrator “\(t.text)”, which may not fit \(recipientID)", mentions)
                }
            } else if Self.kinshipWord(lw) {
                if r.child == nil { return .drop("calls someone “\(t.text)”; \(recipientID) has no child", mentions) }
                // The couple's sexes swap together: the leaver's "Daddy" and the narrator's "Mom".
                if let dg = map.donorLeaverGender, dg != r.leaverGender, let swap = ParentNouns.swap[lw] {
                    edits.append(Edit(range: t.range, text: Self.matchCase(swap, t.text)))
                    counts.append((lw, swap, "parent noun"))
                }
            } else if ChildNouns.rewritten.contains(lw) {
                guard let c = r.child else { return .drop("mentions a child (“\(t.text)”); \(recipientID) has none", mentions) }
                guard map.donorHasChild else { continue }
                if map.donorChildPlural && !c.plural { return .drop("mentions children (“\(t.text)”); \(recipientID) has one child", mentions) }
                if c.plural && !map.donorChildPlural {
                    // One child in the donor, several in the recipient: "my daughter" → "my twins".
                    if !lw.hasSuffix("s") || lw == "boys" || lw == "girls" {
                        edits.append(Edit(range: t.range, text: Self.matchCase(c.noun, t.text)))
                        counts.append((lw, c.noun, "child noun"))
                        plural = true
                    }
                    continue
                }
                if let g = c.gender, let dg = map.donorChildGender, g != dg, let swap = ChildNouns.swap[lw],
                   ChildNouns.female.contains(lw) == (dg == .female) {
                    edits.append(Edit(range: t.range, text: Self.matchCase(swap, t.text)))
                    counts.append((lw, swap, "child noun"))
                }
            } else if ["man", "woman"].contains(lw), k > 0, ["the", "a"].contains(tokens[k - 1].text.lowercased()), k + 1 < tokens.count,
                      RemixWords.leaverNounFollowers.contains(tokens[k + 1].text.lowercased()),
                      let dg = map.donorLeaverGender, dg != r.leaverGender, (lw == "man") == (dg == .male) {
                // "the man who'd walked away" is the leaver.
                let to = lw == "man" ? "woman" : "man"
                edits.append(Edit(range: t.range, text: Self.matchCase(to, t.text)))
                counts.append((lw, to, "leaver noun"))
            } else if strangers.contains(t.text), !recipientNames.contains(t.text) {
                return .drop("mentions “\(t.text)”, a name with no counterpart in \(recipientID)", mentions)
            }
        }

        // Pronouns: resolve each gender to its referent, then rewrite or drop.
        let lowerWords = Set(tokens.filter(\.isWord).map { $0.text.lowercased() })
        let speaker = quoteSpeaker(paragraph: p)
        var groups: [(tokens: [Int], entry: CastMap.Entry?, to: CastMap.PronounTarget?)] = []
        for gender in [Gender.male, .female] {
            let set = gender == .male ? Pronouns.male : Pronouns.female
            let here = pronouns.filter { set.contains(tokens[$0].text.lowercased()) }
            guard !here.isEmpty else { continue }
            var candidates = map.candidates(gender, near: p)
            // A speaker does not call themself "he": in the leaver's lines, he is someone else.
            if let speaker, here.allSatisfy({ inQuote[$0] == true }) {
                candidates.removeAll { $0.member.id == speaker }
                // The narrator talking to the leaver calls the leaver "you": "he" is someone else.
                if map.entry(speaker)?.member.role == .narrator, lowerWords.contains("you") || lowerWords.contains("your") {
                    candidates.removeAll { $0.member.role == .leaver }
                }
            }
            // "…,” he asked": the pronoun of a speech tag is the speaker of the quote.
            if let speaker, let k = here.first, inQuote[k] != true, k + 1 < tokens.count, SpeechVerbs.pronounTags.contains(tokens[k + 1].text.lowercased()),
               let e = candidates.first(where: { $0.member.id == speaker }) {
                candidates = [e]
            }
            let nouns = gender == .male ? PersonNouns.male : PersonNouns.female
            if candidates.isEmpty {
                // Someone the donor names by a common noun ("the nurse"), or no one we can tell.
                if !lowerWords.isDisjoint(with: nouns) || !Set(Self.words(previous).map { $0.lowercased() }).isDisjoint(with: nouns) { continue }
                if map.donorLeaverGender == gender || map.entries.contains(where: { $0.member.gender == gender && $0.member.role != .narrator }) {
                    return .drop("cannot tell whom “\(tokens[here[0]].text)” refers to", mentions)
                }
                continue
            }
            var targets: [CastMap.PronounTarget] = []
            for c in candidates where !targets.contains(c.pronoun) { targets.append(c.pronoun) }
            // The one named here, else the one of the sentence before, else the leaver (whom
            // the ending is about), else the only one near.
            var chosen: CastMap.Entry?
            let quoted = here.allSatisfy { inQuote[$0] == true }
            let named = candidates.filter { (quoted ? mentions : narrated).contains($0.member.id) }
            let before = candidates.filter { previousMentions.contains($0.member.id) }
            if candidates.count == 1 { chosen = candidates[0] }
            else if named.count == 1 { chosen = named[0] }
            else if named.isEmpty && before.count == 1 { chosen = before[0] }
            else if named.isEmpty && before.isEmpty, let leaver = candidates.first(where: { $0.member.role == .leaver }) { chosen = leaver }
            else if targets.count > 1 { return .drop("cannot tell whom “\(tokens[here[0]].text)” refers to", mentions) }
            if let c = chosen { mentions.append(c.member.id); if !quoted { narrated.append(c.member.id) } }
            groups.append((here, chosen, chosen?.pronoun ?? targets.first))
        }
        // Two referents that come out as the same pronoun ("for him, for him"): the one that is
        // not the leaver is named instead.
        let outputs = groups.map { g -> String in
            switch g.to { case .gender(let x): return x.rawValue; case .plural: return "plural"; default: return "?" }
        }
        var named = Set<Int>()
        if groups.count == 2, outputs[0] == outputs[1], outputs[0] != "?", let a = groups[0].entry, let b = groups[1].entry, a.member.id != b.member.id {
            let other = a.member.role == .leaver ? 1 : 0
            if groups[other].entry?.replacement != nil { named.insert(other) }
        }
        for (n, g) in groups.enumerated() {
            guard let to = g.to else { continue }
            let gender: Gender = Pronouns.male.contains(tokens[g.tokens[0]].text.lowercased()) ? .male : .female
            let who = g.entry.map { "\($0.member.role.rawValue) pronoun" } ?? "pronoun"
            var g = g
            if named.contains(n), let ref = g.entry?.replacement, let member = g.entry?.member.id {
                // Name the other one only where a reader could take the pronoun for the leaver:
                // the leaver's pronoun came since they were last referred to, or they have not
                // been yet, or the leaver's "he"/"his" follows before they come up again.
                let leaverTokens = groups[1 - n].tokens
                var refs = childRefs[member] ?? []
                var toName = Set<Int>()
                for k in g.tokens.sorted() {
                    let last = refs.filter { $0 < k }.max()
                    let since = leaverTokens.contains { $0 < k && $0 > (last ?? -1) }
                    let first = last == nil && !leaverTokens.isEmpty
                    let nextRef = (refs + g.tokens).filter { $0 > k }.min() ?? tokens.count
                    let follows = leaverTokens.contains { $0 > k && $0 < nextRef && RemixWords.leaverPronounsAhead.contains(tokens[$0].text.lowercased()) }
                    if since || first || follows { toName.insert(k) }
                    refs.append(k)
                }
                for k in g.tokens where toName.contains(k) {
                    let from = tokens[k].text.lowercased()
                    if from.hasSuffix("self") { continue }
                    let possessive = Self.isPossessive(from, next: tokens.indices.contains(k + 1) ? tokens[k + 1] : nil, previous: k > 0 ? tokens[k - 1] : nil)
                    var text = possessive ? ref + (ref.hasSuffix("s") ? "’" : "’s") : ref
                    if Self.startsSentence(tokens, k) { text = Self.capitalise(text) }
                    edits.append(Edit(range: tokens[k].range, text: text))
                    counts.append((from, text, "name for a pronoun"))
                }
                if g.entry?.pronoun == .plural { plural = true }
                g.tokens = g.tokens.filter { !toName.contains($0) }
                if g.tokens.isEmpty { continue }
            }
            switch to {
            case .drop(let reason):
                return .drop(reason + " (“\(tokens[g.tokens[0]].text)”)", mentions)
            case .plural:
                plural = true
                for k in g.tokens {
                    let from = tokens[k].text.lowercased()
                    let next = tokens.indices.contains(k + 1) ? tokens[k + 1] : nil
                    var to = Self.pluralPronoun(from, possessive: Self.isPossessive(from, next: next, previous: k > 0 ? tokens[k - 1] : nil))
                    var range = tokens[k].range
                    // "she’s" → "they’re"; "she’s been" → "they’ve been".
                    if ["he", "she"].contains(from), k + 2 < tokens.count, ["’", "'"].contains(tokens[k + 1].text), tokens[k + 2].text == "s" {
                        let after = k + 3 < tokens.count ? tokens[k + 3].text.lowercased() : ""
                        to += tokens[k + 1].text + (RemixWords.hasParticiples.contains(after) ? "ve" : "re")
                        range = tokens[k].range.lowerBound..<tokens[k + 2].range.upperBound
                    }
                    edits.append(Edit(range: range, text: Self.matchCase(to, tokens[k].text)))
                    counts.append((from, to, who))
                }
            case .gender(let out) where out != gender:
                for k in g.tokens {
                    let from = tokens[k].text.lowercased()
                    let next = tokens.indices.contains(k + 1) ? tokens[k + 1] : nil
                    let previous = k > 0 ? tokens[k - 1] : nil
                    let object = from == "her" ? !Self.isPossessive(from, next: next, previous: previous)
                        : next == nil || !next!.isWord || RemixWords.objectFollowers.contains(next!.text.lowercased())
                    let swapped = Self.swapPronoun(from, object: object)
                    edits.append(Edit(range: tokens[k].range, text: Self.matchCase(swapped, tokens[k].text)))
                    counts.append((from, swapped, who))
                }
            default:
                break
            }
        }

        for c in counts { report.count(c.0, c.1, kind: c.2) }
        var result = s
        for e in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) { result.replaceSubrange(e.range, with: e.text) }
        if plural, let c = r.child {
            let (fixed, n) = Agreement.fix(result, subjects: [c.reference, "they", c.noun])
            if n > 0 { report.count("verb", "plural", kind: "agreement", by: n) }
            result = fixed
        }
        // The narrator's "sweetie" is said to the child; a child's "Mom" is said by one.
        if let child = map.entries.first(where: { $0.member.role == .child && $0.dropReason == nil }), inQuote.values.contains(true),
           tokens.indices.contains(where: { inQuote[$0] == true && Endearments.childAddress.contains(tokens[$0].text.lowercased()) }), !narrated.contains(child.member.id) {
            narrated.append(child.member.id)
        }
        // Whoever speaks the quote is on stage too ("“Can we go, Mom?”" … "He went back to his pasta").
        if let speaker, inQuote.values.contains(true), map.entry(speaker)?.member.role != .narrator, !narrated.contains(speaker) { narrated.append(speaker) }
        return .keep(result, narrated)
    }

    /// The one speaker of the quoted lines of donor paragraph `p`, when all of them are one person's.
    func quoteSpeaker(paragraph p: Int) -> Int? {
        let speakers = Set(donor.cast.quotes.filter { $0.paragraph == p }.map(\.speaker))
        guard speakers.count == 1, let s = speakers.first else { return nil }
        return s
    }

    /// Whether a pronoun is a possessive here ("his car", "her bag"; "her" before a verb or a
    /// preposition is an object).
    static func isPossessive(_ p: String, next: Token?, previous: Token? = nil) -> Bool {
        switch p {
        case "his", "hers": return true
        case "her":
            guard let next, next.isWord else { return false }
            // "wished her well", "let her go": after these verbs "her" is the person.
            if let previous, RemixWords.herObjectVerbs.contains(previous.text.lowercased()) { return false }
            return !RemixWords.objectFollowers.contains(next.text.lowercased())
        default: return false
        }
    }

    static func pluralPronoun(_ p: String, possessive: Bool) -> String {
        switch p {
        case "he", "she": return "they"
        case "him": return "them"
        case "her": return possessive ? "their" : "them"
        case "his": return possessive ? "their" : "theirs"
        case "hers": return "theirs"
        case "himself", "herself": return "themselves"
        default: return p
        }
    }

    var recipientNames: Set<String> {
        var names = Set([map.recipient.narratorName, map.recipient.leaverNamed ? map.recipient.leaver : nil].compactMap { $0 })
        names.formUnion(map.recipient.child?.names ?? [])
        for e in map.entries where e.named { if let r = e.replacement { names.formUnion(Self.words(r)) } }
        return names
    }


    static func kinshipWord(_ w: String) -> Bool { ParentNouns.swapped.contains(w) }

    static func swapPronoun(_ p: String, object: Bool) -> String {
        switch p {
        case "he": return "she"
        case "him": return "her"
        case "his": return object ? "hers" : "her"
        case "himself": return "herself"
        case "she": return "he"
        case "her": return object ? "him" : "his"
        case "hers": return "his"
        case "herself": return "himself"
        default: return p
        }
    }

    /// A name used as a vocative (“…, Anne.” / “Anne, …”): the edit that removes it with its comma.
    func vocative(_ tokens: [Token], _ i: Int, _ end: Int, _ s: String) -> Edit? {
        let closers: Set<String> = [".", ",", "!", "?", "…", "”", "\"", "—"]
        if i > 0, tokens[i - 1].text == ",", end + 1 == tokens.count || closers.contains(tokens[end + 1].text) {
            return Edit(range: tokens[i - 1].range.lowerBound..<tokens[end].range.upperBound, text: "")
        }
        if end + 1 < tokens.count, tokens[end + 1].text == ",", Self.startsSentence(tokens, i), end + 2 < tokens.count {
            let next = tokens[end + 2]
            // Remove "Anne, " and capitalise what follows.
            return Edit(range: tokens[i].range.lowerBound..<next.range.upperBound, text: Self.capitalise(next.text))
        }
        return nil
    }

    func matchPhrase(_ tokens: [Token], at i: Int) -> (CastMap.Phrase, Int)? {
        for phrase in map.phrases {
            var k = i
            var ok = true
            for (n, w) in phrase.words.enumerated() {
                while n > 0, k < tokens.count, tokens[k].text == "-" || tokens[k].text == "." { k += 1 }
                guard k < tokens.count, tokens[k].isWord,
                      phrase.isName ? tokens[k].text == w || tokens[k].text == w.uppercased() : tokens[k].text.lowercased() == w else { ok = false; break }
                k += 1
            }
            if ok { return (phrase, k - 1) }
        }
        return nil
    }

    // MARK: Tokens (the pieces of `TextPieces.swift`)

    static func startsSentence(_ tokens: [Token], _ i: Int) -> Bool {
        let k = i - 1
        guard k >= 0 else { return true }
        return [".", "!", "?", "…", ":", "“", "\"", "(", "‘"].contains(tokens[k].text)
    }

    static func isCapitalised(_ w: String) -> Bool {
        guard let f = w.first, f.isUppercase else { return false }
        return w.dropFirst().contains { $0.isLowercase }
    }

    static func capitalise(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    static func matchCase(_ word: String, _ like: String) -> String {
        if like.count > 1, like == like.uppercased() { return word.uppercased() }
        if like.first?.isUppercase == true { return capitalise(word) }
        return word
    }
}
