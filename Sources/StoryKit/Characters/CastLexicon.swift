/// The cast's word classes: every closed list the cast rules consult, as bits a token carries.
/// The words themselves are defined in `Lexicon/` (`Pronouns`, `NotNames`, `SpeechVerbs`,
/// `PersonVerbs`, `CastWords`, `ParentNouns`, `RoleNouns`…); this turns them into bits once.
enum CastLexicon {
    /// Every list a word belongs to, as bits: tokens look their word up once (`CastToken.lex`)
    /// and the rules test bits instead of hashing strings again.
    struct Class: OptionSet, Sendable {
        let rawValue: UInt32
        static let firstPerson = Class(rawValue: 1 << 0)
        static let malePronouns = Class(rawValue: 1 << 1)
        static let femalePronouns = Class(rawValue: 1 << 2)
        static let subjectPronouns = Class(rawValue: 1 << 3)
        static let determiners = Class(rawValue: 1 << 4)
        static let notNames = Class(rawValue: 1 << 5)
        static let speechVerbs = Class(rawValue: 1 << 6)
        static let personVerbs = Class(rawValue: 1 << 7)
        static let verbSkips = Class(rawValue: 1 << 8)
        static let auxiliaries = Class(rawValue: 1 << 9)
        static let objectVerbs = Class(rawValue: 1 << 10)
        static let childCues = Class(rawValue: 1 << 11)
        static let titles = Class(rawValue: 1 << 12)
        static let childishParentWords = Class(rawValue: 1 << 13)
        static let coupleCues = Class(rawValue: 1 << 14)
        static let endearments = Class(rawValue: 1 << 15)
        static let parentWordSet = Class(rawValue: 1 << 16)
        /// A key of `RoleNouns.heads`.
        static let roleHeads = Class(rawValue: 1 << 17)
        static let stopModifiers = Class(rawValue: 1 << 18)
        /// A word `RoleNounFinder.special` needs right after its determiner.
        static let specialCues = Class(rawValue: 1 << 19)
        /// "two" to "eight": how many children a group names (`NumberWords.childGroupSizes`).
        static let childGroupSizes = Class(rawValue: 1 << 20)
        /// Where a capital after it is a place ("in", "near"; `CastWords.placePrepositions`),
        /// and those that take only places (`placeOnlyPrepositions`).
        static let placePrepositions = Class(rawValue: 1 << 21)
        static let placeOnlyPrepositions = Class(rawValue: 1 << 22)
        /// "Hospital", "Street" after a name: a place (`CastWords.placeNouns`).
        static let placeNouns = Class(rawValue: 1 << 23)
        /// "dog", "cat" (`CastWords.petNouns`) and a pet's body or doings (`petWords`).
        static let petNouns = Class(rawValue: 1 << 24)
        static let petWords = Class(rawValue: 1 << 25)
        /// "called", "named" before a name (`RoleCueWords.calledName`).
        static let calledName = Class(rawValue: 1 << 26)
        /// "my", "the" opening an apposition (`Determiners.aliasOpeners`).
        static let aliasOpeners = Class(rawValue: 1 << 27)
        /// The last word of a head of two words ("man" of "best man"): only after one is the
        /// word before it looked up.
        static let compoundHeadEnds = Class(rawValue: 1 << 28)
    }

    static let classes: [String: Class] = {
        var d: [String: Class] = [:]
        func add(_ words: Set<String>, _ c: Class) { for w in words { d[w, default: []].insert(c) } }
        add(Pronouns.firstPerson, .firstPerson)
        add(Pronouns.maleWithContractions, .malePronouns)
        add(Pronouns.femaleWithContractions, .femalePronouns)
        add(Pronouns.singularSubjects, .subjectPronouns)
        add(Determiners.all, .determiners)
        add(NotNames.cast, .notNames)
        add(SpeechVerbs.tags, .speechVerbs)
        add(PersonVerbs.all, .personVerbs)
        add(PersonVerbs.skipped, .verbSkips)
        add(PersonVerbs.auxiliaries, .auxiliaries)
        add(PersonVerbs.withPersonObject, .objectVerbs)
        add(CastWords.childCues, .childCues)
        add(Titles.words, .titles)
        add(ParentNouns.childish, .childishParentWords)
        add(CastWords.coupleCues, .coupleCues)
        add(Endearments.all, .endearments)
        add(Set(ParentNouns.words), .parentWordSet)
        add(Set(RoleNouns.heads.keys), .roleHeads)
        add(Set(RoleNouns.compoundHeads.keys), .compoundHeadEnds)
        add(RoleNouns.stopModifiers, .stopModifiers)
        add(RoleNouns.specialCues, .specialCues)
        add(Set(NumberWords.childGroupSizes.keys), .childGroupSizes)
        add(CastWords.placePrepositions, .placePrepositions)
        add(CastWords.placeOnlyPrepositions, .placeOnlyPrepositions)
        add(CastWords.placeNouns, .placeNouns)
        add(CastWords.petNouns, .petNouns)
        add(CastWords.petWords, .petWords)
        add(RoleCueWords.calledName, .calledName)
        add(Determiners.aliasOpeners, .aliasOpeners)
        return d
    }()
}

/// What a role noun says about the person it names.
enum NounCategory: String, Sendable {
    case partner, child, twins, family, helper, other, rival
}

