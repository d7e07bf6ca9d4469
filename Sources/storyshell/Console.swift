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

    private static func noteFailure(_ fd: Int32) {
        // A reader that left (`| head`) is the reader's choice, not news: the status says it.
        if fd == STDOUT_FILENO, outputFailure == nil { outputFailure = errno == EPIPE ? "" : String(cString: strerror(errno)) }
    }

    struct ErrorLine: Encodable { var error: String; var command: String }

    static func out(_ line: String) { write(line, to: STDOUT_FILENO) }

    /// Why output to stdout was lost (closed, full, a reader gone), if it was: the exit status
    /// must then say the run failed, as `cat` and `ls` do.
    nonisolated(unsafe) static var outputFailure: String?

    /// A closed stdin, stdout or stderr gets /dev/null, so that the next file opened cannot
    /// take its number (output would land in a story or a script). A closed stdout is noted as
    /// lost output.
    static func reopenClosedStandardFiles() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 {
            let opened = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != fd { dup2(opened, fd); close(opened) }
            if fd == STDOUT_FILENO { outputFailure = "stdout is closed" }
        }
    }

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
                    noteFailure(fd)
                    return
                }
                rest = UnsafeRawBufferPointer(rebasing: rest[n...])
            }
            while Foundation.write(fd, "\n", 1) < 0 {
                if errno != EINTR { noteFailure(fd); return }
            }
        }
    }
}
