/// What a session hands its front end as commands run, in order.
public enum Emission {
    /// A command's result, to render as text or JSON.
    case result(any CommandResult, command: String)
    /// A failed command: one line, prefixed with `FILE:LINE:` inside a script.
    case error(String, command: String)
    /// A note for stderr that does not fail the command (e.g. `skipped FILE: reason`).
    case warning(String)
}
