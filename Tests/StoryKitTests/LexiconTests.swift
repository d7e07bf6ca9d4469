import Foundation
import Testing
@testable import StoryKit

/// The lexicon (`Sources/StoryKit/Lexicon/`, `Resources/Cues/`): every list sound, every cue
/// file parsing, and no word list written anywhere else.
@Suite struct LexiconTests {
    /// Every list of the lexicon by name, with whether its rules expect lower case.
    static let lists: [(name: String, words: [String], lowerCase: Bool)] = [
        ("PartnerNouns.all", PartnerNouns.all.map(\.word), true),
        ("PartnerNouns.exForms", PartnerNouns.exForms.map(\.word), true),
        ("Pronouns.he", Pronouns.he, true), ("Pronouns.she", Pronouns.she, true), ("Pronouns.i", Pronouns.i, true),
        ("Pronouns.heContractions", Pronouns.heContractions, true), ("Pronouns.sheContractions", Pronouns.sheContractions, true),
        ("Pronouns.iContractions", Pronouns.iContractions, true), ("Pronouns.subjects", Pronouns.subjects, true),
        ("Pronouns.objects", Pronouns.objects, true), ("Pronouns.possessives", Pronouns.possessives, true),
        ("Pronouns.narratorSubjects", Array(Pronouns.narratorSubjects), true),
        ("Pronouns.childPossessives", Array(Pronouns.childPossessives), true),
        ("Pronouns.narratorObjectsAndOwners", Array(Pronouns.narratorObjectsAndOwners), true),
        ("Determiners.articles", Determiners.articles, true), ("Determiners.aliasOpeners", Array(Determiners.aliasOpeners), true),
        ("ParentNouns.all", ParentNouns.words, true), ("ParentNouns.swap", Array(ParentNouns.swap.keys) + Array(ParentNouns.swap.values), true),
        ("ParentNouns.fatherNouns", Array(ParentNouns.fatherNouns), true), ("ParentNouns.motherNouns", Array(ParentNouns.motherNouns), true),
        ("ChildNouns.sexed", ChildNouns.sexed.flatMap { [$0.female, $0.male] }, true), ("ChildNouns.unsexed", ChildNouns.unsexed, true),
        ("Endearments.all", Array(Endearments.all), true), ("Endearments.childAddress", Array(Endearments.childAddress), true),
        ("RoleNouns.heads", Array(RoleNouns.heads.keys), true), ("RoleNouns.childGroups", RoleNouns.childGroups, true),
        ("RoleNouns.professions", RoleNouns.professions, true), ("RoleNouns.spouseModifiers", Array(RoleNouns.spouseModifiers), true),
        ("RoleNouns.pluralHeads", Array(RoleNouns.pluralHeads), true), ("RoleNouns.stopModifiers", Array(RoleNouns.stopModifiers), true),
        ("RoleNouns.possessiveOnly", Array(RoleNouns.possessiveOnly), true),
        ("PersonNouns.bySex", PersonNouns.bySex.map(\.word), true), ("PersonNouns.female", Array(PersonNouns.female), true),
        ("PersonNouns.male", Array(PersonNouns.male), true), ("PersonNouns.eitherSex", PersonNouns.eitherSex, true),
        ("SelfDescription.subjects", Array(SelfDescription.subjects), true), ("SelfDescription.verbs", Array(SelfDescription.verbs), true),
        ("SelfDescription.nouns", Array(SelfDescription.nouns.keys), true),
        ("PartnerNouns.headlineOpeners", Array(PartnerNouns.headlineOpeners), true),
        ("Titles.all", Titles.all.map(\.word), true),
        ("CalendarWords.months", CalendarWords.months, true), ("CalendarWords.monthAbbreviations", CalendarWords.monthAbbreviations, true),
        ("CalendarWords.weekdays", CalendarWords.weekdays, true), ("CalendarWords.weekdayAbbreviations", CalendarWords.weekdayAbbreviations, true),
        ("CalendarWords.holidays", CalendarWords.holidays, true),
        ("NotNames.cast", Array(NotNames.cast), true), ("NotNames.partner", Array(NotNames.partner), true),
        // As written in a story: "Mom", "OK".
        ("NotNames.remix", Array(NotNames.remix), false),
        ("NumberWords.oneToTen", NumberWords.oneToTen, true), ("NumberWords.ordinals", NumberWords.ordinals, true),
        ("NumberWords.quantities", Array(NumberWords.quantities), true),
        ("NumberWords.childGroupSizes", Array(NumberWords.childGroupSizes.keys), true),
        ("CueWords.lookBack", Array(CueWords.lookBack), true), ("CueWords.negators", Array(CueWords.negators), true),
        ("CueWords.subjects", Array(CueWords.subjects), true), ("CueWords.limiters", Array(CueWords.limiters), true),
        ("CueWords.modals", CueWords.modals, true), ("CueWords.hypotheticals", Array(CueWords.hypotheticals), true),
        ("CueWords.absence", Array(CueWords.absence), true),
        ("SentimentWords.boosters", SentimentWords.boosters, true), ("SentimentWords.dampeners", SentimentWords.dampeners, true),
        ("SentimentWords.negations", Array(SentimentWords.negations), true),
        ("SpeechVerbs.tags", Array(SpeechVerbs.tags), true), ("SpeechVerbs.quoteTags", Array(SpeechVerbs.quoteTags), true),
        ("SpeechVerbs.pronounTags", Array(SpeechVerbs.pronounTags), true), ("SpeechVerbs.beforeName", Array(SpeechVerbs.beforeName), true),
        ("SpeechVerbs.tagSubjects", Array(SpeechVerbs.tagSubjects), true),
        ("SpeechVerbs.betweenTagAndLine", Array(SpeechVerbs.betweenTagAndLine), true),
        ("PersonVerbs.all", Array(PersonVerbs.all), true), ("PersonVerbs.auxiliaries", Array(PersonVerbs.auxiliaries), true),
        ("PersonVerbs.skipped", Array(PersonVerbs.skipped), true), ("PersonVerbs.withPersonObject", Array(PersonVerbs.withPersonObject), true),
        ("PersonVerbs.raisingAChild", Array(PersonVerbs.raisingAChild), true),
        ("LeavingVerbs.onTheNarrator", Array(LeavingVerbs.onTheNarrator), true),
        ("LeavingVerbs.beforeFor", Array(LeavingVerbs.beforeFor), true), ("LeavingVerbs.inHeadline", Array(LeavingVerbs.inHeadline), true),
        ("CastWords.contractionBases", Array(CastWords.contractionBases), true),
        ("CastWords.placePrepositions", Array(CastWords.placePrepositions), true), ("CastWords.childCues", Array(CastWords.childCues), true),
        ("CastWords.coupleCues", Array(CastWords.coupleCues), true), ("CastWords.oneLetterWords", Array(CastWords.oneLetterWords), true),
        ("CastWords.namedThings", Array(CastWords.namedThings), true),
        ("CastWords.placeOnlyPrepositions", Array(CastWords.placeOnlyPrepositions), true),
        ("CastWords.placeNouns", Array(CastWords.placeNouns), true), ("CastWords.petNouns", Array(CastWords.petNouns), true),
        ("CastWords.petWords", Array(CastWords.petWords), true), ("CastWords.rivalPhraseEnds", Array(CastWords.rivalPhraseEnds), true),
        ("CastWords.belongings", Array(CastWords.belongings), true), ("CastWords.goneWords", Array(CastWords.goneWords), true),
        ("CastWords.messageWords", Array(CastWords.messageWords), true), ("CastWords.narratorSilence", CastWords.narratorSilence, true),
        ("RolePhraseWords.leaving", Array(RolePhraseWords.leaving), true),
        ("RolePhraseWords.rivalClauseSubjects", Array(RolePhraseWords.rivalClauseSubjects), true),
        ("RolePhraseWords.rivalClauseVerbs", Array(RolePhraseWords.rivalClauseVerbs), true),
        ("RolePhraseWords.rivalPlacePrepositions", Array(RolePhraseWords.rivalPlacePrepositions), true),
        ("RolePhraseWords.rivalPlaceDeterminers", Array(RolePhraseWords.rivalPlaceDeterminers), true),
        ("RolePhraseWords.marriedVerbs", Array(RolePhraseWords.marriedVerbs), true),
        ("RolePhraseWords.clauseSubjects", Array(RolePhraseWords.clauseSubjects), true),
        ("RolePhraseWords.clauseAuxiliaries", Array(RolePhraseWords.clauseAuxiliaries), true),
        ("RolePhraseWords.clauseVerbs", Array(RolePhraseWords.clauseVerbs), true),
        ("RolePhraseWords.placeDeterminers", Array(RolePhraseWords.placeDeterminers), true),
        ("PageWords.commentHeadings", Array(PageWords.commentHeadings), true),
        ("PageWords.commentCountNouns", Array(PageWords.commentCountNouns), true), ("PageWords.dateWords", Array(PageWords.dateWords), true),
        ("PageWords.ordinalSuffixes", PageWords.ordinalSuffixes, true), ("PageWords.chromeLines", Array(PageWords.chromeLines), true),
        ("PageWords.creditPrefixes", PageWords.creditPrefixes.map { "\($0)" }, true),
        ("PageWords.pleaAsks", PageWords.pleaAsks.map { "\($0)" }, true),
        ("PageWords.pleaAboutThis", PageWords.pleaAboutThis.map { "\($0)" }, true),
        ("PageWords.pleaOpenings", PageWords.pleaOpenings.map { "\($0)" }, true),
        ("PageWords.pleaStarts", PageWords.pleaStarts.map { "\($0)" }, true),
        ("PageWords.titleSmallWords", Array(PageWords.titleSmallWords), true), ("PageWords.abbreviations", PageWords.abbreviations, true),
        ("RemixWords.objectFollowers", Array(RemixWords.objectFollowers), true),
        ("RemixWords.herObjectVerbs", Array(RemixWords.herObjectVerbs), true),
        ("RemixWords.leaverNounFollowers", Array(RemixWords.leaverNounFollowers), true),
        ("RemixWords.leaverPronounsAhead", Array(RemixWords.leaverPronounsAhead), true),
        ("RemixWords.hasParticiples", Array(RemixWords.hasParticiples), true),
        ("RemixWords.describingOpeners", Array(RemixWords.describingOpeners), true), ("RemixWords.answers", RemixWords.answers, true),
        ("AgreementWords.irregular", Array(AgreementWords.irregular.keys) + Array(AgreementWords.irregular.values), true),
        ("AgreementWords.notVerbs", Array(AgreementWords.notVerbs), true), ("AgreementWords.objectTakers", Array(AgreementWords.objectTakers), true),
        ("AgreementWords.adverbs", Array(AgreementWords.adverbs), true), ("AgreementWords.esEndings", AgreementWords.esEndings, true),
        ("SceneWords.cues", SceneWords.cues.values.flatMap { $0.map(\.0) }, true),
        ("SceneWords.presence", SceneWords.presence.values.flatMap { $0 }, true), ("SceneWords.faceToFace", SceneWords.faceToFace, true),
        ("SceneWords.voiceWords", SceneWords.voiceWords, true), ("SceneWords.writingWords", SceneWords.writingWords, true),
        ("SceneWords.callOnly", SceneWords.callOnly, true), ("SceneWords.shifts", SceneWords.shifts, true),
    ]

