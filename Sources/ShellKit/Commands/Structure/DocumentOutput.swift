import ArgumentParser

/// Where a rendered document goes: the screen, or a file written atomically. The views that
/// draw a document (`outline`, `arc`, `compare --arc`) take these options as one group.
struct DocumentOutput: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the document (a chart, a handout) to this file.", completion: .file())
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    /// Writes `document` to the file, if one was given, and returns its path.
    func deliver(_ document: String, session: Session) throws -> String? {
        guard let file = output else { return nil }
        if let safe = session.safeMode { throw ShellError("writing '\(file)' is not allowed under \(safe.origin)") }
        try session.writeFile(document.hasSuffix("\n") ? document : document + "\n", to: file, force: force)
        return file
    }
}

extension DocumentOutput {
    /// The JSON of a view that rendered a document: the file it went to, or the document.
    static func encode(document: String?, written: String?, into c: inout KeyedEncodingContainer<AnyKey>) throws {
        try c.encodeIfPresent(written, forKey: AnyKey("written"))
        if written == nil { try c.encodeIfPresent(document, forKey: AnyKey("document")) }
    }

    /// What the terminal shows instead of the view when a document was rendered, if one was.
    static func text(document: String?, written: String?) -> String? {
        written.map { "wrote \($0)" } ?? document
    }
}
