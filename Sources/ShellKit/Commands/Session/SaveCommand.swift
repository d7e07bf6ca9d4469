import ArgumentParser
import Foundation

/// `save FILE`: the session as a script that replays anywhere.
public struct SaveCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Save the session's successful commands as a replayable script.",
        discussion: "The script starts with a comment header (date, version, corpus). Replay it with `source FILE` or `storyshell --script FILE`; it prints what this session printed. The file is written atomically and an existing one is kept unless --force is given.")
    public static let group = CommandGroup.session
    public static let examples = ["save workshop.story", "save --force workshop.story", "save --with-output lesson.story"]
    public static let completions: [Completion] = [.file]
    public static let isReplayed = false
    public static let writesFiles = true

    @Argument(help: "The script file to write.")
    var file: String

    @Flag(help: "Replace the file if it exists.")
    var force = false

    @Flag(help: "Write each command's output under it as `#=> ` lines, for `storyshell --check`.")
    var withOutput = false

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        var text = Script.header(for: session) + "\n"
        if let load = session.initialLoadLine {
            text += load.line + "\n"
            if withOutput { text += Script.outputLines(load.output) }
        }
        for entry in session.log {
            text += entry.line + "\n"
            if withOutput { text += Script.outputLines(entry.transcript) }
        }
        try session.writeFile(text, to: file, force: force)
        let n = session.log.count + (session.initialLoadLine == nil ? 0 : 1)
        return Message("saved \(n) \(n == 1 ? "command" : "commands") to \(file)", ["file": file, "commands": String(n)])
    }
}
