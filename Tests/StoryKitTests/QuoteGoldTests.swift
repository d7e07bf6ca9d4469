import Foundation
import Testing
@testable import StoryKit

/// Every quotation of the fixtures against its gold (`Fixtures/quote-gold`): the speaker, or
/// "not speech" for a scare quote, and whether it continues a turn split by its speech tag.
@Suite struct QuoteGoldTests {
    struct GoldQuote: Decodable {
        var starts: String
        var speaker: String
        var continues: Bool?
    }
    struct GoldFile: Decodable {
        var story: String
        var quotes: [GoldQuote]
    }

    static let dir = Repo.fixtures.appendingPathComponent("quote-gold")

    static func files() throws -> [(String, GoldFile, StoryDocument)] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted().map { name in
            let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: dir.appendingPathComponent(name)))
            let url = dir.appendingPathComponent(gold.story).standardizedFileURL
            let doc = StoryDocument(id: url.deletingPathExtension().lastPathComponent, file: url.path, text: try String(contentsOf: url, encoding: .utf8))
            return (name, gold, doc)
        }
    }

    struct Tally {
        var right = 0, total = 0, scareAsSpeech = 0, scare = 0
        var wrong: [String] = []
    }

    /// Gold quotations matched in reading order to the cast's, by their first words.
    static func score(_ gold: GoldFile, _ cast: Cast, _ tally: inout Tally, name: String) {
        var turnOf = [Int](repeating: -1, count: cast.quotes.count)
        for (t, turn) in cast.turns.enumerated() { for q in turn.quotes { turnOf[q] = t } }
        var next = 0
        for g in gold.quotes {
            tally.total += 1
            let key = fold(g.starts)
            guard let i = (next..<cast.quotes.count).first(where: { fold(cast.quotes[$0].text).hasPrefix(key) }) else {
                tally.wrong.append("\(name): no quotation “\(g.starts)”"); continue
            }
            next = i + 1
            let q = cast.quotes[i]
            var ok: Bool
            var said: String
            if g.speaker == "not speech" {
                tally.scare += 1
                ok = !q.isSpeech
                if q.isSpeech { tally.scareAsSpeech += 1 }
                said = q.isSpeech ? "speech" : "not speech"
            } else if !q.isSpeech {
                ok = false
                said = "not speech"
            } else if let s = q.speaker {
                let m = cast.members[s]
                ok = g.speaker == "narrator" ? m.role == .narrator : ([m.name, m.label] + m.aliases.map(Optional.some)).contains { fold($0 ?? "") == fold(g.speaker) }
                said = m.name ?? m.label
                let continues = i > 0 && turnOf[i] >= 0 && turnOf[i] == turnOf[i - 1]
                if continues != (g.continues ?? false) { ok = false; said += continues ? " (joined)" : " (split)" }
            } else {
                ok = false
                said = "?"
            }
            if ok { tally.right += 1 } else { tally.wrong.append("\(name): “\(g.starts)” gold \(g.speaker)\(g.continues == true ? " (continues)" : ""), got \(said)") }
        }
    }

    /// The fixtures (our own stories: f…, q…) and the five samples (s…), measured apart.
    @Test func fixturesMeetTheTargets() throws {
        let files = try Self.files()
        #expect(files.count >= 15)
        var tallies: [String: Tally] = [:]
        for (name, gold, doc) in files {
            let group = name.hasPrefix("s") ? "samples" : "fixtures"
            Self.score(gold, doc.cast, &tallies[group, default: Tally()], name: name)
        }
        for (group, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            let accuracy = Double(tally.right) / Double(max(1, tally.total))
            print("quote gold, \(group): \(tally.right)/\(tally.total) right (\(Int((accuracy * 1000).rounded()) / 10) %), not speech \(tally.scare), taken as speech \(tally.scareAsSpeech)")
            for w in tally.wrong { print("  " + w) }
            #expect(accuracy >= 0.95, "\(group): \(tally.wrong)")
            #expect(tally.scareAsSpeech == 0, "\(group)")
        }
        #expect((tallies["fixtures"]?.total ?? 0) >= 150 && (tallies["fixtures"]?.scare ?? 0) >= 8)
        #expect((tallies["samples"]?.total ?? 0) >= 150)
    }

    /// The kinds of quotation the rules tell apart, on sentences of their own.
    @Test(arguments: [
        ("He wanted “room to breathe.” Then he left.", QuoteKind.mention),
        ("The note said he needed “room to breathe.”", .speech),
        ("He called it “needing space.” I called it abandonment.", .mention),
        ("We talked about kids “someday,” but when “someday” came he ran.", .mention),
        ("“Someday” never came.", .mention),
        ("“Fine,” he said.", .speech),
        ("Then I said, “Some do.”", .speech),
        ("The note said only “I’m sorry.”", .speech),
        ("He just whispered “sorry” and went.", .speech),
        ("She asked me “why?” twice.", .speech),
        ("He left a mumbled “I hope you understand someday.”", .speech),
        ("“When is Mommy coming home?”", .speech),
    ])
    func kinds(_ text: String, _ kind: QuoteKind) {
        let seg = Segmenter.segment([text])
        #expect(seg.quotes.first?.kind == kind, "\(text)")
    }

    /// A line split by its tag is one turn with its tag as a stage direction.
    @Test func splitLineIsOneTurn() {
        let cast = CastAnalyzer.analyze(paragraphs: ["My husband, Mark, stood at the door.", "“I can’t stay,” he told me, his voice flat. “I want my freedom.”"],
                                        quotes: Segmenter.segment(["My husband, Mark, stood at the door.", "“I can’t stay,” he told me, his voice flat. “I want my freedom.”"]).quotes,
                                        title: nil)
        #expect(cast.turns.count == 1)
        #expect(cast.turns.first?.parts == ["I can’t stay,", "I want my freedom."])
        #expect(cast.turns.first?.directions == ["he told me, his voice flat."])
        #expect(cast.turns.first.flatMap(\.speaker).map { cast.members[$0].name } == "Mark")
    }

    /// The samples' scare quotes are nobody's line, and 002's script starts with James.
    @Test func samplesScareQuotes() {
        let c2 = Repo.sample("002").cast
        #expect(c2.turns.first.flatMap(\.speaker).map { c2.members[$0].name } == "James")
        #expect(c2.turns.first?.text.hasPrefix("This isn’t the life I signed up for") == true)
        #expect(!c2.turns.contains { $0.text.contains("someday") && $0.text.count < 12 })
        let c1 = Repo.sample("001").cast
        #expect(!c1.turns.contains { $0.text.hasPrefix("needing space") })
        let c3 = Repo.sample("003").cast
        #expect(!c3.turns.contains { $0.text.hasPrefix("networking events") || $0.text.hasPrefix("strategy meetings") })
        #expect(c3.turns.contains { $0.text.hasPrefix("I messed up, God, I messed up so badly") })
    }
}
