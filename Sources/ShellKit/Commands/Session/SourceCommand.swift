import ArgumentParser
import StoryKit

/// `source FILE`: replay a script inside the session.
public struct SourceCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "source",
        abstract: "Replay a saved script in this session, printing what each command prints.",
        discussion: "Errors are reported as FILE:LINE: message, and the replay goes on unless `set bail on`. With --safe the script may only read the session's stories and print: commands that write files and loads of other paths are refused.")
    public static let group = CommandGroup.session
    public static let examples = ["source workshop.story", "source --safe shared-by-a-student.story"]
    public static let completions: [Completion] = [.file]

    @Argument(help: "The script to replay.")
    var file: String

    @Flag(help: "Run it as untrusted: no writes, no reads outside the session's paths.")
    var safe = false

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        if let guardrail = session.safeMode, !guardrail.allows(file) {
            throw ShellError("source: '\(file)' is outside the paths \(guardrail.origin) allows")
        }
        // By real path: `./x.story` and `././x.story` are one script.
        let real = realPath(file) ?? file
        if session.sourcing.contains(real) { throw ShellError("source: '\(file)' is already being replayed (a script cannot source itself)") }
        if session.sourcing.count >= 8 { throw ShellError("source: scripts nested more than 8 deep") }
        let script = try Script.read(file)
        let previous = session.safeMode
        let guarded = safe && previous == nil
        if guarded { session.safeMode = SafeMode(origin: SafeMode.sourceOrigin, readable: session.initialPaths + (session.bundledCorpus.map { [$0] } ?? [])) }
        defer { session.safeMode = previous }
        let failed = session.run(script: script)
        if failed > 0 {
            throw ShellError("source: \(failed) of \(script.lines.count) commands in \(file) failed")
        }
        return Replayed(commands: script.lines.count, logged: guarded)
    }
}
