/// What the VADER rules need to know about one word of a sentence, looked up once per word so
/// the rules (which look back three words) never hash a word twice.
struct VaderWord: Sendable {
    /// Lexicon valence, nil when the word is not in the lexicon.
    var valence: Double?
    /// Intensifier (+) or dampener (−) increment, nil when the word is neither.
    var boost: Double?
    /// A negation: a listed word or any word ending in "n't".
    var negation: Bool
    /// The word is "but", which reweights the words around it.
    var but: Bool
    /// Written in capitals: it has a letter and no lower-case letter.
    var caps: Bool
}
