/// The cue lexicons of the genre, written as general phrases (no story's names or details).
///
/// Each entry: pattern, human-readable label, weight, where it may occur (narration, speech or
/// either), whether the partner must be the subject, and whether a look-back ("since he left")
/// or a negation just before cancels it.
enum StoryCues {
    typealias V = PhraseLexicon.Voice
    typealias Entry = (String, String, Double, V, PhraseLexicon.Subject, Bool)

    static let leaving = PhraseLexicon("leaving", leavingEntries)
    static let returning = PhraseLexicon("returning", returningEntries)
    static let staysAway = PhraseLexicon("staysAway", staysAwayEntries)
    static let timeJump = PhraseLexicon("timeJump", timeJumpEntries)
    static let changed = PhraseLexicon("changed", changedEntries)
    static let pleading = PhraseLexicon("pleading", pleadingEntries)
    static let rebuilding = PhraseLexicon("rebuilding", rebuildingEntries)
    static let struggling = PhraseLexicon("struggling", strugglingEntries)
    static let getOut = PhraseLexicon("getOut", getOutEntries)
    static let forgive = PhraseLexicon("forgive", forgiveEntries)
    static let movedOn = PhraseLexicon("movedOn", movedOnEntries)

    /// Every lexicon, for `CueIndex`.
    static let all = [leaving, returning, staysAway, timeJump, changed, pleading, rebuilding, struggling, getOut, forgive, movedOn]

    /// Every pattern, for the vocabulary.
    static let allEntries: [[Entry]] = [leavingEntries, returningEntries, staysAwayEntries, timeJumpEntries, changedEntries, pleadingEntries, rebuildingEntries, strugglingEntries, getOutEntries, forgiveEntries, movedOnEntries]

    /// The partner leaves, or throws the narrator out.
    static let leavingEntries: [Entry] = [
        ("left|leaves", "left", 1, V.narration, .partner, true),
        ("told|tells|asked me to pack|leave|go|get", "threw me out", 1.2, .narration, .partner, true),
        ("walked|stormed|moved|marched|stepped|walks|storms out", "walked out", 1.2, .narration, .partner, true),
        ("walked|drove|ran|pulled|went|flew away|off", "went away", 1, .narration, .partner, true),
        ("flew|flies out|abroad|overseas", "flew away", 1, .narration, .partner, true),
        ("was|were gone", "was gone", 1, .narration, .partner, true),
        ("had left $", "had gone", 1, .narration, .partner, true),
        ("had gone", "had gone", 0.8, .narration, .partner, true),
        ("had gone away|off", "went away", 1, .narration, .partner, true),
        ("didn't|never come|came home|back", "didn't come home", 1, .narration, .partner, true),
        ("took|take|handed|gave ~1 the|her|his|my ring off|back", "gave the ring back", 1, .narration, .partner, true),
        ("packed ~2 bag|bags|suitcase|suitcases|things|belongings|boxes|car", "packed a bag", 1.2, .narration, .partner, true),
        ("moved in with", "moved in with someone", 1, .narration, .partner, true),
        ("abandoned|deserted|abandoning|deserting", "abandoned us", 1, .narration, .partner, true),
        ("disappeared|vanished", "disappeared", 0.8, .narration, .partner, true),
        ("kicked|threw ~2 out", "threw us out", 1, .narration, .partner, true),
        ("moved|move back ~1 in with", "moved in with someone", 1, .narration, .partner, true),
        ("moving|moved|move into|in ~2 his|her|their|the place|apartment|house|flat", "moved in with someone", 1, .narration, .partner, true),
        ("find|found|finding @O gone|missing", "found them gone", 1.2, .narration, .anyone, true),
        ("lost @O|my ~1 \(PartnerNouns.pattern)", "lost them", 0.8, .narration, .anyone, true),
        ("separated|separation|divorced|divorce", "separated", 0.6, .narration, .anyone, true),
        ("broke|breaking|break up with|things", "broke up", 1, .narration, .partner, true),
        ("broke|breaking|break|called|calling|call off", "broke up", 1, .narration, .partner, true),
        ("split up", "split up", 1, .narration, .anyone, true),
        ("ended it|things|our|the|us", "ended it", 0.8, .narration, .partner, true),
        ("lock ~1 clicked", "the lock clicked", 0.8, .narration, .anyone, true),
        ("door ~1 closed|shut|slammed behind @O", "the door closed behind them", 1, .narration, .anyone, true),
        ("slammed the door", "slammed the door", 0.8, .narration, .partner, true),
        ("closet|closets|wardrobe|wardrobes|drawers ~3 empty|bare", "the closet was empty", 1, .narration, .anyone, true),
        ("goodbye", "goodbye", 0.4, .narration, .anyone, true),
        ("get out", "\"get out\"", 1, .speech, .anyone, true),
        ("pack your things|bags|stuff", "\"pack your things\"", 1, .speech, .anyone, true),
        ("i'm leaving|going|moving", "\"I'm leaving\"", 0.5, .speech, .anyone, true),
        // The leaving in the partner's own words, quoted or copied from a text or a note.
        ("i've gone|left $", "\"I've gone\"", 1, .either, .anyone, true),
        ("don't|do not come after|follow me", "\"don't come after me\"", 1, .either, .anyone, true),
        ("don't|do not look|come looking for me", "\"don't look for me\"", 1, .either, .anyone, true),
        ("send|come for my things|stuff|boxes", "\"I'll send for my things\"", 1, .either, .anyone, true),
        ("a|the note on|propped|taped|stuck ~3 table|counter|fridge|pillow|bowl|door|mirror", "a note left behind", 1, .narration, .anyone, true),
        ("key|keys on the ~1 mat|table|counter|side|hall|doormat", "the keys left behind", 0.8, .narration, .anyone, true),
    ]

