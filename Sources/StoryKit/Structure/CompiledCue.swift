/// One cue of a `PhraseLexicon` as `CueIndex` tries it: its elements as plain numbers in storage
/// that is never freed.
///
/// Why: a story's tokens are tried against cues some hundreds of times, and a try that read the
/// lexicon's `Cue` (a label, an array of enums holding arrays) retained and released its arrays
/// each time; here a try reads only numbers.
struct CompiledCue: @unchecked Sendable {
    /// A pattern element (`PhraseLexicon.Element`) as numbers.
    struct Element {
        enum Kind: UInt8 { case words, any, gap, partnerSubject, partnerObject, partnerPossessive, number, end }
        var kind: Kind
        /// `words`: whether the partner as object or subject also fits here ("forgave @O|you").
        var object = false
        var subject = false
        /// `words`: its vocabulary numbers, sorted, are `words[lo..<hi]` of the table the cues
        /// were compiled into (`CueIndex`'s); `gap`: up to `lo` words.
        var lo: Int32 = 0
        var hi: Int32 = 0
    }

    let elements: UnsafeBufferPointer<Element>
    let voice: PhraseLexicon.Voice
    let subject: PhraseLexicon.Subject
    let eventOnly: Bool
    /// Where the cue comes from: its lexicon's place in `CueIndex.lexicons`, and its number there.
    let lexicon: Int
    let number: Int

    /// The cue compiled, its alternatives' word numbers appended to `words`.
    init(_ cue: PhraseLexicon.Cue, lexicon: Int, number: Int, words: inout [Int32]) {
        let compiled: [Element] = cue.elements.map { e in
            switch e {
            case .words(let ws, let object, let subject):
                let lo = Int32(words.count)
                words.append(contentsOf: ws.all)
                return Element(kind: .words, object: object, subject: subject, lo: lo, hi: Int32(words.count))
            case .any: return Element(kind: .any)
            case .gap(let n): return Element(kind: .gap, lo: Int32(n))
            case .partnerSubject: return Element(kind: .partnerSubject)
            case .partnerObject: return Element(kind: .partnerObject)
            case .partnerPossessive: return Element(kind: .partnerPossessive)
            case .number: return Element(kind: .number)
            case .end: return Element(kind: .end)
            }
        }
        elements = .kept(compiled)
        voice = cue.voice
        subject = cue.subject
        eventOnly = cue.eventOnly
        self.lexicon = lexicon
        self.number = number
    }

    /// Whether the word after the first (`next`, nil at a sentence's end) can go on with the
    /// cue: false only where its second element is plain words and `next` is none of them.
    @inline(__always) func mayContinue(with next: Int32?, _ words: UnsafeBufferPointer<Int32>) -> Bool {
        guard elements.count >= 2 else { return true }
        let e = elements[1]
        guard e.kind == .words, !e.object, !e.subject else { return true }
        guard let next else { return false }
        return Self.contains(words, Int(e.lo), Int(e.hi), next)
    }

    /// Records in `out[lexicon]` the match of this cue starting at token `i`, if there is one;
    /// `words` is the table it was compiled into.
    func tryMatch(_ t: [Token], _ i: Int, _ range: Range<Int>, _ marks: [PartnerMark], _ words: UnsafeBufferPointer<Int32>,
                  _ out: inout [[PhraseLexicon.Match]]) {
        guard let end = match(0, t, i, t[i].sentence, range.upperBound, marks, words) else { return }
        let partnerSubject = subject == .partner
        // "after she left", "since he walked out": a look back, not an event, when the partner acts.
        var lookBack = partnerSubject
        // A cue that opens on the partner ("she left") looks one word back: "after she left".
        var reach = 3
        if elements.first?.kind == .partnerSubject { lookBack = true; reach = 1 }
        for k in i..<end {
            switch voice {
            case .narration where t[k].quoted: return
            case .speech where !t[k].quoted: return
            default: break
            }
        }
        if eventOnly {
            var k = i - 1
            var steps = 0
            while k >= range.lowerBound, steps < 3, t[k].sentence == t[i].sentence {
                if steps >= reach, !t[k].classes.contains(.negator) { k -= 1; steps += 1; continue }
                if lookBack && t[k].classes.contains(.lookBack) { return }
                // "the man who would have taken her back": what did not happen.
                if t[k].classes.contains(.hypothetical) { return }
                if t[k].text == "have", k > range.lowerBound, t[k - 1].classes.contains(.modal) { return }
                // "not just moved on, healed" does not deny what follows.
                if t[k].classes.contains(.negator), !(k + 1 < i && t[k + 1].classes.contains(.limiter)) { return }
                k -= 1
                steps += 1
            }
        }
        if partnerSubject, !PhraseLexicon.partnerIsSubject(t, before: i, marks: marks, floor: range.lowerBound) { return }
        if subject == .narrator, !PhraseLexicon.narratorIsSubject(t, at: i, floor: range.lowerBound) { return }
        out[lexicon].append(PhraseLexicon.Match(cue: number, start: i, end: end))
    }

    /// Where elements `ei...` match from token `ti` on, in sentence `sentence`: one past the
    /// last token matched, or nil.
    private func match(_ ei: Int, _ t: [Token], _ ti: Int, _ sentence: Int, _ limit: Int, _ marks: [PartnerMark],
                       _ words: UnsafeBufferPointer<Int32>) -> Int? {
        if ei == elements.count { return ti }
        let e = elements[ei]
        switch e.kind {
        case .end:
            let ends = ti >= limit || t[ti].sentence != sentence || (ti > 0 && t[ti].quoted != t[ti - 1].quoted)
            return ends ? match(ei + 1, t, ti, sentence, limit, marks, words) : nil
        case .gap:
            for skip in 0...Int(e.lo) {
                let at = ti + skip
                if at > limit { break }
                if skip > 0, at - 1 < limit, t[at - 1].sentence != sentence { break }
                if let end = match(ei + 1, t, at, sentence, limit, marks, words) { return end }
            }
            return nil
        default:
            break
        }
        guard ti < limit, t[ti].sentence == sentence else { return nil }
        let id = t[ti].id, mark = marks[ti]
        let ok: Bool
        switch e.kind {
        case .words:
            // An alternative may name the partner: "forgave @O|you".
            ok = Self.contains(words, Int(e.lo), Int(e.hi), id) || (e.object && mark.contains(.object)) || (e.subject && mark.contains(.subject))
        case .any: ok = true
        case .partnerSubject: ok = mark.contains(.subject)
        case .partnerObject: ok = mark.contains(.object)
        case .partnerPossessive: ok = mark.contains(.possessive)
        case .number: ok = t[ti].classes.contains(.number) || (id < 0 && t[ti].text.first?.isNumber == true)
        case .gap, .end: ok = false
        }
        return ok ? match(ei + 1, t, ti + 1, sentence, limit, marks, words) : nil
    }

    /// Whether the sorted `words[lo..<hi]` holds `id`: a scan for a few, a binary search beyond.
    @inline(__always) private static func contains(_ words: UnsafeBufferPointer<Int32>, _ lo: Int, _ hi: Int, _ id: Int32) -> Bool {
        if hi - lo <= 8 {
            for k in lo..<hi where words[k] == id { return true }
            return false
        }
        var a = lo, b = hi
        while a < b {
            let mid = (a + b) / 2
            if words[mid] < id { a = mid + 1 } else { b = mid }
        }
        return a < hi && words[a] == id
    }
}
