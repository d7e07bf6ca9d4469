import Foundation
import Testing
@testable import StoryKit

/// One test per cast pass, on a short story of our own: what each pass returns from the
/// values the passes before it returned.
@Suite struct CastPassTests {
    static let story = """
        My Husband Left Me for His Assistant

        My husband, Daniel Price, left me and our son Theo for his assistant.

        He packed one bag. Theo watched from the stairs.

        “Is Daddy coming back?” Theo asked.

        “I don't know, sweetheart,” I said.

        Three years later Daniel knocked on my door. “I made a mistake, Anna,” he said.

        “Go home, Daniel.”
        """

    /// Every pass's output over `story`, each from the ones before, as `CastAnalyzer` runs them.
    struct Run {
        let text: CastText
        let headline: TitleFacts
        let names: NameSpans
        let named: NamedEntities
        let nouns: RoleNounMentions
        let mentions: CastMentions
        let base: EntityTable
        let firstWalk: WalkResult
        let firstRoles: (scene: CastScene, roles: Roles)
        let reading: FirstReading
        let walk: WalkResult
        let roles: (scene: CastScene, roles: Roles)
        let lines: (scene: CastScene, quotes: QuoteEvidence)
        let withParentWords: EntityTable
        let final: EntityTable
        let cast: Cast

        init(_ raw: String) {
            let doc = StoryDocument(id: "t", file: nil, text: raw)
            var vocab = CastVocabulary(capacity: 0)
            let tokens = CastTokenizer.tokenize(doc.clean.paragraphs, quotes: doc.segments.quotes, vocab: &vocab)
            text = CastText(tokens: tokens, vocabulary: vocab, paragraphs: doc.clean.paragraphs, quotes: doc.segments.quotes,
                            title: doc.clean.title)
            headline = TitleFacts(title: text.title)
            names = NameSpanFinder.find(text)
            named = NameResolver.resolve(text, names: names)
            nouns = RoleNounMentions.find(text, names: names, spanEntity: named.spanEntity, title: headline)
            mentions = CastMentions(text: text, names: names, spanEntity: named.spanEntity, nouns: nouns)
            base = GenderVoter.vote(text, names: names, named: named)
            firstWalk = EntityResolver.walk(mentions, entities: base, leaverHint: nil, embedded: text.quotedInSentence)
            firstRoles = RoleAssigner.assign(firstWalk, title: headline)
            reading = FirstReading(base: base, scene: firstRoles.scene, roles: firstRoles.roles)
            walk = EntityResolver.walk(mentions, entities: reading.entities, leaverHint: reading.leaverHint, embedded: firstWalk.quotes.embedded)
            roles = RoleAssigner.assign(walk, title: headline)
            lines = QuoteAttributor.attribute(roles.scene, evidence: walk.quotes, parentUses: walk.parentUses, children: roles.roles.children,
                                              leaver: roles.roles.leaver)
            withParentWords = ParentWordResolver.resolve(lines.scene.ents, text: text, roles: roles.roles, speakers: lines.quotes.speaker, walk: walk)
            final = NarratorGender.infer(withParentWords, text: text, leaver: roles.roles.leaver)
            cast = CastAnalyzer.analyze(tokens: tokens, vocabulary: vocab, paragraphs: doc.clean.paragraphs, quotes: doc.segments.quotes,
                                        title: doc.clean.title)
        }

        /// The entity the first span written `display` names.
        func entity(_ display: String) -> Int? {
            names.spans.firstIndex { $0.display == display }.flatMap { named.spanEntity[$0] }
        }
    }

    let run = Run(story)

    @Test func castTextIndexesParagraphsAndQuotes() throws {
        let text = run.text
        #expect(text.paragraphs.count == 6)
        #expect(text.quotes.count == 4)
        #expect(text.quotesByPara == [[], [], [0], [1], [2], [3]])
        #expect(text.firstTokenOfPara.count == 7)
        #expect(text.firstTokenOfPara.last == text.tokens.count)
        let (first, last) = try #require(text.quoteRange[0])
        #expect(text.tokens[first].isQuoteMark && text.tokens[last].isQuoteMark)
        #expect(text.text(first + 1) == "Is")
        #expect(text.quotedInSentence == [false, false, false, false])
    }

