/// The clause cues' word lists (`RoleCueWords`) as bits per vocabulary number, for
/// `ClauseReader`: "is the word before the name one of the marrying verbs" is then a mask test
/// on the token's number, not SipHash over its text into a `Set` per rule and word. Each bit is
/// the list of the same name; the lists stay the definitions.
struct RoleCueClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let ageUnits = RoleCueClass(rawValue: 1 << 0)
    static let askingDivorce = RoleCueClass(rawValue: 1 << 1)
    static let backToOwners = RoleCueClass(rawValue: 1 << 2)
    static let beingAge = RoleCueClass(rawValue: 1 << 3)
    static let beingWith = RoleCueClass(rawValue: 1 << 4)
    static let childSkills = RoleCueClass(rawValue: 1 << 5)
    static let coupleStates = RoleCueClass(rawValue: 1 << 6)
    static let coupled = RoleCueClass(rawValue: 1 << 7)
    static let desertingVerbs = RoleCueClass(rawValue: 1 << 8)
    static let dropped = RoleCueClass(rawValue: 1 << 9)
    static let escorting = RoleCueClass(rawValue: 1 << 10)
    static let fallingFor = RoleCueClass(rawValue: 1 << 11)
    static let goingBack = RoleCueClass(rawValue: 1 << 12)
    static let goingHome = RoleCueClass(rawValue: 1 << 13)
    static let goingTo = RoleCueClass(rawValue: 1 << 14)
    static let helping = RoleCueClass(rawValue: 1 << 15)
    static let homes = RoleCueClass(rawValue: 1 << 16)
    static let indefinite = RoleCueClass(rawValue: 1 << 17)
    static let kinOwners = RoleCueClass(rawValue: 1 << 18)
    static let leftFor = RoleCueClass(rawValue: 1 << 19)
    static let leftObjects = RoleCueClass(rawValue: 1 << 20)
    static let leftWhom = RoleCueClass(rawValue: 1 << 21)
    static let living = RoleCueClass(rawValue: 1 << 22)
    static let marrying = RoleCueClass(rawValue: 1 << 23)
    static let met = RoleCueClass(rawValue: 1 << 24)
    static let moving = RoleCueClass(rawValue: 1 << 25)
    static let narratorObject = RoleCueClass(rawValue: 1 << 26)
    static let narratorSubjects = RoleCueClass(rawValue: 1 << 27)
    static let narratorsChildren = RoleCueClass(rawValue: 1 << 28)
    static let othersObjects = RoleCueClass(rawValue: 1 << 29)
    static let othersOwners = RoleCueClass(rawValue: 1 << 30)
    static let partnerLeaving = RoleCueClass(rawValue: 1 << 31)
    static let pastPerfect = RoleCueClass(rawValue: 1 << 32)
    static let servingPapers = RoleCueClass(rawValue: 1 << 33)
    static let strangerNouns = RoleCueClass(rawValue: 1 << 34)
    static let taking = RoleCueClass(rawValue: 1 << 35)
    static let thereBe = RoleCueClass(rawValue: 1 << 36)
    static let withRival = RoleCueClass(rawValue: 1 << 37)
    static let seeing = RoleCueClass(rawValue: 1 << 38)
    static let calledName = RoleCueClass(rawValue: 1 << 39)
    static let outsiderNouns = RoleCueClass(rawValue: 1 << 40)
    static let helperNouns = RoleCueClass(rawValue: 1 << 41)
    static let friendParts = RoleCueClass(rawValue: 1 << 42)
    static let titles = RoleCueClass(rawValue: 1 << 43)
    static let officialNouns = RoleCueClass(rawValue: 1 << 44)
    static let kinNouns = RoleCueClass(rawValue: 1 << 45)
    static let childNouns = RoleCueClass(rawValue: 1 << 46)
    static let minding = RoleCueClass(rawValue: 1 << 47)
    static let afterMinding = RoleCueClass(rawValue: 1 << 48)
    static let ageTens = RoleCueClass(rawValue: 1 << 49)

    /// Each class with its words, for `Vocabulary`.
    static let lists: [(RoleCueClass, Set<String>)] = [
        (.ageUnits, RoleCueWords.ageUnits),
        (.askingDivorce, RoleCueWords.askingDivorce),
        (.backToOwners, RoleCueWords.backToOwners),
        (.beingAge, RoleCueWords.beingAge),
        (.beingWith, RoleCueWords.beingWith),
        (.childSkills, RoleCueWords.childSkills),
        (.coupleStates, RoleCueWords.coupleStates),
        (.coupled, RoleCueWords.coupled),
        (.desertingVerbs, RoleCueWords.desertingVerbs),
        (.dropped, RoleCueWords.dropped),
        (.escorting, RoleCueWords.escorting),
        (.fallingFor, RoleCueWords.fallingFor),
        (.goingBack, RoleCueWords.goingBack),
        (.goingHome, RoleCueWords.goingHome),
        (.goingTo, RoleCueWords.goingTo),
        (.helping, RoleCueWords.helping),
        (.homes, RoleCueWords.homes),
        (.indefinite, RoleCueWords.indefinite),
        (.kinOwners, RoleCueWords.kinOwners),
        (.leftFor, RoleCueWords.leftFor),
        (.leftObjects, RoleCueWords.leftObjects),
        (.leftWhom, RoleCueWords.leftWhom),
        (.living, RoleCueWords.living),
        (.marrying, RoleCueWords.marrying),
        (.met, RoleCueWords.met),
        (.moving, RoleCueWords.moving),
        (.narratorObject, RoleCueWords.narratorObject),
        (.narratorSubjects, RoleCueWords.narratorSubjects),
        (.narratorsChildren, RoleCueWords.narratorsChildren),
        (.othersObjects, RoleCueWords.othersObjects),
        (.othersOwners, RoleCueWords.othersOwners),
        (.partnerLeaving, RoleCueWords.partnerLeaving),
        (.pastPerfect, RoleCueWords.pastPerfect),
        (.servingPapers, RoleCueWords.servingPapers),
        (.strangerNouns, RoleCueWords.strangerNouns),
        (.taking, RoleCueWords.taking),
        (.thereBe, RoleCueWords.thereBe),
        (.withRival, RoleCueWords.withRival),
        (.seeing, RoleCueWords.seeing),
        (.calledName, RoleCueWords.calledName),
        (.outsiderNouns, RoleCueWords.outsiderNouns),
        (.helperNouns, RoleCueWords.helperNouns),
        (.friendParts, RoleCueWords.friendParts),
        (.titles, RoleCueWords.titles),
        (.officialNouns, RoleCueWords.officialNouns),
        (.kinNouns, RoleCueWords.kinNouns),
        (.childNouns, RoleCueWords.childNouns),
        (.minding, RoleCueWords.minding),
        (.afterMinding, RoleCueWords.afterMinding),
        (.ageTens, RoleCueWords.ageTens),
    ]
}
