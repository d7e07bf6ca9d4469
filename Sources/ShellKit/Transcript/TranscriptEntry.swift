/// One command of the session as a transcript shows it: what was typed and what came back.
public struct TranscriptEntry {
    public var command: String
    public var result: (any CommandResult)?
    public var error: String?
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