    /// The partner says they are not coming back: a call or letter that carries this belongs
    /// to the leaving, not to the return ("He rang two days later and said he wasn't coming back").
    static let staysAwayEntries: [Entry] = [
        ("wasn't|isn't|weren't|not|never coming|going|come back|home", "not coming back", 1, V.either, .partner, true),
    ]

    /// The partner reappears after the absence. Weights: 2 for an appearance, 1 for support.
    static let returningEntries: [Entry] = [
        // The partner acts.
        ("showed|turned|popped up", "showed up", 2, V.narration, .partner, true),
        ("came|come back|home", "came back", 1.5, .narration, .partner, true),
        ("walked|came|stepped in|into", "walked in", 2, .narration, .partner, true),
        ("reappeared|resurfaced|returned|appeared", "reappeared", 2, .narration, .partner, true),
        ("came|stopped|dropped by", "came by", 2, .narration, .partner, true),
        ("@P car|truck|van|bike ~1 pulled|pulls up|in|into", "their car pulled up", 2, .narration, .anyone, true),
        ("pounding|banging|knocking|knocked|pounded|banged|hammering on|at ~3 door", "a knock", 2, .narration, .anyone, true),
        ("it was @O", "it was them", 1.5, .narration, .anyone, true),
        ("@S was|were standing|waiting|sitting", "there they were", 2, .narration, .anyone, true),
        ("@S stood|standing there", "there they were", 2, .narration, .anyone, true),
        // Found at work by chance: "he was behind the counter", "she was at the till".
        ("@S was|were behind|at the ~1 counter|till|register|desk|bar|reception|checkout", "there they were", 2, .narration, .anyone, true),
        ("he's|she's back", "\"they're back\"", 2, .either, .anyone, true),
        ("shows|turns up", "showed up", 2, .narration, .partner, true),
        ("comes back|home", "came back", 1.5, .narration, .partner, true),
        ("calls|texts|writes|emails me", "got in touch", 2, .narration, .partner, true),
        ("moved|move|moving back in", "moved back in", 2, .narration, .anyone, true),
        ("called|texted|messaged|emailed|phoned|contacted|wrote ~1 me|us|back", "got in touch", 2, .narration, .partner, true),
        ("answered", "got in touch", 1.5, .narration, .partner, true),
        ("message|call|text|email|contact|phone|messaging|calling|texting|emailing|contacting me|us", "got in touch", 1.5, .narration, .anyone, true),
        ("crossed paths|across", "crossed paths", 2, .narration, .anyone, true),
        ("got|received|get|receive ~2 text|letter|call|message|email|photo|postcard|note|voicemail|card", "a message came", 2, .narration, .anyone, true),
        ("a|an text|letter|message|email|postcard|voicemail|dm ~1 from", "a message came", 2, .narration, .anyone, true),
        // Seen somewhere in the narrator's world: "he was at the back of the church".
        ("@S was|were at|in the front|back|end|door|doorway|gate|funeral|wedding|service|party", "there they were", 2, .narration, .anyone, true),
        ("at the|my|our door|doorstep|porch", "at the door", 1, .narration, .anyone, true),
        ("recognized|recognised|saw|spotted each other", "saw each other", 2, .narration, .anyone, true),
        // Intransitive, or at the door: "she rang the bank" is not a return.
        ("knocked|rang|phoned $", "knocked", 2, .narration, .partner, true),
        ("rang|phoned|knocked me|us|at|on", "knocked", 2, .narration, .partner, true),
        ("rang|buzzed|pressed|pushed the|my|our doorbell|bell|buzzer", "knocked", 2, .narration, .partner, true),
        ("reached out", "reached out", 2, .narration, .partner, true),
        ("found|learned|learnt|heard|discovered ~3 @S|@O", "news of them", 1.5, .narration, .anyone, true),
        ("came to the|my|our door|house|office|work", "came to the door", 2, .narration, .partner, true),
        // The narrator sees them.
        ("saw|spotted|noticed|recognised|recognized|recognise|recognize|see @O", "saw them", 2, .narration, .anyone, true),
        ("ran|bumped into @O", "ran into them", 2, .narration, .anyone, true),
        ("there @S was", "there they were", 2, .narration, .anyone, true),
        ("noticed|saw|spotted a man", "noticed a man", 1.5, .narration, .anyone, true),
        ("noticed|saw|spotted a woman", "noticed a woman", 1.5, .narration, .anyone, true),
        // A channel opens: the door, the phone, the mail.
        ("doorbell rang|buzzed|chimed", "the doorbell rang", 2, .narration, .anyone, true),
        ("bell ~4 rang|jingled|chimed|sounded", "a bell rang", 2, .narration, .anyone, true),
        ("phone ~2 rang|buzzed|lit|vibrated", "the phone rang", 2, .narration, .anyone, true),
        ("phone call", "a phone call", 2, .narration, .anyone, true),
        ("knock|knocking came|at|on", "a knock", 2, .narration, .anyone, true),
        ("a|the knock", "a knock", 2, .narration, .anyone, true),
        ("email|letter|message|envelope|card|text|request|voicemail|postcard ~2 arrived|came|popped|lit|appeared", "a message arrived", 2, .narration, .anyone, true),
        ("it was from|just @O", "it was them", 1.5, .narration, .anyone, true),
        ("on the other end", "a voice on the line", 1, .narration, .anyone, true),
        ("@P name ~4 screen", "their name on the screen", 2, .narration, .anyone, true),
        ("standing|stood|waiting|sitting ~1 on|at|in|by the|my|our ~1 porch|doorstep|door|doorway|patio|step|steps|lobby|gate|driveway|threshold",
         "standing at the door", 2, .narration, .anyone, true),
        ("gate|door creak|creaked|swung|opened", "a door opened", 1, .narration, .anyone, true),
    ]

