/// One command of the session as a transcript shows it: what was typed and what came back.
public struct TranscriptEntry {
    public var command: String
    public var result: (any CommandResult)?
    public var error: String?
    /// The command's name, when it was one the registry knows.
    public var name: String? = nil
    /// Whether it is part of the work (what `save` keeps), not the shell's housekeeping
    /// (`save`, `record`, `lesson`, `quit`).
    public var kept = false
    /// The teacher's notes above it, when it was a lesson step.
    public var notes: [String] = []

    /// The command on one line, as a script would write it: a line break inside a quoted word
    /// shows as `\n`, so it cannot end a heading or start a line of its own.
    public var displayCommand: String {
        guard command.contains(where: \.isNewline) else { return command }
        if let words = try? Lexer.split(command) { return Lexer.join(words) }
        return String(command.map { $0.isNewline ? " " : $0 })
    }
}

/// Results that have a better form on a page than their terminal text: tables as tables,
/// arcs as SVG.
protocol HTMLViewable {
    func html(in session: Session) -> String
}

/// Results that read better as Markdown than as a block of terminal text.
protocol MarkdownViewable {
    func markdown(in session: Session) -> String
}
