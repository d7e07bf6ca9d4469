/// Builds the cast of one story. The passes, each a single scan:
/// 1. tokens, then name spans with their person evidence, role phrases, quote tags;
/// 2. a reading-order walk that creates characters, tracks who is "on stage" for pronouns,
///    ties role phrases to their owners and names (apposition), and attributes tagged quotes;
/// 3. roles (leaver, child, rival…), then untagged quotes by vocatives and turn-taking.
struct CastBuilder {
    let story: CastText
    var mentions: CastMentions! = nil
    /// Read in place in their joined text: no `String` per paragraph.
    let paragraphs: Paragraphs
    let quotes: [QuoteSpan]
    let title: String?
    var t: [CastToken] = []
    var vocab = CastVocabulary(capacity: 0)
    var spans: [NameSpan] = []
    /// Span index starting at a token.
    var spanAt = TokenIndex()
    var spanEndingAt = TokenIndex()
    var nouns: [RoleNounMention] = []
    var nounAt = TokenIndex()
    var nounEndingAt = TokenIndex()
    var spanEntity: [Int?] = []

    var ents = EntityTable()
    var nounEntity: [String: Int] = [:]

    /// Recent references outside speech: (entity, paragraph), newest last.
    var recent: [(Int, Int)] = []
    /// Per quote: speaker entity and cue.
    var speaker: [Int?] = []
    var cue: [AttributedQuote.Cue] = []
    /// Per quote: the subject of the narration just before it, for a lone untagged line.
    var fallback: [Int?] = []
    /// Per quote: entities named as addressee, and parent words used as vocatives.
    var vocatives: [[Int]] = []
    var parentVocatives: [[Gender]] = []
    /// Per quote: a word quoted inside a sentence ("he needed “room to breathe”"), not a line of dialogue.
    var embedded: [Bool] = []
    /// Per quote: the speaker came from an action beat or the narration before, not a tag.
    var weakCue: [Bool] = []
    /// Per quote: the last person other than the narrator referred to before it.
    var lastMentioned: [Int?] = []
    /// Per quote: a tag that says who was addressed (`told me`).
    var addressedNarrator: [Bool] = []
    /// Parent words used as names: (token, quote or -1, gender, vocative).
    var parentUses: [(tok: Int, quote: Int, gender: Gender, vocative: Bool)] = []
    /// "the boy"/"the girl": the unique child of that gender, settled once roles are known.
    var pendingChildRef: [(tok: Int, gender: Gender, surface: String)] = []
    var pendingParentNoun: [(tok: Int, gender: Gender, surface: String)] = []
    var sentenceChildCues: [Int: Int] = [:]
    /// Last speaker of each gender in a line that opens its paragraph (real dialogue).
    var lastDialogueSpeaker: [Gender: (Int, Int)] = [:]
    var leaverStore: [Int] = []
    /// The leaver found by the first walk: who an unresolved "he"/"she" most likely is.
    enum LeaverHint { case named(Int), partner(Gender?) }
    var leaverHint: LeaverHint? = nil
    var rivalStore: Set<Int> = []
    var childStore: Set<Int> = []
    /// Per quote: its first and last token.
    var quoteRange: [(Int, Int)?] = []
    var quotesByPara: [[Int]] = []
    let titleFacts: TitleFacts
    var firstTokenOfPara: [Int] = []

    init(tokens: [CastToken], vocabulary: CastVocabulary, paragraphs: Paragraphs, quotes: [QuoteSpan], title: String?) {
        story = CastText(tokens: tokens, vocabulary: vocabulary, paragraphs: paragraphs, quotes: quotes, title: title)
        self.paragraphs = paragraphs
        self.quotes = quotes
        self.title = title
        titleFacts = TitleFacts(title: title)
    }

    /// What a walk learns about each quotation, emptied before every walk.
    mutating func resetQuoteState() {
        speaker = Array(repeating: nil, count: quotes.count)
        cue = Array(repeating: .unknown, count: quotes.count)
        fallback = Array(repeating: nil, count: quotes.count)
        vocatives = Array(repeating: [], count: quotes.count)
        parentVocatives = Array(repeating: [], count: quotes.count)
        addressedNarrator = Array(repeating: false, count: quotes.count)
        weakCue = Array(repeating: false, count: quotes.count)
        lastMentioned = Array(repeating: nil, count: quotes.count)
    }

    mutating func resetWalkState() {
        nounEntity = [:]
        recent = []
        resetQuoteState()
        parentUses = []
        pendingChildRef = []
        pendingParentNoun = []
        leaverStore = []
        rivalStore = []
        childStore = []
        lastDialogueSpeaker = [:]
    }

    mutating func find(_ x: Int) -> Int { ents.find(x) }
    mutating func union(_ a: Int, _ b: Int) { ents.union(a, b) }
    mutating func newEntity(_ e: CastEntity) -> Int { ents.add(e) }
    func gender(_ r: Int) -> Gender? { ents.gender(r) }

    // MARK: run

    mutating func run() -> Cast {
        let names = NameSpanFinder.find(story)
        let named = NameResolver.resolve(story, names: names)
        let roleNouns = RoleNounMentions.find(story, names: names, spanEntity: named.spanEntity, title: titleFacts)
        mentions = CastMentions(text: story, names: names, spanEntity: named.spanEntity, nouns: roleNouns)
        ents = GenderVoter.vote(story, names: names, named: named)
        t = story.tokens
        vocab = story.vocab
        quoteRange = story.quoteRange
        quotesByPara = story.quotesByPara
        firstTokenOfPara = story.firstTokenOfPara
        embedded = story.quotedInSentence
        sentenceChildCues = story.childCuesBySentence
        spans = names.spans
        spanAt = names.startingAt
        spanEndingAt = names.endingAt
        spanEntity = named.spanEntity
        nouns = roleNouns.nouns
        nounAt = roleNouns.startingAt
        nounEndingAt = roleNouns.endingAt
        resetQuoteState()
        // Two walks: the first settles genders and the leaver, so that the second resolves
        // "he"/"she" against the right people from the first page on.
        let baseEnts = ents
        walk()
        assignRoles()
        var hints: [Int: Gender] = [:]
        for e in 0..<baseEnts.count { if let g = gender(find(e)) { hints[e] = g } }
        if let l = leaverRoot {
            let named = (1..<baseEnts.count).first { find($0) == l }
            leaverHint = named.map { .named($0) } ?? .partner(gender(l))
        }
        ents = baseEnts
        for (e, g) in hints where ents[e].statedGender == nil { ents[e].statedGender = g }
        resetWalkState()
        walk()
        assignRoles()
        attributeUntagged()
        resolveParentWords()
        inferNarratorGender()
        return assemble()
    }

    /// The strings of token `k`, from the story's vocabulary.
    func lower(_ k: Int) -> String { vocab.lower(t[k]) }
    func text(_ k: Int) -> String { vocab.text(t[k]) }
}