    /// The partner asks to be taken back: a sign of the return scene.
    static let pleadingEntries: [Entry] = [
        ("made|make a ~1 mistake|mistakes", "made a mistake", 1, V.either, .anyone, true),
        ("i'm|i am ~1 sorry", "\"I'm sorry\"", 1, .speech, .anyone, true),
        ("apologized|apologised|apologizing|apologising|begged|begging|pleaded|pleading|regret|regretted|regrets|regretting", "apologized", 1, .narration, .anyone, true),
        ("forgive me", "\"forgive me\"", 1, .speech, .anyone, true),
        ("wanted|want|wants|asked|begged ~3 back|home", "wanted to come back", 1, .either, .anyone, true),
        ("another|second chance", "a second chance", 1, .either, .anyone, true),
    ]

    /// A jump in narrative time ("Three years later", "Then came", "Months passed").
    static let timeJumpEntries: [Entry] = [
        ("# ~1 years|months|weeks|year|month|week|days later|after|passed|went|on|before|ago", "time jump", 1, V.narration, .anyone, false),
        ("years|months|weeks later|passed|ago", "time passes", 1, .narration, .anyone, false),
        ("then came", "then came", 1, .narration, .anyone, false),
        ("by the # ~1 year|spring|summer|autumn|fall|winter", "time jump", 1, .narration, .anyone, false),
        ("one day|morning|evening|afternoon", "one day", 0.5, .narration, .anyone, false),
        ("out of nowhere", "out of nowhere", 1, .narration, .anyone, false),
    ]

