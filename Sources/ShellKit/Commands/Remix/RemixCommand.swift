import ArgumentParser
import StoryKit

/// `remix rename OLD NEW` and `remix drop ID`: a remix is a story of the session, so it gets a
/// better name or goes away like one. Only remixes: a loaded story is its file's.
public struct RemixCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "remix",
        abstract: "Rename or drop a remix made with splice.",
        discussion: "`remix rename OLD NEW` gives a remix a new id (the same rules as splice --as: not an id, prefix or number that already names a story); remixes made from it follow. `remix drop ID` takes a remix out of the session. Loaded stories cannot be renamed or dropped.")
    public static let group = CommandGroup.remix
    public static let examples = ["remix rename 002+get-out porch-scene", "remix drop 002+get-out-2"]
    public static let completions: [Completion] = [.words(["rename", "drop"]), .story]

    @Argument(help: "rename or drop.")
    var action: String

    @Argument(help: "The remix.")
    var story: String

    @Argument(help: "For rename: the new id.")
    var newName: String?

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let doc = try session.story(story)
        guard let origin = doc.origin else { throw ShellError("remix: \(doc.id) is a loaded story, not a remix; only remixes can be renamed or dropped") }
        switch action.lowercased() {
        case "drop":
            if newName != nil { throw ShellError("remix drop takes one remix (remix drop ID)") }
            session.corpus.remove(id: doc.id)
            return Message("dropped \(doc.id)", ["dropped": doc.id])
        case "rename":
            guard let newName else { throw ShellError("remix rename needs the new id (remix rename OLD NEW)") }
            if newName == doc.id { throw ShellError("remix: \(doc.id) already has that id") }
            do { try SpliceCommand.checkName(newName, in: session) } catch let e as ShellError {
                throw ShellError(e.description.replacingOccurrences(of: "splice: --as", with: "remix rename:"))
            }
            let renamed = StoryDocument(id: newName, clean: doc.clean, origin: origin)
            session.corpus.replace(id: doc.id, with: renamed)
            // Remixes made from it name their recipient by id; they follow the new name.
            for other in session.corpus.documents where other.origin?.sources.contains(doc.id) == true {
                var o = other.origin!
                o.sources = o.sources.map { $0 == doc.id ? newName : $0 }
                session.corpus.replace(id: other.id, with: StoryDocument(id: other.id, clean: other.clean, origin: o))
            }
            return Message("renamed \(doc.id) to \(newName)", ["renamed": doc.id, "to": newName])
        default:
            throw ShellError("remix: unknown action '\(action)'; use rename or drop")
        }
    }
}
