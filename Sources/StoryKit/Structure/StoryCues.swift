/// The cue lexicons of the genre, written as general phrases (no story's names or details).
///
/// Each entry: pattern, human-readable label, weight, where it may occur (narration, speech or
/// either), whether the partner must be the subject, and whether a look-back ("since he left")
/// or a negation just before cancels it.
enum StoryCues {
    typealias V = PhraseLexicon.Voice
    typealias Entry = (String, String, Double, V, Bool, Bool)

    static let leaving = PhraseLexicon("leaving", leavingEntries)
    static let returning = PhraseLexicon("returning", returningEntries)
    static let timeJump = PhraseLexicon("timeJump", timeJumpEntries)
    static let changed = PhraseLexicon("changed", changedEntries)
    static let pleading = PhraseLexicon("pleading", pleadingEntries)
    static let rebuilding = PhraseLexicon("rebuilding", rebuildingEntries)
    static let struggling = PhraseLexicon("struggling", strugglingEntries)
    static let getOut = PhraseLexicon("getOut", getOutEntries)
    static let forgive = PhraseLexicon("forgive", forgiveEntries)
    static let movedOn = PhraseLexicon("movedOn", movedOnEntries)

    /// Every lexicon, for `CueIndex`.
    static let all = [leaving, returning, timeJump, changed, pleading, rebuilding, struggling, getOut, forgive, movedOn]

    /// Every pattern, for the vocabulary.
    static let allEntries: [[Entry]] = [leavingEntries, returningEntries, timeJumpEntries, changedEntries, pleadingEntries, rebuildingEntries, strugglingEntries, getOutEntries, forgiveEntries, movedOnEntries]

    /// The partner leaves, or throws the narrator out.
    static let leavingEntries: [Entry] = [
        ("left", "left", 1, V.narration, true, true),
        ("walked|stormed|moved|marched|stepped out", "walked out", 1.2, .narration, true, true),
        ("walked|drove|ran|pulled|went away|off", "went away", 1, .narration, true, true),
        ("was|were gone", "was gone", 1, .narration, true, true),
        ("packed ~2 bag|bags|suitcase|suitcases|things|belongings|boxes|car", "packed a bag", 1.2, .narration, true, true),
        ("moved in with", "moved in with someone", 1, .narration, true, true),
        ("abandoned|deserted|abandoning|deserting", "abandoned us", 1, .narration, true, true),
        ("disappeared|vanished", "disappeared", 0.8, .narration, true, true),
        ("kicked|threw ~2 out", "threw us out", 1, .narration, true, true),
        ("moved|move back ~1 in with", "moved in with someone", 1, .narration, true, true),
        ("find|found|finding @O gone|missing", "found them gone", 1.2, .narration, false, true),
        ("lost @O|my ~1 wife|husband|girlfriend|boyfriend|fiancé|fiancée|fiance|fiancee|partner", "lost them", 0.8, .narration, false, true),
        ("separated|separation|divorced|divorce", "separated", 0.6, .narration, false, true),
        ("broke|breaking|break up with|things", "broke up", 1, .narration, true, true),
        ("split up", "split up", 1, .narration, false, true),
        ("ended it|things|our|the|us", "ended it", 0.8, .narration, true, true),
        ("lock ~1 clicked", "the lock clicked", 0.8, .narration, false, true),
        ("door ~1 closed|shut|slammed behind @O", "the door closed behind them", 1, .narration, false, true),
        ("slammed the door", "slammed the door", 0.8, .narration, true, true),
        ("closet ~3 empty|bare", "the closet was empty", 1, .narration, false, true),
        ("goodbye", "goodbye", 0.4, .narration, false, true),
        ("get out", "\"get out\"", 1, .speech, false, true),
        ("pack your things|bags|stuff", "\"pack your things\"", 1, .speech, false, true),
        ("i'm leaving|going|moving", "\"I'm leaving\"", 0.5, .speech, false, true),
    ]

