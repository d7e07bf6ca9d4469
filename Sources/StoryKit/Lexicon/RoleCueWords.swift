/// The words `RoleCues` reads around a name to tell a rival, a helper or a child from a
/// bystander: general English of the genre, each list defined once here.
enum RoleCueWords {
    /// What a partner does with a rival: "an affair with X", "moved in with X", "ran off with X".
    static let withRival: Set<String> = ["affair", "seeing", "sleeping", "involved", "living", "moved", "ran", "run",
                                         "running", "off", "love", "cheating", "cheated", "fling", "relationship",
                                         "moving", "photos", "pictures", "posing", "photographed", "seen", "spotted"]
    /// Who a rival is, between "with" and the name: "with her friend Deniz", "with his coworker Jodian".
    static let outsiderNouns: Set<String> = ["friend", "coworker", "co-worker", "colleague", "boss", "secretary",
                                             "assistant", "trainer", "student", "ex", "neighbor", "neighbour", "pal"]
    /// The tens of an age that stands for a person: "a twenty-six-year-old named Roya".
    static let ageTens: Set<String> = ["eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty"]
    /// Minding a child, before their name: "my mom watched Chloe", and what may follow the name
    /// ("… while I worked", "… after school"), so that "watched Greg walk away" is no minding.
    static let minding: Set<String> = ["watched", "minded", "babysat", "bathed", "tucked"]
    static let afterMinding: Set<String> = ["while", "after", "when", "every", "on", "at", "for", "so", "and", "in", "during", "most", "three", "two", "four", "five"]
    /// What a child is taught, after "taught X to": "taught Evan to ride a bike".
    static let childSkills: Set<String> = ["ride", "read", "swim", "bake", "braid", "tie", "write", "count", "skate", "ski",
                                           "fish", "knit", "cook", "spell", "walk", "throw", "catch", "pray", "whistle"]
    /// Being with someone, said: "I'm with Brittany now".
    static let beingWith: Set<String> = ["i'm", "'m", "am"]
    /// Going to someone's home, said: "I'm going to Donna's".
    static let goingTo: Set<String> = ["going", "moving", "gone", "staying"]
    /// Moving, before "into X's flat": where a partner goes to a rival.
    static let moving: Set<String> = ["moved", "moving", "move"]
    /// Living at a rival's, before "in X's house", and the homes after the name.
    static let living: Set<String> = ["living", "lived", "staying", "stayed"]
    static let homes: Set<String> = ["house", "apartment", "flat", "place", "condo", "bed", "home"]
    /// "a", "an": a stranger introduced by what they do, "with a bartender named X".
    static let indefinite: Set<String> = ["a", "an"]
    /// Kin nouns before a name: "his mother, Annelies" (family, not a helper or a bystander).
    static let kinNouns: Set<String> = Set(RoleNouns.heads.filter { $0.value.category == .family }.map(\.key))
        .subtracting(["family", "parents", "in-laws"])
    /// Whose kin they are: "his mother", "my sister".
    static let kinOwners: Set<String> = ["his", "her", "my", "our", "their"]
    /// Being with someone as a lover, right before their name: "he had been seeing Valentina".
    static let seeing: Set<String> = ["seeing", "dating"]
    /// What two lovers had been: "he and X had been together", "she and X were seeing each other".
    /// "he and X were posting couple photos" too.
    static let coupled: Set<String> = ["together", "seeing", "dating", "sleeping", "involved", "love", "engaged", "married", "couple"]
    /// Falling for someone, before "for": "he had fallen for X", "she fell for X".
    static let fallingFor: Set<String> = ["fallen", "fell", "falling"]
    /// A rival ending it with the partner: "X had left him", "X threw her over", "X dumped him".
    static let dropped: Set<String> = ["left", "dumped", "ditched", "threw", "thrown", "ended", "finished", "kicked", "walked"]
    /// Of `dropped`, the verbs that with their object straight after see someone somewhere:
    /// "walked her out" (not "walked out on her").
    static let escorting: Set<String> = ["walked"]
    /// Being introduced by name: "a woman called X", "someone named X".
    static let calledName: Set<String> = ["called", "named"]
    /// Who a stranger is before the name: "a woman called X", "a guy named X".
    static let strangerNouns: Set<String> = ["woman", "man", "guy", "girl", "lady", "bloke", "chap", "fellow"]
    /// How an apposition after a name opens when it says who an outsider is: "Ottoline, the
    /// widow across the landing" (not "Sam, our youngest").
    static let outsiderApposition: Set<String> = ["the", "a", "an"]
    /// The narrator's children as the ones a helper takes or minds: "took the girls".
    static let narratorsChildren: Set<String> = ["kids", "children", "girls", "boys", "twins", "baby", "babies"]
    /// The narrator as the subject in narration: "I met someone", "we'd met".
    static let narratorSubjects: Set<String> = ["i", "i'd", "i've", "we", "we'd", "we've"]
    /// Whom a partner has met: "I've met someone".
    static let someone: Set<String> = ["someone", "somebody"]
    /// Asking to end the marriage, before "a divorce": "he wanted a divorce", "she filed for a divorce".
    static let askingDivorce: Set<String> = ["wanted", "wants", "want", "asked", "asks", "demanded", "filed", "told", "said"]
    /// Giving the narrator divorce papers: "had me served with divorce papers", "sent me divorce papers".
    static let servingPapers: Set<String> = ["served", "sent", "handed", "mailed", "filed", "signed", "gave"]
    /// The narrator's children as a group without "our": "the boys", "both girls", with the
    /// sex the word gives.
    static let bareChildGroups: [String: Gender?] = ["boys": .male, "girls": .female, "twins": nil, "triplets": nil]
    static let bareGroupOpeners: Set<String> = ["the", "both"]
    /// Going home to someone: "I went home to Daniel", "I get to come home to Ravi".
    static let goingHome: Set<String> = ["went", "go", "come", "came", "going", "coming", "drove", "walked"]
    /// A rival going back to their own: "had gone back to his wife", "went back to an ex".
    static let goingBack: Set<String> = ["gone", "went", "going", "run", "ran"]
    static let backToOwners: Set<String> = ["his", "her", "their", "an"]
    /// "there was", "there had been", "there's": how a partner tells of someone new.
    static let thereBe: Set<String> = ["was", "had", "is", "were", "'s"]
    /// The past perfect, which tells of what came before: "I had met", "we'd met".
    static let pastPerfect: Set<String> = ["had", "i'd", "we'd"]
    /// Meeting someone: "he'd met someone out there, a woman called X".
    static let met: Set<String> = ["met", "meeting", "found"]
    /// Acts done for the narrator ("X covered my shifts", "X drove me to …"), the mark of a helper;
    /// not the acts of a partner's leaving or coming back ("left", "came", "called").
    static let helping: Set<String> = ["covered", "drove", "took", "made", "helped", "offered", "brought", "gave", "fed",
                                       "fixed", "collected", "picked", "cooked", "lent", "loaned", "paid", "listened",
                                       "taught", "minded", "babysat", "sat", "held", "hugged", "let", "kept", "checked",
                                       "showed", "dropped", "hired", "promoted", "housed", "sheltered", "encouraged",
                                       "pushed", "dragged", "reminded", "told"]
    /// The narrator as the one helped: "me", "my shifts", "us".
    static let narratorObject: Set<String> = ["me", "my", "us", "our", "myself"]
    /// Child nouns that stand before a child's name: "one son, Alfie", "our daughter Orla".
    static let childNouns: Set<String> = Set(RoleNouns.heads.filter { $0.value.category == .child }.map(\.key))
    /// Ages that make a child: "Orla was twelve", "Alfie, who was nine".
    static let childAges: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                         "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                         "16", "17"]
    /// What the narrator and a partner were: "Harriet and I were married", "… had been together".
    static let coupleStates: Set<String> = ["married", "engaged", "dating", "divorced", "together", "wed", "partners"]
    /// People whose work is to help, named by it ("my therapist, Dr. Leclerc", "my boss, Mr.
    /// Okonjo"): helpers when the text gives them a name.
    static let helperNouns: Set<String> = ["therapist", "counsellor", "counselor", "boss", "manager", "supervisor",
                                           "landlady", "landlord", "pastor", "priest", "vicar", "rabbi", "imam", "nanny",
                                           "babysitter", "colleague", "coworker", "co-worker", "workmate", "neighbour",
                                           "neighbor", "mentor", "sponsor", "instructor", "tutor"]
    /// The part a friend plays, before their name in narration: "my maid of honor, Jess", "my
    /// buddy from work, Luis", "Ethan's teacher, Mr. Hollis" (not the partner's "I'll stay with
    /// my buddy, Dave", said).
    static let friendParts: Set<String> = ["buddy", "maid", "bridesmaid", "groomsman", "teacher"]
    /// The court's and the hospital's people: in the story for their job, "other" even when they
    /// do it for the narrator ("my lawyer, Ms. Patel, worked for free").
    static let officialNouns: Set<String> = ["judge", "lawyer", "attorney", "solicitor", "barrister", "doctor", "nurse",
                                             "paramedic", "paramedics", "surgeon", "officer", "detective", "sergeant",
                                             "priest", "principal", "clerk", "receptionist",
                                             "mediator", "caseworker", "notary"]
    /// Titles of those offices before a name: "Judge Harlan", "Officer Diaz".
    static let officeTitles: Set<String> = ["judge", "officer", "detective", "sergeant", "constable"]
    /// A child's school before a helper noun: "her school counselor" is the family's help.
    static let schoolWords: Set<String> = ["school", "school's", "preschool", "kindergarten"]
    /// Whose professional it is when it is not the narrator's: "his counselor", "her therapist".
    static let othersOwners: Set<String> = ["his", "her", "their"]
    /// Words after a number that make it a time, not an age: "two years older", "one of them".
    static let ageUnits: Set<String> = ["minutes", "hours", "days", "weeks", "months", "years", "year", "month", "o'clock", "of"]
    /// The narrator's own helper or anyone's: "my therapist", "a counsellor" (not "her manager").
    static let ownHelper: Set<String> = ["my", "our", "a", "an", "the"]
    /// Marrying the partner: "I married Tomas".
    static let marrying: Set<String> = ["married", "marry", "marrying", "wed"]
    /// Taking the partner back: "take Lorna back".
    static let taking: Set<String> = ["take", "took", "taking", "taken"]
    /// The partner's leaving, with `leftWhom` after it: "Lorna left us", "Jem walked out".
    static let partnerLeaving: Set<String> = ["left", "walked", "moved", "packed", "abandoned", "deserted"]
    static let leftWhom: Set<String> = ["me", "us", "out", "home"]
    /// The narrator as the one left ("left me"): only after the verbs that desert someone, not
    /// after "walked" or "moved", which take the narrator somewhere ("walked me back inside").
    static let leftObjects: Set<String> = ["me", "us"]
    static let desertingVerbs: Set<String> = ["left", "abandoned", "deserted"]
    /// Someone else as the object ("walked her out", "left him"): the verb is not the partner's leaving of the narrator.
    static let othersObjects: Set<String> = ["her", "him", "them"]
    /// When someone left, right after "X left": "left on a Tuesday", "left in March", "left one night".
    static let leftWhen: Set<String> = ["on", "in", "one", "that", "before", "after", "when", "without", "while", "early",
                                        "last", "during", "two", "three", "four", "five", "six"]
    /// Leaving for a rival, before "for": "left me for X".
    static let leftFor: Set<String> = ["left", "leaving", "leave", "leaves"]
    /// Being an age: "Orla was twelve", "when Mila turned two".
    /// "were" for the last of two named together: "Max and Ava were two".
    static let beingAge: Set<String> = ["was", "is", "turned", "were"]
    /// Titles that stand before a name and are not the name: the honorifics ("Mr. Okonjo") and
    /// the words of kin and calling used the same way ("Pastor Greene", "Babcia Halina").
    static let titles: Set<String> = Titles.words.union(["miss", "pastor", "father", "sister", "aunt", "uncle", "auntie", "grandma",
                                                          "grandpa", "nana", "babcia", "professor", "coach"])
}