    @Test func everyListHasWordsInTheCaseItsRulesRead() {
        for (name, words, lowerCase) in Self.lists {
            #expect(!words.isEmpty, "\(name) is empty")
            for w in words {
                #expect(!w.isEmpty && w.first != " ", "\(name): '\(w)'")
                // "if ", "please ": an opening matched at the start of a sentence, space included.
                if name != "PageWords.pleaOpenings" { #expect(w.last != " ", "\(name): '\(w)'") }
                if lowerCase { #expect(w == w.lowercased(), "\(name): '\(w)' is not lower case") }
            }
        }
    }

    /// The lists that say they are a subset of another are one.
    @Test func subsetsAreSubsets() {
        #expect(SpeechVerbs.pronounTags.isSubset(of: SpeechVerbs.tags))
        #expect(SpeechVerbs.beforeName.isSubset(of: SpeechVerbs.tags))
        #expect(PersonVerbs.auxiliaries.isSubset(of: PersonVerbs.skipped))
        #expect(Set(SceneWords.callOnly).isSubset(of: Set(SceneWords.voiceWords)))
        #expect(ParentNouns.swapped.isSubset(of: Set(ParentNouns.words)))
        #expect(ParentNouns.childish.isSubset(of: Set(ParentNouns.words)))
        #expect(NotNames.partner.isSubset(of: NotNames.cast))
        #expect(CastWords.placeOnlyPrepositions.isSubset(of: CastWords.placePrepositions))
        #expect(CastWords.clauseConjunctions.isSubset(of: CastWords.rivalPhraseEnds))
        for variant in [LeavingVerbs.onTheNarrator, LeavingVerbs.beforeFor, LeavingVerbs.inHeadline] {
            #expect(LeavingVerbs.walkedOut.isSubset(of: variant))
        }
        #expect(Set(NumberWords.childGroupSizes.keys).isSubset(of: Set(NumberWords.oneToTen)))
    }

    // MARK: No word list outside the lexicon

    /// Word-list literals that stay outside `Lexicon/`, each with why: (file under
    /// Sources/StoryKit, first word of the literal, reason).
    static let allowed: [(file: String, first: String, why: String)] = [
        ("Structure/Partner.swift", "my", "the three words `infer` reads by number, beside the code that reads them"),
        ("Remix/EndingTemplate.swift", "leaver", "the slot names of the ending-file syntax, filled by `fill` just below"),
        ("Export/InkExport.swift", "VAR ", "Ink's keywords, the syntax of the export format"),
    ]
    @Test func noWordListLiteralOutsideTheLexicon() throws {
        let root = Repo.root.appendingPathComponent("Sources/StoryKit")
        var found: [String] = []
        var used = Set<String>()
        let files = try Self.swiftFiles(under: root).filter { !$0.hasPrefix("Lexicon/") }
        // The walk reads the tree (the cast's passes among it), else it would pass on nothing.
        #expect(files.contains { $0.hasPrefix("Characters/Passes/") }, "\(root.path): the sources are not where the test looks")
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for hit in ListLiteralScanner.wordLists(in: text) {
                if let a = Self.allowed.first(where: { $0.file == file && $0.first == hit.first }) { used.insert(a.file + a.first); continue }
                found.append("\(file):\(hit.line): [\"\(hit.first)\", …]")
            }
        }
        #expect(found.isEmpty, "word lists belong in Sources/StoryKit/Lexicon/:\n\(found.joined(separator: "\n"))")
        // An allowance no longer needed goes too.
        for a in Self.allowed { #expect(used.contains(a.file + a.first), "\(a.file): no list starting \"\(a.first)\" any more") }
    }

    /// The scanner finds the forms of list it should, and nothing else.
    @Test func scannerFindsWordListsAndOnlyThem() {
        func hits(_ s: String) -> [String] { ListLiteralScanner.wordLists(in: s).map(\.first) }
        #expect(hits(#"let x: Set<String> = ["left", "gone", "away"]"#) == ["left"])
        #expect(hits("if [\"the\", \"a\",\n   \"an\"].contains(w) {}") == ["the"])
        #expect(hits(#"let d = ["mom": .female, "dad": .male, "papa": .male]"#) == ["mom"])
        #expect(hits(#"let c = [("porch", 3), ("door", 2), ("gate", 1)]"#) == ["porch"])
        #expect(hits(#"let t = ["it's", "it is"]"#).isEmpty)
        #expect(hits(#"let p = [".", "!", "?", "…"]"#).isEmpty)
        #expect(hits(#"// ["left", "gone", "away"] in a comment"#).isEmpty)
        #expect(hits(#"let s = "[\"left\", \"gone\", \"away\"]""#).isEmpty)
    }

    @Test func noListInTheLexiconRepeatsAWord() throws {
        let root = Repo.root.appendingPathComponent("Sources/StoryKit/Lexicon")
        for file in try Self.swiftFiles(under: root) {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for list in ListLiteralScanner.literals(in: text) {
                var seen = Set<String>()
                for w in list.words where !seen.insert(w).inserted {
                    Issue.record("\(file):\(list.line): \"\(w)\" twice in one list")
                }
            }
        }
    }

    static func swiftFiles(under root: URL) throws -> [String] {
        let all = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(".swift") }.sorted()
    }

    // MARK: Cue files

    static let cueFolder = Repo.root.appendingPathComponent("Sources/StoryKit/Resources/Cues")

    @Test func everyCueFileParsesAndIsRead() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.cueFolder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == StoryCues.all.count)
        var total = 0
        for f in files {
            let cues = try CueFile.parse(String(contentsOf: Self.cueFolder.appendingPathComponent(f), encoding: .utf8), file: f)
            #expect(!cues.isEmpty, "\(f) has no cues")
            total += cues.count
            for c in cues {
                for element in c.pattern.split(separator: " ") where !element.hasPrefix("@") {
                    #expect(element == element.lowercased(), "\(f): '\(c.pattern)' is not lower case")
                }
            }
        }
        // What the structure reads (from the bundle) is what the files say.
        #expect(StoryCues.allEntries.map(\.count).reduce(0, +) == total)
        #expect(StoryCues.all.allSatisfy { !$0.cues.isEmpty })
    }

    @Test func cueLinesParseToTheirFields() throws {
        let text = """
        // a note

        forgave @O|you ; forgave ; 3 ; either ; narrator ; yes
        new {partner}|love   ;  a new partner ; 2 ; narration ; anyone ; no
        """
        let cues = try CueFile.parse(text, file: "test.txt")
        #expect(cues.count == 2)
        #expect(cues[0] == CueLine(pattern: "forgave @O|you", elements: [.words(["forgave"], object: false, subject: false), .words(["you"], object: true, subject: false)],
                                   label: "forgave", weight: 3, voice: .either, subject: .narrator, event: true))
        #expect(cues[1].pattern == "new \(PartnerNouns.pattern)|love" && cues[1].label == "a new partner" && cues[1].voice == .narration
                && cues[1].subject == .anyone && !cues[1].event)
        #expect(cues[1].words.contains("husband") && cues[1].words.contains("love"))
    }

    @Test func aBadCueLineIsNamedWithItsLine() {
        let bad = [
            "left ; left ; 1 ; narration ; partner",
            "left ; left ; one ; narration ; partner ; yes",
            "left ; left ; 1 ; aloud ; partner ; yes",
            "left ; left ; 1 ; narration ; someone ; yes",
            "left ; left ; 1 ; narration ; partner ; maybe",
            "left {spouse} ; left ; 1 ; narration ; partner ; yes",
            "left ~x ; left ; 1 ; narration ; partner ; yes",
            " ; left ; 1 ; narration ; partner ; yes",
            "left ;  ; 1 ; narration ; partner ; yes",
        ]
        for line in bad {
            #expect(throws: CueFile.ParseError.self, "\(line)") { try CueFile.parse("// note\n" + line, file: "x.txt") }
            do { _ = try CueFile.parse("// note\n" + line, file: "x.txt") } catch let e as CueFile.ParseError {
                #expect(e.line == 2 && e.description.hasPrefix("Cues/x.txt line 2: "), "\(e)")
            } catch {}
        }
    }
}

