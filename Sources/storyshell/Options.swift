import ArgumentParser

/// The process command line, per CONTRACT.md.
struct Options: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyshell",
        abstract: "Explore and remix a corpus of short first-person stories.",
        discussion: "With neither -c nor --script: an interactive shell when stdin is a terminal (type help), otherwise commands are read from stdin, one a line. Exit status: 0 when every command succeeded, 1 when any failed, 2 for a usage error.")

    @Argument(help: "Story files (.txt, .md) or folders of them; none: the bundled samples/corpus.")
    var paths: [String] = []

    @Option(name: [.customShort("c"), .customLong("command")], help: "Run CMD (repeatable, in order), print its output, exit.")
    var commands: [String] = []

    @Option(help: "Replay a saved session script, then exit (after it, any -c commands run).")
    var script: String?

    @Option(help: "Replay a checked script (saved with --with-output) and diff each command's output; exit 1 on any change.")
    var check: String?

    @Flag(help: "With --check: record each command's current output in the script instead of comparing.")
    var update = false

    @Flag(help: "Every command prints exactly one JSON value on one line.")
    var json = false

    @Flag(help: "Stop at the first failing command.")
    var bail = false

    @Flag(help: "Plain output (also when NO_COLOR is set or stdout is not a terminal).")
    var noColor = false

    @Flag(help: "Untrusted mode: refuse every command that writes a file and every read outside PATHs.")
    var safe = false

    @Flag(help: "Print the version and exit.")
    var version = false
}
