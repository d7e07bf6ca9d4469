import ArgumentParser

/// A command of the shell, declared once: its name, arguments and help come from
/// swift-argument-parser; its group, examples and completion from the properties below;
/// its JSON shape is the `CommandResult` type that `run(in:)` returns.
public protocol ShellCommand: ParsableCommand {
    /// Where `help` lists it.
    static var group: CommandGroup { get }
    /// Lines shown under `help NAME`.
    static var examples: [String] { get }
    /// What Tab offers for each positional argument, in order; the last one repeats.
    static var completions: [Completion] { get }
    /// Options Tab offers after a `-`.
    static var optionNames: [String] { get }
    /// Whether `save` and `record` keep it. Commands that only write files or end the session
    /// do not belong in a replay.
    static var isReplayed: Bool { get }
    /// Whether it writes files; `--safe` refuses such commands.
    static var writesFiles: Bool { get }

    /// The arguments as the parser should see them. The argument parser's time grows with the
    /// square of the argument count, so a command taking free text (`find` with a pasted
    /// paragraph) joins its words first.
    static func prepare(_ arguments: [String]) -> [String]

    mutating func run(in session: Session) throws -> any CommandResult
}

extension ShellCommand {
    public static var examples: [String] { [] }
    public static var completions: [Completion] { [] }
    public static var optionNames: [String] { [] }
    public static var isReplayed: Bool { true }
    public static var writesFiles: Bool { false }
    public static func prepare(_ arguments: [String]) -> [String] { arguments }
    public static var name: String { configuration.commandName ?? String(describing: self).lowercased() }
}

/// The groups of `help`, in the order it lists them.
public enum CommandGroup: String, CaseIterable, Sendable {
    case corpus = "Corpus"
    case characters = "Characters"
    case structure = "Structure"
    case remix = "Remix"
    case session = "Session"
}

/// What a positional argument completes to.
public enum Completion: Sendable, Equatable {
    case story
    case storyOrAll
    case storyOrSession
    case character
    case file
    case words([String])
    case none
}