/// Finds the list literals of Swift source by their form: a `[` whose elements each open with
/// a string (`"left"`, `"mom": .female`, or a tuple `("porch", 3)`), comments and the insides
/// of strings skipped.
enum ListLiteralScanner {
    struct Literal { var line: Int; var words: [String] }

    /// Literals of three or more elements with a letter in each: word lists, not punctuation.
    static func wordLists(in source: String) -> [(line: Int, first: String)] {
        literals(in: source).filter { $0.words.count >= 3 && $0.words.allSatisfy { $0.contains(where: \.isLetter) } }
            .map { ($0.line, $0.words[0]) }
    }

    private struct Frame {
        var isList: Bool
        var line: Int
        var words: [String] = []
        /// Every element so far opened with a string.
        var ok = true
        var atElementStart = true
        /// A tuple that is a list's element: its first string is the list's.
        var tupleInList = false
    }

    static func literals(in source: String) -> [Literal] {
        let c = Array(source.unicodeScalars)
        var out: [Literal] = []
        var stack: [Frame] = []
        var line = 1
        var i = 0

        /// Skips the string literal whose opening quote is at `i`; returns its text (interpolations dropped).
        func string(_ start: Int) -> (end: Int, text: String) {
            var hashes = 0
            var k = start - 1
            while k >= 0, c[k] == "#" { hashes += 1; k -= 1 }
            let quotes = start + 2 < c.count && c[start + 1] == "\"" && c[start + 2] == "\"" ? 3 : 1
            var j = start + quotes
            var text = ""
            func closes(_ j: Int) -> Bool {
                (0..<quotes).allSatisfy { j + $0 < c.count && c[j + $0] == "\"" }
                    && (0..<hashes).allSatisfy { j + quotes + $0 < c.count && c[j + quotes + $0] == "#" }
            }
            while j < c.count, !closes(j) {
                if c[j] == "\n" { line += 1 }
                if c[j] == "\\", hashes == 0, j + 1 < c.count {
                    if c[j + 1] == "(" {
                        // An interpolation: skip to its closing parenthesis, strings inside included.
                        var depth = 1
                        j += 2
                        while j < c.count, depth > 0 {
                            if c[j] == "\"" { j = string(j).end; continue }
                            if c[j] == "(" { depth += 1 } else if c[j] == ")" { depth -= 1 }
                            j += 1
                        }
                        continue
                    }
                    text.unicodeScalars.append(c[j + 1])
                    j += 2
                    continue
                }
                text.unicodeScalars.append(c[j])
                j += 1
            }
            return (j + quotes + hashes, text)
        }

        while i < c.count {
            let ch = c[i]
            if ch == "\n" { line += 1; i += 1; continue }
            if ch == "/", i + 1 < c.count, c[i + 1] == "/" {
                while i < c.count, c[i] != "\n" { i += 1 }
                continue
            }
            if ch == "/", i + 1 < c.count, c[i + 1] == "*" {
                i += 2
                while i + 1 < c.count, !(c[i] == "*" && c[i + 1] == "/") { if c[i] == "\n" { line += 1 }; i += 1 }
                i += 2
                continue
            }
            if ch == "\"" {
                let (end, text) = string(i)
                if var top = stack.popLast() {
                    if top.tupleInList, top.atElementStart, top.words.isEmpty, !stack.isEmpty {
                        stack[stack.count - 1].words.append(text)
                        top.words.append(text)
                    } else if top.atElementStart {
                        top.words.append(text)
                    }
                    top.atElementStart = false
                    stack.append(top)
                }
                i = end
                continue
            }
            switch ch {
            case "[", "(":
                var frame = Frame(isList: ch == "[", line: line)
                if !stack.isEmpty, stack[stack.count - 1].atElementStart {
                    if ch == "(", stack[stack.count - 1].isList {
                        frame.tupleInList = true
                    } else {
                        stack[stack.count - 1].ok = false
                    }
                    stack[stack.count - 1].atElementStart = false
                }
                stack.append(frame)
            case "]", ")":
                if let top = stack.popLast() {
                    if top.isList, top.ok, !top.words.isEmpty { out.append(Literal(line: top.line, words: top.words)) }
                    // A tuple element that did not open with a string spoils its list.
                    if top.tupleInList, top.words.isEmpty, !stack.isEmpty { stack[stack.count - 1].ok = false }
                }
            case ",":
                if !stack.isEmpty { stack[stack.count - 1].atElementStart = true }
            default:
                if !ch.properties.isWhitespace, !stack.isEmpty, stack[stack.count - 1].atElementStart {
                    stack[stack.count - 1].ok = false
                    stack[stack.count - 1].atElementStart = false
                }
            }
            i += 1
        }
        return out
    }
}
