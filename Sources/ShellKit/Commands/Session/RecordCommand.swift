import ArgumentParser
import Foundation

/// `record FILE`: append each command to a script as it succeeds.
public struct RecordCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Append each successful command to FILE as it happens (`record off` stops).",
        discussion: "Each line is flushed to disk as the command finishes, so a session that is killed keeps every command it completed. An existing file is appended to, never truncated.")
    public static let group = CommandGroup.session
    public static let examples = ["record class.story", "record off"]
    public static let completions: [Completion] = [.file]
    public static let isReplayed = false
    public static let writesFiles = true

    @Argument(help: "The script file to append to, or `off`.")
    var file: String

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        if file == "off" {
            guard let current = session.recorder else { return Message("not recording") }
            session.recorder = nil
            return Message("stopped recording to \(current.path)")
        }
        if session.dryRun { return Message("recording to \(file)", ["file": file]) }
        session.recorder = try AppendLog(path: file, header: Script.header(for: session) + "\n" + (session.initialLoadLine.map { $0.line + "\n" } ?? ""))
        return Message("recording to \(file)", ["file": file])
    }
}
