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

/// What the front end acts on: the parsed `CommandLineOptions`, or, for a command line of
/// paths alone (`storyshell`, `storyshell stories/`: the start of nearly every session), the
/// same values without building the parser. Its first parse reflects over every declaration
/// of the command line and of its own built-in options, and took half of the time to the
/// prompt. The fields are the options' values, one each; a test holds them to the
/// declarations (count and defaults), so an option added there cannot be forgotten here.
public struct Invocation: Equatable, Sendable {
    public var paths: [String] = []
    public var commands: [String] = []
    public var script: String?
    public var check: String?
    public var update = false
    public var json = false
    public var bail = false
    public var noColor = false
    public var safe = false
    public var version = false

    /// Parses the arguments left after `splitCommands`; throws the parser's error.
    public static func parse(_ arguments: [String], commands: [String]) throws -> Invocation {
        if commands.isEmpty, arguments.allSatisfy({ !$0.hasPrefix("-") }) { return Invocation(paths: arguments) }
        var parsed = Invocation(try CommandLineOptions.parse(arguments))
        parsed.commands = commands
        return parsed
    }

    /// Paths and no option: every option at its declared default.
    init(paths: [String]) { self.paths = paths }

    init(_ o: CommandLineOptions) {
        paths = o.paths
        commands = o.commands
        script = o.script
        check = o.check
        update = o.update
        json = o.json
        bail = o.bail
        noColor = o.noColor
        safe = o.safe
        version = o.version
    }
}
