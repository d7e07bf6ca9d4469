import ArgumentParser

/// `quit`: leave the shell.
public struct QuitCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "quit",
        abstract: "Leave the shell (Ctrl-D does the same).",
        aliases: ["exit", "\\q"])
    public static let group = CommandGroup.session
    public static let isReplayed = false

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        session.wantsToQuit = true
        return Message("")
    }
}