    /// The partner looks worn by the time away: a sign of the return scene.
    static let changedEntries: [Entry] = [
        ("looked|was|seemed|looking ~1 thinner|older|smaller|different|terrible|gaunt|tired|worn|exhausted|haggard|thin|rough|pale|broken|frail|unshaven|disheveled|awful",
         "looked worn", 1, V.narration, .anyone, false),
    ]

    /// Life getting better after the blow.
    static let rebuildingEntries: [Entry] = [
        ("slowly|gradually|eventually", "slowly", 0.5, V.narration, .anyone, false),
        ("better|improve|improved|improving", "getting better", 1, .narration, .anyone, true),
        ("learned|learn to|how", "learned to", 0.7, .narration, .anyone, false),
        ("heal|healed|healing|thrive|thriving|rebuild|rebuilt|rebuilding", "healing", 1, .narration, .anyone, true),
        ("new normal|rhythm|routine", "a new routine", 1, .narration, .anyone, true),
        ("promoted|promotion|saved|lease|storefront|certified|degree", "getting ahead", 1, .narration, .anyone, true),
        ("breathe again", "breathing again", 1, .narration, .anyone, false),
        ("laughed|laughing|smiled|proud|stronger|okay|happy", "good days", 0.5, .narration, .anyone, true),
    ]

    /// Life at its worst after the blow.
    static let strugglingEntries: [Entry] = [
        ("cried|crying|tears|sobbed", "tears", 1, V.narration, .anyone, false),
        ("blur|numb|shattered|grief|exhausted|alone|lonely|hardest|survival|survive", "the worst days", 1, .narration, .anyone, false),
        ("bills|debt|overdue|voicemail|broke", "money trouble", 0.7, .narration, .anyone, false),
        ("couldn't sleep|eat|breathe", "couldn't sleep", 1, .narration, .anyone, false),
    ]

    /// Endings: turning the partner away. Each entry is a refusal in general English: the
    /// words, the door, the boundary, the partner sent off again.
    static let getOutEntries: [Entry] = [
        ("get out", "\"get out\"", 2.5, V.speech, .anyone, true),
        ("get out", "get out", 0.6, .narration, .anyone, true),
        ("leave ~2 now", "\"leave now\"", 2.5, .speech, .anyone, true),
        ("don't|never ~2 come back", "\"don't come back\"", 2, .speech, .anyone, false),
        ("don't|never come|call|contact|text|write ~3 again|door|here", "\"don't come again\"", 2, .speech, .anyone, false),
        ("never want to see you", "\"never want to see you\"", 2, .speech, .anyone, false),
        ("not welcome", "not welcome", 1.5, .either, .anyone, true),
        ("leave my house|home", "\"leave my house\"", 2, .speech, .anyone, true),
        ("closed|shut|slammed the|my door", "closed the door on them", 1.5, .narration, .anyone, true),
        ("turned the lock|locked the door", "locked the door", 1.5, .narration, .anyone, true),
        ("opened ~2 door ~3 held", "held the door open for them to go", 1.5, .narration, .anyone, true),
        ("told @O to leave|go", "told them to leave", 2, .narration, .anyone, true),
        ("have a|your lawyer", "through lawyers", 0.5, .speech, .anyone, true),
        ("said|told ~3 no $", "said no", 2, .either, .anyone, true),
        ("never|didn't|wouldn't ~2 answered|answer|replied|reply|wrote|called|call back|them|him|her|any", "never answered", 1.5, .narration, .anyone, false),
        ("changed my number|locks", "changed the number", 1.5, .narration, .anyone, true),
        ("didn't|wouldn't|never|won't ~1 open the|my door", "kept the door shut", 2, .narration, .anyone, false),
        ("couldn't|can't|won't|wouldn't|never ~1 forgive", "couldn't forgive", 1.5, .either, .anyone, false),
        ("answer|word|reply|response was|is no $", "said no", 2, .narration, .anyone, true),
        ("no ~2 i said|told|answered|replied", "said no", 2, .either, .anyone, true),
        ("hung up", "hung up on them", 0.5, .narration, .narrator, true),
        ("refused|declined|refuse|decline|rejected|reject", "refused", 1.5, .narration, .narrator, true),
        ("turned @O away|down", "turned them away", 1.5, .narration, .narrator, true),
        ("not|never ~2 needed|wanted|welcome in|here", "\"not needed\"", 2, .either, .anyone, false),
        ("didn't|wouldn't|won't|couldn't|can't|never let @O", "wouldn't let them", 1.5, .narration, .anyone, false),
        ("no|not a ~1 place|room|role ~4 in|of our|my|their ~1 home|life|lives|family", "no place in our lives", 2, .narration, .anyone, false),
        ("couldn't|can't|cannot|wouldn't|won't|don't|not ~3 back into", "no way back in", 2, .either, .anyone, false),
        ("my boundaries", "boundaries", 1, .narration, .anyone, true),
        ("never ~3 again", "never again", 1, .narration, .anyone, false),
        ("i|we walked|turned away", "walked away", 1.5, .narration, .anyone, true),
        ("@S left|walked|went away|out|again|quietly|alone", "they left again", 1, .narration, .anyone, true),
        ("@S left $", "they left again", 1, .narration, .anyone, true),
        ("called|call ~2 security|police|911|cops|officers", "called for help", 1.5, .narration, .anyone, true),
        ("blocked|block", "blocked them", 1.5, .narration, .narrator, true),
    ]

