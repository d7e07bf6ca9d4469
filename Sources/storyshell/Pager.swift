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
    /// if the pager cannot be started or is not found (exit status 127).
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

        guard let pid = spawnShell(command, stdinFrom: { fd in
            // Fails with EPIPE when the user quits the pager early; that is fine.
            _ = writeAll(fd, Array(body.utf8))
        }) else {
            fputs(body, storyshell_stdout())
            fflush(storyshell_stdout())
            return
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        Interrupt.consume()
        // 127: the shell could not find the pager; do not lose the output.
        if status & 0x7f == 0, (status >> 8) & 0xff == 127 {
            fputs(body, storyshell_stdout())
            fflush(storyshell_stdout())
        }
    }

    /// Runs `/bin/sh -c command` with a pipe on its stdin, which `feed` fills
    /// and which is then closed. Returns the child's pid.
    ///
    /// posix_spawn rather than Foundation's `Process`: on Linux, `Process` puts
    /// the child in a new process group, so the pager is a background job of
    /// the terminal and stops (SIGTTOU/SIGTTIN) as soon as it touches it. Here
    /// the child stays in our foreground process group.
    private static func spawnShell(_ command: String, stdinFrom feed: (Int32) -> Void) -> pid_t? {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        let (readEnd, writeEnd) = (fds[0], fds[1])
        // Neither end may leak into the child except as its stdin.
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)  // dup2 clears CLOEXEC

        let args = ["/bin/sh", "-c", command].map { (arg: String) -> UnsafeMutablePointer<CChar>? in strdup(arg) }
        let env = ProcessInfo.processInfo.environment.map { (key, value) -> UnsafeMutablePointer<CChar>? in
            strdup("\(key)=\(value)")
        }
        defer { (args + env).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, args + [nil], env + [nil])
        close(readEnd)
        guard rc == 0 else { close(writeEnd); return nil }
        feed(writeEnd)
        close(writeEnd)
        return pid
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
