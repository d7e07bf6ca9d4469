import Foundation
import ShellKit

/// Prints what the session emits: results to stdout (text or one JSON line), errors and
/// warnings to stderr. With --json a failed command also puts an error object on stdout, so
/// that output lines stay aligned with commands.
final class Console {
    let json: Bool
    /// Called with long text in interactive mode to page it; nil prints directly.
    var pager: ((String) -> Void)?
    private weak var session: Session?

    init(json: Bool) { self.json = json }

    func attach(_ session: Session) {
        self.session = session
        session.sink = { [unowned self] emission in self.emit(emission) }
    }

    func emit(_ emission: Emission) {
        switch emission {
        case .result(let result, _):
            if json {
                Self.out(result.jsonLine())
            } else if let session {
                let text = session.render(result)
                guard !text.isEmpty else { return }
                if let pager { pager(text) } else { Self.out(text) }
            }
        case .error(let message, let command):
            Self.err("error: \(message)")
            if json { Self.out(JSONLine.encode(ErrorLine(error: message, command: command))) }
        case .warning(let text):
            Self.err(text)
        }
    }

    struct ErrorLine: Encodable { var error: String; var command: String }

    static func out(_ line: String) { write(line, to: STDOUT_FILENO) }

    static func err(_ line: String) { write(line, to: STDERR_FILENO) }

    /// `line` and a newline, written from the string's own bytes: a JSON line of ten thousand
    /// outlines is 18 MB, and copying it into `Data` (and a `+ "\n"` before that) would hold it
    /// three times over.
    private static func write(_ line: String, to fd: Int32) {
        var line = line
        line.withUTF8 { all in
            var rest = UnsafeRawBufferPointer(all)
            while !rest.isEmpty {
                let n = Foundation.write(fd, rest.baseAddress, rest.count)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                rest = UnsafeRawBufferPointer(rebasing: rest[n...])
            }
            _ = Foundation.write(fd, "\n", 1)
        }
    }
}