    /// Endings: a second chance, even a partial one: the narrator takes the partner back,
    /// lets them in, lets the children see them, or the two live together again.
    static let forgiveEntries: [Entry] = [
        ("forgave @O|you", "forgave", 3, V.either, .narrator, true),
        ("forgive @O|you", "forgive", 2, .either, .narrator, true),
        ("forgiveness", "forgiveness", 0.5, .narration, .anyone, true),
        ("second chance|chances", "second chance", 1, .narration, .anyone, true),
        ("took|take @O back", "took them back", 2, .narration, .narrator, true),
        ("let @O back|in|stay|come", "let them back in", 1.5, .narration, .narrator, true),
        ("gave|give @O a|another|second chance", "gave them a chance", 2, .narration, .narrator, true),
        ("door ~4 open", "left a door open", 1.5, .narration, .anyone, true),
        ("rebuilding|rebuild|earn trust", "rebuilding trust", 1.5, .narration, .anyone, true),
        ("you can come|call|visit|see", "\"you can come again\"", 1, .speech, .anyone, true),
        ("we'll see", "\"we'll see\"", 0.5, .speech, .anyone, true),
        ("family ~3 again|whole", "family again", 1.5, .narration, .anyone, true),
        ("believed @O", "believed them", 1, .narration, .anyone, true),
        ("welcomed|hugged|embraced @O", "welcomed them", 1.5, .narration, .anyone, true),
        ("agreed|agree", "agreed", 1.5, .narration, .narrator, true),
        ("could|can stay|come", "\"you can stay\"", 1.5, .narration, .anyone, true),
        ("on ~2 condition|conditions|terms", "on conditions", 1.5, .either, .anyone, true),
        ("said yes", "said yes", 1.5, .narration, .narrator, true),
        ("moved|move|moving ~4 back in|into|home", "moved back in", 2, .narration, .anyone, true),
        ("came|come|coming back home|in", "came home", 2, .narration, .anyone, true),
        ("drove|took|brought @O home", "took them home", 1.5, .narration, .narrator, true),
        ("took|held|take|hold @P hand", "took their hand", 1.5, .narration, .narrator, true),
        ("back together|under", "back together", 1.5, .narration, .anyone, true),
        ("finally home|together", "home at last", 1.5, .narration, .anyone, true),
        ("each other's arms", "in each other's arms", 2, .narration, .anyone, true),
        ("back to each other", "back to each other", 2, .narration, .anyone, true),
        ("into @P arms", "into their arms", 1.5, .narration, .anyone, true),
        ("rebuild|rebuilding|rebuilt|heal|healing ~2 our|stronger|marriage|relationship|together", "rebuilding together", 1.5, .narration, .anyone, true),
        ("we ~3 heal|healed|healing|rebuild|rebuilt|rebuilding", "healing together", 1.5, .narration, .anyone, true),
        ("together", "together", 0.7, .narration, .anyone, true),
        ("couples|family|joint|shared|co ~1 therapy|counseling|counselling|parenting|parent|custody", "sharing the children", 1.5, .narration, .anyone, true),
        ("proposed", "proposed", 2, .narration, .partner, true),
        ("visits|visit|visitation", "visits", 1, .narration, .anyone, true),
        ("part of her|his|their|our|my life|lives", "part of our lives", 1, .narration, .anyone, true),
        ("warmed ~1 to @O", "warmed to them", 1.5, .narration, .anyone, true),
        ("begin|began|start|started|beginning ~3 again|new|anew", "beginning again", 1, .narration, .anyone, true),
        ("prove|proved|proving @O|himself|herself|it", "proving themselves", 1, .narration, .anyone, true),
        ("make|made|making ~1 things right|amends", "making amends", 1, .narration, .anyone, true),
        ("stayed", "they stayed", 1, .narration, .partner, true),
        ("taking|take|taken it|things slow|slowly", "taking it slow", 1.5, .either, .anyone, true),
    ]

