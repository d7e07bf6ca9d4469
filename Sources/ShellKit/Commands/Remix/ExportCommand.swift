import ArgumentParser
import Foundation
import StoryKit

/// `export STORY FILE` and `export session FILE`: write a story, a remix, or the session.
public struct ExportCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a story (txt, md, json, html, twee, ink) or the session (html, md) to a file.",
        discussion: "The format comes from the file's extension unless --format is given. Files are written atomically; an existing file is kept unless --force is given. `export session FILE.html` writes every command of the session so far with its output, outlines and arcs drawn as HTML and SVG.")
    public static let group = CommandGroup.remix
    public static let examples = ["export 002+get-out remix.twee", "export 003 handout.html", "export session class.html", "export session notes.md --force", "export 002 choices.ink --label 'get-out=Shut the door'"]
    public static let completions: [Completion] = [.storyOrSession, .file]
    public static let writesFiles = true

    @Argument(help: "A story, or `session`.")
    var story: String

    @Argument(help: "The file to write.")
    var file: String

    @Option(help: "The format, when the file's extension does not say (a session: html or md).")
    var format: StoryFormat?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    @Option(help: "Twee and ink: the words of a choice, 'KEY=TEXT' where KEY is a remix id, `original`, or an ending kind (repeatable).")
    var label: [String] = []

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        if story == "session" {
            let kind = format?.rawValue ?? (file as NSString).pathExtension.lowercased()
            let text: String
            switch kind {
            case "html", "htm": text = TranscriptExport.html(session)
            case "md", "markdown": text = TranscriptExport.markdown(session)
            default: throw ShellError("export session: write .html or .md (or give --format html|md); got '\(kind.isEmpty ? file : kind)'")
            }
            try session.writeFile(text, to: file, force: force)
            let n = TranscriptExport.entries(session).count
            return Message("exported the session (\(n) \(n == 1 ? "command" : "commands")) to \(file)", ["file": file, "format": kind])
        }
        let doc = try session.story(story)
        if chosenNeedsAnalysis(file: file), !doc.isAnalysable { _ = try session.analysed(story) }
        let chosen: StoryFormat
        if let format {
            chosen = format
        } else {
            guard let f = StoryFormat(fileName: file) else {
                throw ShellError("export: cannot tell the format from '\(file)'; add --format (\(StoryFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            chosen = f
        }
        var labels: [String: String] = [:]
        for l in label {
            let parts = l.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw ShellError("export: --label takes 'KEY=TEXT' (KEY: a remix id, original, forgive, get-out or moved-on); got '\(l)'") }
            labels[parts[0]] = parts[1]
        }
        let text = try StoryWriter.render(doc, as: chosen, in: session, labels: labels)
        try session.writeFile(text, to: file, force: force)
        // The self-check's warnings travel with the remix to every export.
        let warnings = doc.origin?.warnings ?? []
        var message = "exported \(doc.id) as \(chosen.rawValue) to \(file)"
        if !warnings.isEmpty { message += "\n  warnings from splice:\n" + warnings.map { "    " + $0 }.joined(separator: "\n") }
        var extra = ["file": file, "format": chosen.rawValue, "story": doc.id]
        if !warnings.isEmpty { extra["warnings"] = warnings.joined(separator: "\n") }
        return Message(message, extra)
    }
}

extension ExportCommand {
    /// Plain text and Markdown are the story alone; the other formats carry its analysis.
    func chosenNeedsAnalysis(file: String) -> Bool {
        let f = format ?? StoryFormat(fileName: file)
        return f != .txt && f != .md
    }
}

/// Renders a story in a file format, with what the session knows (its remixes).
enum StoryWriter {
    static func render(_ doc: StoryDocument, as format: StoryFormat, in session: Session, labels: [String: String] = [:]) throws -> String {
        switch format {
        case .txt: return StoryExport.text(doc)
        case .md: return StoryExport.markdown(doc)
        case .json: return try StoryExport.json(doc)
        case .html: return StoryHTML.handout(doc)
        case .twee: return TweeExport.twee(doc, family: session.corpus.documents, labels: labels)
        case .ink: return InkExport.ink(doc, family: session.corpus.documents, labels: labels)
        }
    }
}
