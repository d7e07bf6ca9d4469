/// The cue lexicons of the genre, written as general phrases (no story's names or details).
///
/// The phrases are data: one file a lexicon in `Resources/Cues/` (its README gives the
/// syntax), read on first use by `CueFile`. Each entry: pattern, human-readable label, weight,
/// where it may occur (narration, speech or either), who must be the subject, and whether a
/// look-back ("since he left") or a negation just before cancels it.
enum StoryCues {
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
    static let lookingBack = PhraseLexicon("lookingBack", lookingBackEntries)

    /// Every lexicon, for `CueIndex`.
    static let all = [leaving, returning, staysAway, timeJump, changed, pleading, rebuilding, struggling, getOut, forgive, movedOn, lookingBack]

    /// Every pattern, for the vocabulary.
    static let allEntries: [[CueLine]] = [leavingEntries, returningEntries, staysAwayEntries, timeJumpEntries, changedEntries, pleadingEntries, rebuildingEntries, strugglingEntries, getOutEntries, forgiveEntries, movedOnEntries, lookingBackEntries]

    /// The partner leaves, or throws the narrator out.
    static let leavingEntries = CueFile.entries("leaving")
    /// The partner says they are not coming back: a call that carries this is the leaving.
    static let staysAwayEntries = CueFile.entries("stays-away")
    /// The partner reappears after the absence. Weights: 2 for an appearance, 1 for support.
    static let returningEntries = CueFile.entries("returning")
    /// The partner asks to be taken back: a sign of the return scene.
    static let pleadingEntries = CueFile.entries("pleading")
    /// A jump in narrative time ("Three years later", "Then came", "Months passed").
    static let timeJumpEntries = CueFile.entries("time-jump")
    /// The partner looks worn by the time away: a sign of the return scene.
    static let changedEntries = CueFile.entries("changed")
    /// Life getting better after the blow.
    static let rebuildingEntries = CueFile.entries("rebuilding")
    /// Life at its worst after the blow.
    static let strugglingEntries = CueFile.entries("struggling")
    /// Endings: turning the partner away.
    static let getOutEntries = CueFile.entries("get-out")
    /// Endings: a second chance, even a partial one.
    static let forgiveEntries = CueFile.entries("forgive")
    /// Endings: closure without either: a life of one's own, a new partner, indifference.
    static let movedOnEntries = CueFile.entries("moved-on")
    /// The telling goes back before the present ("five years earlier", "he had"): the leaving
    /// told after a return that opens the story.
    static let lookingBackEntries = CueFile.entries("looking-back")
}
