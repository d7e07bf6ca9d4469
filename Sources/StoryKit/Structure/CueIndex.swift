/// The cues that may start at each word, for all the story lexicons at once.
///
/// Every lexicon is matched over a story's tokens in a single pass that reads this table once
/// per token. One table per lexicon meant nine passes, each reading a vocabulary-sized table at
/// random, and those reads (misses in cache) were most of the matching time.
struct CueIndex: @unchecked Sendable {
    static let shared = CueIndex(StoryCues.all)

    let lexicons: [PhraseLexicon]
    /// Every cue of every lexicon, compiled (`CompiledCue`), in lexicon then cue order: what a
    /// try reads, in storage that is never freed, so that it touches no reference count.
    private let cues: UnsafeBufferPointer<CompiledCue>
    /// The compiled cues' word numbers (`CompiledCue.Element`), likewise kept for good.
    private let words: UnsafeBufferPointer<Int32>
    /// The cues starting with word `w` are `firstCues[firstStart[w]..<firstStart[w + 1]]`, each
    /// a number into `cues`.
    private let firstStart: [Int32]
    private let firstCues: [UInt32]
    /// Cues that start with the partner (`@S`, `@O`, `@P`), numbered alike.
    private let partnerFirst: [UInt32]

    init(_ lexicons: [PhraseLexicon]) {
        self.lexicons = lexicons
        var byFirstWord = Array(repeating: [UInt32](), count: Vocabulary.shared.valence.count)
        var partnerFirst: [UInt32] = []
        var compiled: [CompiledCue] = []
        var words: [Int32] = []
        for (l, lexicon) in lexicons.enumerated() {
            for (c, cue) in lexicon.cues.enumerated() {
                let code = UInt32(compiled.count)
                compiled.append(CompiledCue(cue, lexicon: l, number: c, words: &words))
                switch cue.elements.first {
                case .words(let ws, _, _): for w in ws.all { byFirstWord[Int(w)].append(code) }
                case .number: for w in PhraseLexicon.numberIDs { byFirstWord[Int(w)].append(code) }
                default: partnerFirst.append(code)
                }
            }
        }
        var firstStart: [Int32] = [0]
        var firstCues: [UInt32] = []
        firstStart.reserveCapacity(byFirstWord.count + 1)
        for list in byFirstWord {
            firstCues.append(contentsOf: list)
            firstStart.append(Int32(firstCues.count))
        }
        self.cues = .kept(compiled)
        self.words = .kept(words)
        self.firstStart = firstStart
        self.firstCues = firstCues
        self.partnerFirst = partnerFirst
    }

    /// Where `lexicon` sits in `lexicons`.
    func position(of lexicon: PhraseLexicon) -> Int {
        guard let at = lexicons.firstIndex(where: { $0.name == lexicon.name }) else {
            preconditionFailure("\(lexicon.name) is not in StoryCues.all")
        }
        return at
    }

    /// Every match of every lexicon, per lexicon in token order; `marks` say which tokens are
    /// the partner.
    func matches(_ t: [Token], marks: [PartnerMark]) -> [[PhraseLexicon.Match]] {
        var out = Array(repeating: [PhraseLexicon.Match](), count: lexicons.count)
        let range = 0..<t.count
        let partnerStart: PartnerMark = [.subject, .object, .possessive]
        for i in range {
            let id = Int(t[i].id)
            if id >= 0 {
                // The word after, if a cue may go on to it: most tries fail there, and a cue
                // whose second element is plain words is tried only where the next word is one.
                let next: Int32? = i + 1 < t.count && t[i + 1].sentence == t[i].sentence ? t[i + 1].id : nil
                for k in Int(firstStart[id])..<Int(firstStart[id + 1]) {
                    let cue = cues[Int(firstCues[k])]
                    guard cue.mayContinue(with: next, words) else { continue }
                    cue.tryMatch(t, i, range, marks, words, &out)
                }
            }
            if !partnerFirst.isEmpty, !marks[i].isDisjoint(with: partnerStart) {
                for code in partnerFirst { cues[Int(code)].tryMatch(t, i, range, marks, words, &out) }
            }
        }
        return out
    }
}
