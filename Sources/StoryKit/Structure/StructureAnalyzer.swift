/// The fourth pass: beats and the ending.
public enum StructureAnalyzer {
    public static func analyze(_ doc: StoryDocument) -> Structure {
        let n = doc.paragraphs.count
        return Structure(beats: n == 0 ? [] : [BeatSpan(kind: .setup, first: 1, last: n, summary: doc.paragraphs[0])],
                         ending: Ending(kind: .movedOn, evidence: doc.paragraphs.last ?? "", paragraph: n))
    }
}
