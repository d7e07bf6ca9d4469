import CLibedit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Long output goes through `$PAGER`, like psql and git.
enum Pager {
    /// Prints `text`, through the pager when all of these hold: `enabled`,
    /// stdout is a terminal, `$PAGER` is not empty or "cat", and `text` has
    /// more than `lines` lines (pass the screen height; the default is
    /// `LineEditor.terminalRows - 1`, leaving room for the prompt).
    ///
    /// The pager is `$PAGER`, or `less -FRX` when unset, run with `/bin/sh -c`;
    /// it reads `text` on stdin and writes to our terminal. Returns when it
    /// exits. Ctrl-C inside the pager does not stop storyshell (and is not
    /// left pending in `Interrupt.requested`). Falls back to printing directly
    /// if the pager cannot be started.
    static func show(_ text: String, lines: Int = LineEditor.terminalRows - 1, enabled: Bool = true) {
        let body = text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        guard enabled, isatty(STDOUT_FILENO) != 0, let command = pagerCommand(),
              lineCount(body) > lines
        else {
            fputs(body, storyshell_stdout())
            fflush(storyshell_stdout())
            return
        }
        Interrupt.install()   // Ctrl-C in the pager must not kill us (SIGINT reaches the whole group)
        fflush(storyshell_stdout())

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe   // stdout/stderr are inherited: the pager draws on our terminal
        do {
            try process.run()
        } catch {
            fputs(body, storyshell_stdout())
            fflush(storyshell_stdout())
            return
        }
        // Fails with EPIPE when the user quits the pager early; that is fine.
        _ = writeAll(pipe.fileHandleForWriting.fileDescriptor, Array(body.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        Interrupt.consume()
    }

    /// `$PAGER`, defaulting to `less -FRX`; nil means print directly.
    static func pagerCommand() -> String? {
        guard let value = ProcessInfo.processInfo.environment["PAGER"] else { return "less -FRX" }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    private static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
