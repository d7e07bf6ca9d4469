import StoryKit

/// Values a corpus-wide view derives from each story, kept between commands so that a second
/// `outline all` over ten thousand stories does not rebuild them.
///
/// A document's layers never change once computed, so a value made from one document object
/// stays right while the corpus holds that object. `load` and `splice` put new objects in the
/// corpus (a replaced story is a new object under the old id), which simply miss. Entries hold
/// their document, so its `ObjectIdentifier` cannot be reused by another story.
final class DocumentMemo<Value> {
    private var entries: [ObjectIdentifier: (document: StoryDocument, value: Value)] = [:]

    /// Number of documents remembered: for tests.
    var count: Int { entries.count }

    /// The value of each document, in order, making the missing ones. Entries of documents not
    /// asked for this time are dropped, so stories that left the corpus are not kept alive.
    func values(for documents: [StoryDocument], make: (StoryDocument) -> Value) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(documents.count)
        for d in documents {
            let key = ObjectIdentifier(d)
            if let hit = entries[key] {
                values.append(hit.value)
            } else {
                let fresh = make(d)
                entries[key] = (d, fresh)
                values.append(fresh)
            }
        }
        if entries.count > documents.count {
            let wanted = Set(documents.map(ObjectIdentifier.init))
            entries = entries.filter { wanted.contains($0.key) }
        }
        return values
    }
}
