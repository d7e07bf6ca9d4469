/// Where a rendered document goes: the screen, or a file written atomically.
struct DocumentOutput {
    static func deliver(_ document: String, to file: String?, force: Bool, session: Session) throws -> String? {
        guard let file else { return nil }
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
