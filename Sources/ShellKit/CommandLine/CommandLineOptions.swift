import ArgumentParser

/// The process command line, per CONTRACT.md. Its usage line (`usageString()`) and every
/// name in it come from these declarations.
public struct CommandLineOptions: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "storyshell",
        abstract: "Explore and remix a corpus of short first-person stories.",
        discussion: "With neither -c nor --script: an interactive shell when stdin is a terminal (type help), otherwise commands are read from stdin, one a line. Exit status: 0 when every command succeeded, 1 when any failed, 2 for a usage error.")

    @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp("Run CMD (repeatable, in order), print its output, exit.", valueName: "cmd"))
    public var commands: [String] = []

    @Option(help: ArgumentHelp("Replay a saved session script, then exit (after it, any -c commands run).", valueName: "file"))
    public var script: String?

    @Option(help: ArgumentHelp("Replay a checked script (saved with --with-output) and diff each command's output; exit 1 on any change.", valueName: "file"))
    public var check: String?

    @Flag(help: "With --check: record each command's current output in the script instead of comparing.")
    public var update = false

    @Flag(help: "Every command prints exactly one JSON value on one line.")
    public var json = false

    @Flag(help: "Stop at the first failing command.")
    public var bail = false

    @Flag(help: "Plain output (also when NO_COLOR is set or stdout is not a terminal).")
    public var noColor = false

    @Flag(help: "Untrusted mode: refuse every command that writes a file and every read outside PATHs.")
    public var safe = false

    @Flag(help: "Print the version and exit.")
    public var version = false

    // Last, so the usage line reads options first and paths after them.
    @Argument(help: ArgumentHelp("Story files (.txt, .md) or folders of them; none: the bundled samples/corpus.", valueName: "path"))
    public var paths: [String] = []

    public init() {}

    /// Takes the `-c`/`--command` values out of the arguments before the argument parser sees
    /// them: it handles a repeated option in time quadratic in the count, and a batch of five
    /// thousand commands must not wait seconds to start. Everything else, in order, goes to
    /// the parser; the values of `--script` and `--check` are never read as options.
    public static func splitCommands(_ arguments: [String]) -> (commands: [String], rest: [String]) {
        var commands: [String] = [], rest: [String] = []
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { rest += arguments[i...]; break }
            if (a == "-c" || a == "--command"), i + 1 < arguments.count {
                commands.append(arguments[i + 1])
                i += 2
                continue
            }
            if a.hasPrefix("--command=") { commands.append(String(a.dropFirst("--command=".count))); i += 1; continue }
            rest.append(a)
            if (a == "--script" || a == "--check"), i + 1 < arguments.count { rest.append(arguments[i + 1]); i += 1 }
            i += 1
        }
        return (commands, rest)
    }
}
