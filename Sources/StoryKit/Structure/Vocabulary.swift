/// Every word any rule looks at, numbered once per process.
///
/// A token carries its number (or -1), so cue matching compares integers instead of hashing
/// strings in every lexicon, and the VADER value and word classes of a word come with the same
/// lookup. The word view (`StoryTokens`) numbers each distinct word of a story once, through `ids`.
enum Vocabulary {
    struct Table: Sendable {
        var ids: [String: Int32] = [:]
        var valence: [Float] = []
        var classes: [WordClass] = []
        /// The clause cues' lists each word is in (`RoleCueClass`).
        var roleCues: [RoleCueClass] = []
        /// The words by number (as first spelled).
        var words: [String] = []
    }

    static let shared: Table = {
        var t = Table()
        // Room for every word at once (VADER's 7,500 and the lists'): growing the table while
        // filling it cost more than filling it.
        t.ids.reserveCapacity(12_000)
        func add(_ w: String, _ v: Double = 0) {
            if let id = t.ids[w] {
                if v != 0 { t.valence[Int(id)] = Float(v) }
                return
            }
            t.ids[w] = Int32(t.valence.count)
            t.valence.append(Float(v))
            t.classes.append([])
            t.roleCues.append([])
            t.words.append(w)
        }
        for (w, v) in VaderLexicon.shared.sorted(by: { $0.key < $1.key }) { add(w, v) }
        for entries in StoryCues.allEntries {
            for e in entries { for w in e.words { add(w) } }
        }
        for w in NumberWords.quantities.sorted() { add(w) }
        for w in PhraseLexicon.fixedWords.sorted() { add(w) }
        for w in Partner.fixedWords.sorted() { add(w) }
        for w in CueWords.absence.sorted() { add(w) }
        add("but")
        for w in EndingClassifier.personal.sorted() { add(w) }
        for w in EndingClassifier.ifWords.union(EndingClassifier.askWords).union(EndingClassifier.clauseWords).sorted() { add(w) }
        // The sentiment rules look words up here too (`VaderTable`).
        for w in SentimentScorer.boosters.keys.sorted() { add(w) }
        for w in SentimentWords.negations.sorted() { add(w) }
        for (c, list) in WordClass.lists {
            for w in list.sorted() {
                add(w)
                t.classes[Int(t.ids[w]!)].insert(c)
            }
        }
        // Last, so that no word above changes its number.
        for (c, list) in RoleCueClass.lists {
            for w in list.sorted() {
                add(w)
                t.roleCues[Int(t.ids[w]!)].insert(c)
            }
        }
        return t
    }()

    @inline(__always) static func id(_ w: String) -> Int32 { shared.ids[w] ?? -1 }

    static func ids(_ words: Set<String>) -> Set<Int32> { Set(words.map(id).filter { $0 >= 0 }) }
}