    @Test func castTextMarksAWordQuotedInsideASentence() throws {
        let text = Run("He told me he needed “space” and left. I asked him, “Where will you go?”").text
        #expect(text.quotedInSentence == [true, false])
    }

    @Test func titleFactsReadThePartnerAndTheRivalFromTheHeadline() throws {
        #expect(run.headline.partnerGender == .male)
        #expect(run.headline.partnerPhrase == "My Husband")
        #expect(run.headline.rivalPhrase == ["assistant"])
        #expect(TitleFacts(title: "The Night She Came Back").partnerGender == nil)
        #expect(TitleFacts(title: nil).rivalPhrase == nil)
    }

    @Test func nameSpanFinderFindsCapitalisedRunsWithTheirEvidence() throws {
        let spans = run.names.spans
        #expect(spans.map(\.display) == ["Daniel Price", "Theo", "Theo", "Is", "Theo", "Daniel", "Anna", "Daniel"])
        // "“…, Anna,” he said" and "“Go home, Daniel.”": addressed inside speech.
        #expect(spans.filter(\.vocative).map(\.display) == ["Anna", "Daniel"])
        #expect(spans.filter(\.inQuote).map(\.display) == ["Is", "Anna", "Daniel"])
        // "Theo asked": the subject of a speech verb acts as a person.
        #expect(spans[4].strong)
        #expect(run.names.startingAt[spans[0].first] == 0 && run.names.endingAt[spans[0].last] == 0)
    }

    @Test func nameResolverKeepsPeopleAndMergesShortForms() throws {
        let daniel = try #require(run.entity("Daniel Price"))
        #expect(run.entity("Daniel") == daniel)
        #expect(run.entity("Is") == nil)
        // Named only when others speak to the narrator: the narrator's name.
        #expect(run.entity("Anna") == 0)
        #expect(run.named.entities.count == 3)
        #expect(run.named.entities[0].nameForms == ["Anna"])
        #expect(run.named.entities[daniel].nameForms == ["Daniel Price", "Daniel"])
    }

    @Test func roleNounMentionsFindRolePhrasesAndWhoseTheyAre() throws {
        let nouns = run.nouns.nouns
        #expect(nouns.map(\.surface) == ["my husband", "our son"])
        #expect(nouns.map(\.category) == [.partner, .child])
        #expect(nouns.map(\.determiner) == ["my", "our"])
        #expect(RoleNounMentions.partnerGenderGuess(run.text, title: run.headline) == .male)
        #expect(run.nouns.startingAt[nouns[1].first] == 1)
    }

    @Test func genderVoterCountsAPronounAfterALoneName() throws {
        let daniel = try #require(run.entity("Daniel Price"))
        let theo = try #require(run.entity("Theo"))
        // "He packed one bag" follows Daniel and Theo both: no vote. "he said" follows Daniel alone.
        #expect(run.base[daniel].maleVotes == 1)
        #expect(run.base[theo].maleVotes == 0 && run.base[theo].femaleVotes == 0)
    }

    @Test func quoteTagReaderReadsEachQuotesTag() throws {
        let subjects = run.mentions.tags.map { $0.map { run.text.text($0.0) } }
        #expect(subjects == ["Theo", "I", "he", nil])
        #expect(run.mentions.tags.compactMap { $0?.1 } == [.tag, .tag, .tag])
    }

