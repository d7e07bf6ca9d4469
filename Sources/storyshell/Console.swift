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
                Self.out(JSONLine.encode(result))
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

    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
