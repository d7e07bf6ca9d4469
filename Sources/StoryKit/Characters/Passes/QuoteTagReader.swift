/// The explicit speech tag of a quote: `“…,” he said`, `“…” said John`, `Ruth said, “…”`,
/// `…Colin, wobbling on his bike, asking, “…”`. It reads tokens, names and role phrases only,
/// never who is who, so it is read once per story, before the walks.
enum QuoteTagReader {
    /// The subject token of the tag of quote `q` and its cue, or nil when it has no tag.
    static func tag(of q: Int, in m: CastMentions) -> (Int, AttributedQuote.Cue)? {
        let text = m.text, t = text.tokens, vocab = text.vocab
        guard let (first, last) = text.quoteRange[q] else { return nil }
        let p = t[first].para
        func ok(_ k: Int) -> Bool { k >= 0 && k < t.count && t[k].para == p && t[k].quote < 0 }
        func speechVerb(at k: Int) -> Int? {
            var k = k
            var skips = 0
            while ok(k), t[k].isWord, skips < 2, t[k].has(.verbSkips) || vocab.endsInLy(t[k].word) && !t[k].has(.speechVerbs) {
                k += 1; skips += 1
            }
            if ok(k), t[k].isWord, t[k].has(.speechVerbs) { return k }
            return nil
        }
        // After: `“…,” he said` / `“…” said John`. After a line closed by a full stop a capital
        // starts the next sentence, narration rather than a tag: `“So start.” He stammered excuses`.
        let a = last + 1
        let quoteText = text.quotes[q].text
        let closed = quoteText.hasSuffix(".") && !quoteText.hasSuffix("..")
        var after: Int? = nil
        if ok(a), t[a].isWord, !(closed && t[a].initial && !t[a].has(.firstPerson)) {
            if m.isSubject(a), let v = speechVerb(at: m.subjectEnd(a) + 1), !(ok(v + 1) && SpeechVerbs.notSpeaking.contains(text.lower(v + 1))) {
                after = a
            } else if t[a].has(.speechVerbs), m.isSubject(a + 1), ok(a + 1) {
                after = a + 1
            }
        }
        // `“…,” I said` is a tag; `“….” I said nothing` is not, and after a closed line a new
        // sentence yields to a tag that opens the line (`His mother told me, “….” I nodded`).
        if let after, !(closed && t[a].initial) { return (after, .tag) }
        return before(first, p, m) ?? after.map { ($0, .tag) }
    }

    /// The tag before a line: `Ruth said, “…”`.
    private static func before(_ first: Int, _ p: Int, _ m: CastMentions) -> (Int, AttributedQuote.Cue)? {
        let text = m.text, t = text.tokens, vocab = text.vocab
        func ok(_ k: Int) -> Bool { k >= 0 && k < t.count && t[k].para == p && t[k].quote < 0 }
        // Before: `Ruth said, “…”` / `His mother told me, “…”` / `…Colin, wobbling on his bike,
        // asking, “…”` / `he climbed onto her bed and asked, “…”`.
        let b = first - 1
        if ok(b), text.text(b) == "," || text.text(b) == ":" {
            var v = b - 1
            if ok(v), text.lower(v) == "out" || text.lower(v) == "back" { v -= 1 }
            // The one spoken to: `told me,` `asked him,`.
            if ok(v - 1), t[v - 1].isWord, t[v - 1].has(.speechVerbs), SpeechVerbs.betweenTagAndLine.contains(text.lower(v)) { v -= 1 }
            while ok(v), t[v].isWord, vocab.endsInLy(t[v].word), !t[v].has(.speechVerbs) { v -= 1 }
            if ok(v), t[v].isWord, t[v].has(.speechVerbs) {
                var s = v - 1
                while ok(s), t[s].isWord, t[s].has(.verbSkips) { s -= 1 }
                if ok(s), let start = m.subjectStart(endingAt: s) { return (start, .tag) }
                // A second verb of the sentence's subject: `my husband sat down and said, “…”`.
                if ok(s), t[s].isWord, text.lower(s) == "and", t[s].sentence == t[v].sentence {
                    var k = s
                    while ok(k - 1), t[k - 1].sentence == t[s].sentence { k -= 1 }
                    if let subj = m.sentenceSubject(from: k, para: p), subj < s, m.subjectEnd(subj) < s { return (subj, .tag) }
                }
                if vocab.endsInIng(t[v].word) {
                    // (The caller marks such lines as reported speech.)
                    // A participle: its subject is the nearest person before it in the sentence.
                    var k = v - 1
                    while ok(k), t[k].sentence == t[v].sentence {
                        if let start = m.subjectStart(endingAt: k), !t[start].has(.firstPerson) { return (start, .tag) }
                        k -= 1
                    }
                }
            }
        }
        return nil
    }
}
