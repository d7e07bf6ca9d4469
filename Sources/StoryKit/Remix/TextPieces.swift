/// The remix's view of the token layer: the pieces it edits.
///
/// The remix replaces words inside sentences, so it needs each word's place in the text and
/// the marks around it, split finer than the token layer keeps them: "Colin’s" is "Colin", "’"
/// and "s", "ex-husband" is "ex", "-" and "husband". The pieces are made from the tokens of
/// `CastTokenizer` (the document's own for donor text, a fresh read for text the remix writes:
/// names, templates, rewritten sentences), never by a tokenizer of their own: a word token is
/// cut at the marks it joins over, a mark token is one piece, white space is none. A combining
/// mark or an emoji modifier stays with what it modifies, as one `Character` of the text.
extension TextRewriter {
    /// A run of word characters (`isWord`) or one mark, with its range in the text it came from.
    struct Token { var range: Range<String.Index>; var text: String; var isWord: Bool }

    /// The pieces of text that is not a donor sentence (a name, an ending's paragraph, a
    /// rewritten sentence): read by the same tokenizer as every story, then cut.
    static func tokenize(_ s: String) -> [Token] {
        var vocab = CastVocabulary(capacity: 0)
        let cast = CastTokenizer.tokenize(Paragraphs([s]), quotes: [], vocab: &vocab)
        return pieces(of: s, cast[...], vocab: vocab, at: 0)
    }

    static func words(_ s: String) -> [String] { tokenize(s).filter(\.isWord).map(\.text) }

    /// The pieces of `text`, which stands at UTF-16 offset `base` of its paragraph, from the
    /// paragraph's tokens that lie in it (`cast`, in order; `vocab` their vocabulary).
    static func pieces(of text: String, _ cast: ArraySlice<CastToken>, vocab: CastVocabulary, at base: Int) -> [Token] {
        let scalars = text.unicodeScalars
        var out: [Token] = []
        out.reserveCapacity(cast.count + cast.count / 4)
        var i = scalars.startIndex
        var off = base
        func piece(_ r: Range<String.Index>, word: Bool) { out.append(Token(range: r, text: String(text[r]), isWord: word)) }
        for t in cast {
            while off < t.start, i < scalars.endIndex { off += UTF16.width(scalars[i]); i = scalars.index(after: i) }
            guard i < scalars.endIndex else { break }
            if !t.isWord {
                let c = scalars[i], next = scalars.index(after: i)
                if !c.properties.isWhitespace { piece(i..<next, word: false) }
                off += UTF16.width(c)
                i = next
                continue
            }
            // The token's extent: its form (a curly apostrophe is one unit, as the straight one
            // it became), and the possessive ending the form dropped ("’s", or a bare "’").
            let end = t.start + vocab.string(t.form).utf16.count + (t.suffix != .none ? 2 : t.possessive ? 1 : 0)
            var run: String.Index? = nil
            while off < end, i < scalars.endIndex {
                let c = scalars[i], next = scalars.index(after: i)
                if CastTokenizer.isWordScalar(c) {
                    if run == nil { run = i }
                } else {
                    if let r = run { piece(r..<i, word: true); run = nil }
                    piece(i..<next, word: false)
                }
                off += UTF16.width(c)
                i = next
            }
            if let r = run { piece(r..<i, word: true) }
        }
        return keepingCharacters(out, of: text)
    }

    /// Pieces that start inside a `Character` (a combining accent, a variation selector, a skin
    /// tone) joined to the piece before, and two words that then touch joined as one: what is
    /// one character to a reader is never cut (and one that opens on white space is none).
    /// ASCII text has nothing to join.
    private static func keepingCharacters(_ pieces: [Token], of text: String) -> [Token] {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return pieces }
        var starts = Set<String.Index>()
        var k = text.startIndex
        while k < text.endIndex {
            starts.insert(k)
            k = text.index(after: k)
        }
        var out: [Token] = []
        out.reserveCapacity(pieces.count)
        for p in pieces {
            let inside = !starts.contains(p.range.lowerBound)
            let touching = out.last.map { $0.range.upperBound == p.range.lowerBound } ?? false
            // An accent on white space is white space too.
            if inside && !touching { continue }
            if let last = out.last, touching && (inside || last.isWord && p.isWord) {
                let r = last.range.lowerBound..<p.range.upperBound
                out[out.count - 1] = Token(range: r, text: String(text[r]), isWord: last.isWord)
            } else {
                out.append(p)
            }
        }
        return out
    }
}
