/// A lesson in progress: a script stepped through one command at a time, with its comments
/// shown as the teacher's notes.
public struct Lesson: Sendable {
    public var script: Script
    /// The step shown next (0-based); `script.lines.count` when all are done.
    public var position = 0

    public init(script: Script) { self.script = script }

    public var isFinished: Bool { position >= script.lines.count }
    public var current: Script.Line? { isFinished ? nil : script.lines[position] }
}

extension Session {
    /// The prompt while a lesson runs, e.g. `lesson 3/9> `.
    public var lessonPrompt: String? {
        guard let lesson else { return nil }
        return "lesson \(min(lesson.position + 1, lesson.script.lines.count))/\(lesson.script.lines.count)> "
    }

    /// Handles what the teacher types during a lesson: Enter runs the step shown, `n` skips
    /// it, `b` goes back, `q` stops. Returns false for anything else, which runs as a command
    /// in between.
    func lessonInput(_ line: String) -> Bool {
        guard var lesson else { return false }
        switch line.trimmingCharacters(in: .whitespaces) {
        case "":
            guard let step = lesson.current else { return true }
            lesson.position += 1
            self.lesson = lesson
            // The class sees what runs, then what it prints; the page of the session keeps
            // the teacher's notes with it.
            sink(.result(LessonEcho(command: step.text), command: step.text))
            pendingNotes = step.notes.filter { !$0.isEmpty }
            execute(step.text, location: "\(lesson.script.path):\(step.number)")
            pendingNotes = []
        case "n":
            lesson.position = min(lesson.position + 1, lesson.script.lines.count)
            self.lesson = lesson
        case "b":
            lesson.position = max(lesson.position - 1, 0)
            self.lesson = lesson
        case "q":
            self.lesson = nil
            sink(.result(Message("lesson stopped at step \(lesson.position + 1) of \(lesson.script.lines.count)"), command: "q"))
            return true
        default:
            return false
        }
        showLessonStep()
        return true
    }

    /// Shows the notes and the command of the step to come, or that the lesson is over.
    func showLessonStep() {
        guard let lesson else { return }
        if lesson.isFinished {
            self.lesson = nil
            sink(.result(LessonStep(step: nil, total: lesson.script.lines.count, notes: [], command: nil), command: "lesson"))
        } else if let step = lesson.current {
            sink(.result(LessonStep(step: lesson.position + 1, total: lesson.script.lines.count, notes: step.notes, command: step.text), command: "lesson"))
        }
    }
}

/// What a lesson shows before each step.
struct LessonStep: CommandResult {
    var step: Int?
    var total: Int
    var notes: [String]
    var command: String?

    func render(_ context: RenderContext) -> String {
        let s = context.style
        guard let step, let command else { return s.bold("lesson complete") + " — \(total) steps" }
        var out = [s.dim("── step \(step) of \(total) " + String(repeating: "─", count: max(0, min(context.width, 72) - 16 - String(step).count - String(total).count)))]
        for n in notes where !n.isEmpty { out.append(s.italic(n).wrapped(to: context.width, indent: "  ", firstIndent: "  ")) }
        out.append(s.bold("  next: ") + s.cyan(command))
        out.append(s.dim("  Enter runs it · n skips · b goes back · q stops · any other command runs in between"))
        return out.joined(separator: "\n")
    }
}

/// The command of a lesson step, shown as if typed, just before its output.
struct LessonEcho: CommandResult {
    var command: String
    func render(_ context: RenderContext) -> String {
        context.style.dim("storyshell> ") + context.style.bold(command)
    }
}
