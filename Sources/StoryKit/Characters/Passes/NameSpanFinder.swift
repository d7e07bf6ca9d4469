/// The name spans of a story, with the span that starts or ends at each token: later passes
/// ask "is a name here?" per token.
struct NameSpans {
    var spans: [NameSpan] = []
    var startingAt = TokenIndex()
    var endingAt = TokenIndex()
}

/// Tokens → name spans with their person evidence (`NameFinder`), indexed by token.
enum NameSpanFinder {
    static func find(_ text: CastText) -> NameSpans {
        let t = text.tokens
        let stats = NameFinder.stats(t, text.vocab)
        var out = NameSpans(spans: NameFinder.find(t, text.vocab, stats, isHead: { RoleNounFinder.isHead(t, $0) }),
                            startingAt: TokenIndex(count: t.count), endingAt: TokenIndex(count: t.count))
        for (i, s) in out.spans.enumerated() { out.startingAt[s.first] = i; out.endingAt[s.last] = i }
        return out
    }
}