    @Test func entityResolverTiesPhrasesToNamesAndTagsToSpeakers() throws {
        var scene = run.firstWalk.scene
        let daniel = try #require(run.entity("Daniel Price"))
        let theo = try #require(run.entity("Theo"))
        let husband = try #require(scene.nounEntity["partner|0"])
        let son = try #require(scene.nounEntity["son|0"])
        // "My husband, Daniel Price": apposition. "our son Theo": a name after a possessive phrase.
        #expect(scene.ents.find(husband) == scene.ents.find(daniel))
        #expect(scene.ents.find(son) == scene.ents.find(theo))
        let speakers = run.firstWalk.quotes.speaker.map { $0.map { scene.ents.find($0) } }
        #expect(speakers == [scene.ents.find(theo), 0, scene.ents.find(daniel), nil])
        #expect(run.firstWalk.quotes.vocatives == [[], [], [0], [daniel]])
        #expect(run.firstWalk.parentUses.map { run.text.text($0.tok) } == ["Daddy"])
        #expect(run.firstWalk.parentUses.map(\.quote) == [0])
    }

    @Test func roleAssignerFindsTheLeaverAndTheChild() throws {
        var scene = run.roles.scene
        let daniel = try #require(run.entity("Daniel Price"))
        let theo = try #require(run.entity("Theo"))
        let roles = run.roles.roles
        #expect(roles.leaver == scene.ents.find(daniel))
        #expect(roles.children == [scene.ents.find(theo)])
        #expect(roles.rivals.isEmpty)
    }

    @Test func firstReadingHandsTheLeaverAndGendersToTheSecondWalk() throws {
        let daniel = try #require(run.entity("Daniel Price"))
        let theo = try #require(run.entity("Theo"))
        guard case .named(let e)? = run.reading.leaverHint else {
            Issue.record("leaver hint \(String(describing: run.reading.leaverHint))")
            return
        }
        #expect(e == daniel)
        // The table the first walk started from, with the genders it ended with.
        #expect(run.reading.entities.count == run.base.count)
        #expect(run.reading.entities[daniel].statedGender == .male)
        #expect(run.reading.entities[theo].statedGender == .male)
        #expect(run.base[theo].statedGender == nil)
    }

    @Test func quoteAttributorGivesAnUntaggedLineByItsVocative() throws {
        var scene = run.lines.scene
        let daniel = try #require(run.entity("Daniel Price"))
        // "“Go home, Daniel.”": spoken to Daniel, so by the narrator.
        #expect(run.walk.quotes.speaker[3] == nil)
        #expect(run.lines.quotes.speaker[3] == 0)
        #expect(run.lines.quotes.cue[3] == .vocative)
        #expect(run.lines.quotes.speaker[2].map { scene.ents.find($0) } == scene.ents.find(daniel))
    }

    @Test func parentWordResolverGivesDaddyToTheChildsFather() throws {
        var ents = run.withParentWords
        let daniel = try #require(run.entity("Daniel Price"))
        #expect(ents[ents.find(daniel)].parentWords == ["Daddy"])
        #expect(ents[0].parentWords.isEmpty)
    }

    @Test func narratorGenderIsTheOtherSexOfThePartner() throws {
        #expect(run.withParentWords.gender(0) == nil)
        #expect(run.final.gender(0) == .female)
    }

    @Test func castAssemblerListsTheNarratorFirstThenByFirstMention() throws {
        let cast = run.cast
        #expect(cast.members.map(\.label) == ["Anna", "Daniel Price", "Theo"])
        #expect(cast.members.map(\.role) == [.narrator, .leaver, .child])
        #expect(cast.members.map(\.gender) == [.female, .male, .male])
        #expect(cast.members[1].aliases == ["Daniel", "my husband", "Daddy"])
        #expect(cast.members[2].aliases == ["our son"])
        #expect(cast.quotes.map(\.speaker) == [2, 0, 1, 0])
        #expect(CastAssembler.assemble(run.final, text: run.text, roles: run.roles.roles, quotes: run.lines.quotes) == cast)
        #expect(StoryDocument(id: "t", file: nil, text: Self.story).cast.members == cast.members)
    }
}
