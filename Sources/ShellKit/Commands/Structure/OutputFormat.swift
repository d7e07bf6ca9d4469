import ArgumentParser

/// The formats a view can be written in. Not every command offers every one.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, md, json, svg, html
}

/// Where a rendered document goes: the screen, or a file written atomically.
struct DocumentOutput {
    static func deliver(_ document: String, to file: String?, force: Bool, session: Session) throws -> String? {
        guard let file else { return nil }
        if let safe = session.safeMode { throw ShellError("writing '\(file)' is not allowed under \(safe.origin)") }
        try AtomicFile.write(document.hasSuffix("\n") ? document : document + "\n", to: file, force: force)
        return file
    }
}
