import ArgumentParser
import StoryKit

/// `load PATH…`: add story files or folders to the session.
public struct LoadCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load story files (.txt, .md) or folders of them into the session.",
        discussion: "Folders are searched recursively. Files that cannot be used are reported one per line and skipped; the rest load. A story whose id is already loaded replaces it.")
    public static let group = CommandGroup.corpus
    public static let examples = ["load my-stories/", "load draft.txt notes/other.md", "load --replace samples/corpus"]
    public static let completions: [Completion] = [.file]

    @Argument(help: "Files or folders to load.")
    var paths: [String]

    @Flag(help: "Replace the stories of the session instead of adding to them.")
    var replace = false

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        if let safe = session.safeMode, let outside = paths.first(where: { !safe.allows($0) }) {
            throw ShellError("load: '\(outside)' is outside the paths \(safe.origin) allows")
        }
        // Under --safe the loader is confined too: a link inside an allowed folder is not followed out.
        let result = (session.safeMode?.loader ?? CorpusLoader()).load(paths, isCancelled: session.isCancelled)
        if session.isCancelled() { throw ShellError("load interrupted; the session's stories are unchanged") }
        for skip in result.skipped { session.warn(skip.description) }
        // A file whose front matter says `kind:` is an ending for `splice`, not a story.
        var stories: [StoryDocument] = []
        var endingNames: [String] = []
        var badTemplates = 0
        for d in result.documents {
            guard EndingTemplate.isTemplate(d.raw) else { stories.append(d); continue }
            do {
                session.endingLibrary.add(try EndingTemplate.parse(d.raw, name: d.id, file: d.file))
                endingNames.append(d.id)
            } catch {
                // One bad template is one skipped file, like any other bad file: the rest loads.
                badTemplates += 1
                session.warn(CorpusLoader.Skip(path: d.file ?? d.id, reason: "\(error)").description)
            }
        }
        if stories.isEmpty && endingNames.isEmpty {
            throw ShellError("load: no stories found in \(paths.joined(separator: " "))")
        }
        let before = session.corpus.count
        if !stories.isEmpty { session.add(stories, replacing: replace) }
        return LoadResult(loaded: stories.map(\.id), skipped: result.skipped.count + badTemplates, total: session.corpus.count,
                          added: session.corpus.count - (replace && !stories.isEmpty ? 0 : before), endings: endingNames.isEmpty ? nil : endingNames)
    }
}

struct LoadResult: CommandResult {
    var loaded: [String]
    var skipped: Int
    var total: Int
    var added: Int
    var endings: [String]? = nil

    func render(_ context: RenderContext) -> String {
        let n = loaded.count
        var s = "loaded \(n) \(n == 1 ? "story" : "stories")"
        if let endings, !endings.isEmpty { s += " and \(endings.count) \(endings.count == 1 ? "ending" : "endings") (\(endings.joined(separator: ", ")))" }
        if skipped > 0 { s += ", skipped \(skipped)" }
        return s + "; \(total) in the session"
    }
}
