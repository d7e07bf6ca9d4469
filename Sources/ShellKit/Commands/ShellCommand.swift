import ArgumentParser

/// A command of the shell, declared once: its name, arguments, options and help come from
/// swift-argument-parser (and `spec` reads the options back for Tab and errors); its group,
/// examples and positional completion from the properties below; its JSON shape is the
/// `CommandResult` type that `run(in:)` returns.
public protocol ShellCommand: ParsableCommand {
    /// Where `help` lists it.
    static var group: CommandGroup { get }
    /// Lines shown under `help NAME`.
    static var examples: [String] { get }
    /// What Tab offers for each positional argument, in order; the last one repeats.
    static var completions: [Completion] { get }
    /// A sentence for the error when an option is given a value it does not take, if there
    /// is something better to say than the list of the values it does.
    static func hint(option: String, value: String) -> String?
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
    public static func hint(option: String, value: String) -> String? { nil }
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