    /// The partner reappears after the absence. Weights: 2 for an appearance, 1 for support.
    static let returningEntries: [Entry] = [
        // The partner acts.
        ("showed|turned|popped up", "showed up", 2, V.narration, true, true),
        ("came|come back|home", "came back", 1.5, .narration, true, true),
        ("walked|came|stepped in|into", "walked in", 2, .narration, true, true),
        ("reappeared|resurfaced|returned|appeared", "reappeared", 2, .narration, true, true),
        ("came|stopped|dropped by", "came by", 2, .narration, true, true),
        ("moved|move|moving back in", "moved back in", 2, .narration, false, true),
        ("called|texted|messaged|emailed|phoned|contacted|wrote ~1 me|us|back", "got in touch", 2, .narration, true, true),
        ("answered", "got in touch", 1.5, .narration, true, true),
        ("message|call|text|email|contact|phone|messaging|calling|texting|emailing|contacting me|us", "got in touch", 1.5, .narration, false, true),
        ("crossed paths|across", "crossed paths", 2, .narration, false, true),
        ("got|received|get|receive ~2 text|letter|call|message|email|photo|postcard|note|voicemail|card", "a message came", 2, .narration, false, true),
        ("at the|my|our door|doorstep|porch", "at the door", 1, .narration, false, true),
        ("recognized|recognised|saw|spotted each other", "saw each other", 2, .narration, false, true),
        ("knocked|rang", "knocked", 2, .narration, true, true),
        ("reached out", "reached out", 2, .narration, true, true),
        ("found|learned|learnt|heard|discovered ~3 @S|@O", "news of them", 1.5, .narration, false, true),
        ("came to the|my|our door|house|office|work", "came to the door", 2, .narration, true, true),
        // The narrator sees them.
        ("saw|spotted|noticed|recognised|recognized|recognise|recognize|see @O", "saw them", 2, .narration, false, true),
        ("ran|bumped into @O", "ran into them", 2, .narration, false, true),
        ("there @S was", "there they were", 2, .narration, false, true),
        ("noticed|saw|spotted a man", "noticed a man", 1.5, .narration, false, true),
        ("noticed|saw|spotted a woman", "noticed a woman", 1.5, .narration, false, true),
        // A channel opens: the door, the phone, the mail.
        ("doorbell rang|buzzed|chimed", "the doorbell rang", 2, .narration, false, true),
        ("bell ~4 rang|jingled|chimed|sounded", "a bell rang", 2, .narration, false, true),
        ("phone ~2 rang|buzzed|lit|vibrated", "the phone rang", 2, .narration, false, true),
        ("phone call", "a phone call", 2, .narration, false, true),
        ("knock|knocking came|at|on", "a knock", 2, .narration, false, true),
        ("a|the knock", "a knock", 2, .narration, false, true),
        ("email|letter|message|envelope|card|text ~2 arrived|came", "a message arrived", 2, .narration, false, true),
        ("on the other end", "a voice on the line", 1, .narration, false, true),
        ("@P name ~4 screen", "their name on the screen", 2, .narration, false, true),
        ("standing|stood|waiting|sitting ~1 on|at|in|by the|my|our ~1 porch|doorstep|door|doorway|patio|step|steps|lobby|gate|driveway|threshold",
         "standing at the door", 2, .narration, false, true),
        ("gate|door creak|creaked|swung|opened", "a door opened", 1, .narration, false, true),
    ]

    /// The partner asks to be taken back: a sign of the return scene.
    static let pleadingEntries: [Entry] = [
        ("made|make a ~1 mistake|mistakes", "made a mistake", 1, V.either, false, true),
        ("i'm|i am ~1 sorry", "\"I'm sorry\"", 1, .speech, false, true),
        ("apologized|apologised|apologizing|apologising|begged|begging|pleaded|pleading|regret|regretted|regrets|regretting", "apologized", 1, .narration, false, true),
        ("forgive me", "\"forgive me\"", 1, .speech, false, true),
        ("wanted|want|wants|asked|begged ~3 back|home", "wanted to come back", 1, .either, false, true),
        ("another|second chance", "a second chance", 1, .either, false, true),
    ]

    /// A jump in narrative time ("Three years later", "Then came", "Months passed").
    static let timeJumpEntries: [Entry] = [
        ("# ~1 years|months|weeks|year|month|week|days later|after|passed|went|on|before|ago", "time jump", 1, V.narration, false, false),
        ("years|months|weeks later|passed|ago", "time passes", 1, .narration, false, false),
        ("then came", "then came", 1, .narration, false, false),
        ("by the # ~1 year|spring|summer|autumn|fall|winter", "time jump", 1, .narration, false, false),
        ("one day|morning|evening|afternoon", "one day", 0.5, .narration, false, false),
        ("out of nowhere", "out of nowhere", 1, .narration, false, false),
    ]

    /// The partner looks worn by the time away: a sign of the return scene.
    static let changedEntries: [Entry] = [
        ("looked|was|seemed|looking ~1 thinner|older|smaller|different|terrible|gaunt|tired|worn|exhausted|haggard|thin|rough|pale|broken|frail|unshaven|disheveled|awful",
         "looked worn", 1, V.narration, false, false),
    ]

