import ArgumentParser

/// `lesson FILE`: step through a prepared script in front of a class.
public struct LessonCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Step through a script: its comments are your notes, Enter runs each command.",
        discussion: "At each step the next command is shown with the comment lines above it. Enter runs it, n skips it, b goes back, q stops; any other command typed at the prompt runs in between. Lessons ship in samples/lessons/.")
    public static let group = CommandGroup.session
    public static let examples = ["lesson samples/lessons/01-shared-skeleton.story"]
    public static let completions: [Completion] = [.file]
    public static let isReplayed = false

    @Argument(help: "The lesson script.")
    var file: String

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        if let safe = session.safeMode, !safe.allows(file) {
            throw ShellError("lesson: '\(file)' is outside the paths \(safe.origin) allows")
        }
        let script = try Script.read(file)
        guard !script.lines.isEmpty else { throw ShellError("lesson: '\(file)' has no commands") }
        session.lesson = Lesson(script: script)
        let first = LessonStep(step: 1, total: script.lines.count, notes: script.lines[0].notes, command: script.lines[0].text)
        return LessonIntro(file: file, steps: script.lines.count, header: script.header, first: first)
    }
}

struct LessonIntro: CommandResult {
    var file: String
    var steps: Int
    /// The comments that open the script: its title and introduction.
    var header: [String] = []
    var first: LessonStep
    func render(_ context: RenderContext) -> String {
        var out = context.style.bold("lesson \(file)") + " — \(steps) steps\n"
        for line in header where !line.isEmpty {
            out += line.wrapped(to: context.width, indent: "  ", firstIndent: "  ") + "\n"
        }
        if header.contains(where: { !$0.isEmpty }) { out += "\n" }
        return out + first.render(context)
    }
}