    /// Endings: closure without either: a life of one's own, a new partner, indifference.
    static let movedOnEntries: [Entry] = [
        ("moved|move|moving on", "moved on", 3, V.narration, .anyone, true),
        ("closure", "closure", 1.5, .narration, .anyone, false),
        ("without @O", "without them", 1, .narration, .anyone, false),
        ("not|no longer waiting", "not waiting anymore", 2, .either, .anyone, false),
        ("didn't|don't|doesn't|never need|needed ~2 @O|closure|an|his|her", "didn't need them", 2, .narration, .anyone, false),
        ("nothing ~4 needed @O", "nothing needed them", 2, .narration, .anyone, false),
        ("peace", "peace", 0.5, .narration, .anyone, false),
        ("no|without ~1 anger|bitterness|resentment|hatred", "no anger", 1, .narration, .anyone, false),
        ("love|loved|angry|hurt|care|cared|miss|missed ~3 anymore", "not anymore", 1.5, .either, .anyone, false),
        ("walked past @O", "walked past them", 1.5, .narration, .anyone, true),
        ("not my decision", "not my decision", 1, .speech, .anyone, false),
        ("had|have|building|built|build a ~2 life", "a life of our own", 1, .narration, .anyone, true),
        ("clarity|distance", "distance", 1, .narration, .anyone, false),
        ("never|not|no ~2 go|going|way back", "no going back", 1.5, .either, .anyone, false),
        ("chapter ~3 over|closed|ended", "a closed chapter", 1.5, .narration, .anyone, false),
        ("healed", "healed", 1, .narration, .narrator, true),
        ("hope|hoped @S|you|they ~4 heal|well|happy|peace|better|okay", "wished them well", 1.5, .either, .anyone, true),
        ("wished @O well|luck", "wished them well", 1.5, .narration, .anyone, true),
        ("felt|feel|feeling nothing at|for|anymore|$", "felt nothing", 1.5, .narration, .narrator, true),
        ("stranger|strangers", "a stranger now", 1, .narration, .anyone, false),
        ("without|never|didn't|not ~1 looking|looked|look|glancing|glanced back|over", "didn't look back", 1.5, .narration, .narrator, false),
        ("new \(PartnerNouns.pattern)|love", "a new partner", 2, .narration, .anyone, true),
        ("engaged|remarried", "engaged to someone else", 1.5, .narration, .narrator, true),
        ("married|engaged now", "married to someone else", 2, .narration, .narrator, true),
        ("didn't|doesn't|don't|wasn't|isn't|no ~3 anymore", "not anymore", 1, .narration, .anyone, false),
        ("didn't|doesn't|don't ~2 matter", "it doesn't matter", 1, .narration, .anyone, false),
        ("best thing|things ~3 happen|happened", "the best thing that happened", 1.5, .narration, .anyone, true),
    ]
}
