/// The third pass: characters, their names and aliases, roles, mentions and quotes.
///
/// Rule-based and deterministic, and built of small passes that each take values and return
/// one (`Passes/`): tokens → name spans → named entities → role phrases → two reading-order
/// walks → roles → untagged quotes → parent words → the narrator's sex → the `Cast`. No models,
/// no regular expressions in loops.
public enum CastAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> Cast {
        analyze(doc.tokens, paragraphs: doc.clean.paragraphs, quotes: doc.segments.quotes, title: doc.clean.title)
    }

    /// The same over parts of a document, for callers that hold cleaned text already.
    public static func analyze(paragraphs: [String], quotes: [QuoteSpan], title: String?) -> Cast {
        let p = Paragraphs(paragraphs)
        var seg = Segmenter.segment(p)
        seg = Segmentation(sentences: seg.sentences, quotes: quotes)
        return analyze(DocumentTokens(p, segments: seg), paragraphs: p, quotes: quotes, title: title)
    }

    static func analyze(_ tokens: DocumentTokens, paragraphs: Paragraphs, quotes: [QuoteSpan], title: String?) -> Cast {
        var cast = analyze(tokens: tokens.cast, vocabulary: tokens.vocabulary, paragraphs: paragraphs, quotes: quotes, title: title)
        cast.settleDialogue(quotes, paragraphs: paragraphs)
        // Last, the roles the clause around a name settles, read from the word view.
        RoleCues.refine(&cast, tokens: tokens.words)
        return cast
    }

    /// The passes over a story's tokens: wherever the tokens come from, this is where the
    /// cast starts reading them.
    static func analyze(tokens: [CastToken], vocabulary: CastVocabulary, paragraphs: Paragraphs, quotes: [QuoteSpan],
                        title: String?) -> Cast {
        let text = CastText(tokens: tokens, vocabulary: vocabulary, paragraphs: paragraphs, quotes: quotes, title: title)
        let headline = TitleFacts(title: title)
        let names = NameSpanFinder.find(text)
        let named = NameResolver.resolve(text, names: names)
        let nouns = RoleNounMentions.find(text, names: names, spanEntity: named.spanEntity, title: headline)
        let mentions = CastMentions(text: text, names: names, spanEntity: named.spanEntity, nouns: nouns)
        let base = GenderVoter.vote(text, names: names, named: named)

        let firstWalk = EntityResolver.walk(mentions, entities: base, leaverHint: nil, embedded: text.quotedInSentence)
        let firstRoles = RoleAssigner.assign(firstWalk, title: headline)
        let reading = FirstReading(base: base, scene: firstRoles.scene, roles: firstRoles.roles)
        let walk = EntityResolver.walk(mentions, entities: reading.entities, leaverHint: reading.leaverHint,
                                       embedded: firstWalk.quotes.embedded)
        let (scene, roles) = RoleAssigner.assign(walk, title: headline)

        let lines = QuoteAttributor.attribute(scene, evidence: walk.quotes, parentUses: walk.parentUses, children: roles.children,
                                             leaver: roles.leaver)
        var ents = ParentWordResolver.resolve(lines.scene.ents, text: text, roles: roles, speakers: lines.quotes.speaker, walk: walk)
        ents = NarratorGender.infer(ents, text: text, leaver: roles.leaver)
        return CastAssembler.assemble(ents, text: text, roles: roles, quotes: lines.quotes)
    }
}