    /// Life getting better after the blow.
    static let rebuildingEntries: [Entry] = [
        ("slowly|gradually|eventually", "slowly", 0.5, V.narration, false, false),
        ("better|improve|improved|improving", "getting better", 1, .narration, false, true),
        ("learned|learn to|how", "learned to", 0.7, .narration, false, false),
        ("heal|healed|healing|thrive|thriving|rebuild|rebuilt|rebuilding", "healing", 1, .narration, false, true),
        ("new normal|rhythm|routine", "a new routine", 1, .narration, false, true),
        ("promoted|promotion|saved|lease|storefront|certified|degree", "getting ahead", 1, .narration, false, true),
        ("breathe again", "breathing again", 1, .narration, false, false),
        ("laughed|laughing|smiled|proud|stronger|okay|happy", "good days", 0.5, .narration, false, true),
    ]

    /// Life at its worst after the blow.
    static let strugglingEntries: [Entry] = [
        ("cried|crying|tears|sobbed", "tears", 1, V.narration, false, false),
        ("blur|numb|shattered|grief|exhausted|alone|lonely|hardest|survival|survive", "the worst days", 1, .narration, false, false),
        ("bills|debt|overdue|voicemail|broke", "money trouble", 0.7, .narration, false, false),
        ("couldn't sleep|eat|breathe", "couldn't sleep", 1, .narration, false, false),
    ]

    /// Endings: turning the partner away.
    static let getOutEntries: [Entry] = [
        ("get out", "\"get out\"", 2.5, V.speech, false, true),
        ("get out", "get out", 0.6, .narration, false, true),
        ("leave ~2 now", "\"leave now\"", 2.5, .speech, false, true),
        ("don't|never ~2 come back", "\"don't come back\"", 2, .speech, false, false),
        ("never want to see you", "\"never want to see you\"", 2, .speech, false, false),
        ("not welcome", "not welcome", 1.5, .either, false, true),
        ("leave my house|home", "\"leave my house\"", 2, .speech, false, true),
        ("closed|shut|slammed the door", "closed the door on them", 1.5, .narration, false, true),
        ("turned the lock|locked the door", "locked the door", 1.5, .narration, false, true),
        ("opened ~2 door ~3 held", "held the door open for them to go", 1.5, .narration, false, true),
        ("told @O to leave|go", "told them to leave", 2, .narration, false, true),
        ("have a|your lawyer", "through lawyers", 0.5, .speech, false, true),
    ]

    /// Endings: a second chance, even a partial one.
    static let forgiveEntries: [Entry] = [
        ("forgave @O|you", "forgave", 3, V.either, false, true),
        ("forgive @O|you", "forgive", 2, .either, false, true),
        ("forgiveness", "forgiveness", 1, .narration, false, true),
        ("second chance|chances", "second chance", 1.5, .narration, false, true),
        ("took|take @O back", "took them back", 2, .narration, false, true),
        ("let @O back|in|stay", "let them back in", 1.5, .narration, false, true),
        ("gave|give @O a|another chance", "gave them a chance", 2, .narration, false, true),
        ("door ~4 open", "left a door open", 1.5, .narration, false, true),
        ("rebuilding|rebuild|earn trust", "rebuilding trust", 1.5, .narration, false, true),
        ("you can come|call|visit|see", "\"you can come again\"", 1, .speech, false, true),
        ("we'll see", "\"we'll see\"", 0.5, .speech, false, true),
        ("family reborn|again", "family again", 1, .narration, false, true),
        ("every other weekend", "regular visits", 1, .narration, false, true),
        ("believed @O", "believed them", 1, .narration, false, true),
        ("welcomed|hugged @O", "welcomed them", 1, .narration, false, true),
        ("talk now", "talking again", 1, .narration, false, true),
    ]

    /// Endings: closure without either.
    static let movedOnEntries: [Entry] = [
        ("moved|move|moving on", "moved on", 3, V.narration, false, true),
        ("closure", "closure", 1.5, .narration, false, false),
        ("without @O", "without them", 1.5, .narration, false, false),
        ("not|no longer waiting", "not waiting anymore", 2, .either, false, false),
        ("didn't|don't|doesn't|never need|needed ~2 @O|closure|an|his|her", "didn't need them", 2, .narration, false, false),
        ("nothing ~4 needed @O", "nothing needed them", 2, .narration, false, false),
        ("over my shoulder", "didn't look back", 1.5, .narration, false, false),
        ("best revenge", "the best revenge", 2, .narration, false, false),
        ("peace", "peace", 1, .narration, false, false),
        ("angry anymore", "not angry anymore", 1.5, .narration, false, false),
        ("no anger", "no anger", 1, .narration, false, false),
        ("walked past @O", "walked past them", 1.5, .narration, false, true),
        ("not my decision", "not my decision", 1, .speech, false, false),
        ("not part of", "not part of it", 1.5, .speech, false, false),
        ("had a ~2 life", "a life of our own", 1, .narration, false, true),
        ("clarity|distance", "distance", 1, .narration, false, false),
    ]
}
