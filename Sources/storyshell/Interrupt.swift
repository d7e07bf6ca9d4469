#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Process-wide Ctrl-C handling.
///
/// `install()` puts a SIGINT handler in place (without `SA_RESTART`, so a
/// blocking `read(2)` returns `EINTR`) that only raises `requested`; the
/// process never dies of Ctrl-C. What a Ctrl-C means depends on where it lands:
///
/// - at the prompt, `LineEditor.readLine` notices it, cancels the half-typed
///   line and returns `.interrupted`;
/// - while a command runs, nothing happens by itself: long-running commands
///   poll `Interrupt.requested` (or `consume()`) and stop early;
/// - while the pager runs, the pager gets the signal too and storyshell
///   ignores it.
///
/// This file uses no libedit, so it can move into a library target (ShellKit)
/// unchanged if commands there need to poll it.
enum Interrupt {
    /// Set by SIGINT. Poll with `requested.load(ordering: .relaxed)` or `consume()`.
    static let requested = Atomic<Bool>(false)

    /// Set by SIGWINCH; consumed by LineEditor to re-measure the terminal.
    static let resized = Atomic<Bool>(false)

    private static let installed = Atomic<Bool>(false)

    /// Installs the SIGINT and SIGWINCH handlers and makes SIGPIPE harmless
    /// (a pager that quits early must not kill us). Idempotent.
    static func install() {
        // Touch the atomics first: their lazy initialisation must not run
        // inside a signal handler.
        _ = requested.load(ordering: .relaxed)
        _ = resized.load(ordering: .relaxed)
        guard !installed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        setHandler(SIGINT, onSIGINT)
        setHandler(SIGWINCH, onSIGWINCH)
        // A launcher may hand us these blocked (a thread pool's mask is inherited through
        // posix_spawn): Ctrl-C would then never arrive.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signo in [SIGINT, SIGWINCH, SIGTERM, SIGHUP] { sigaddset(&unblock, signo) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        // The terminal as it was before libedit made it raw, for SIGTERM and SIGHUP: they end
        // the process, and must not leave the user's terminal without echo.
        if isatty(STDIN_FILENO) != 0, tcgetattr(STDIN_FILENO, &savedTerminal) == 0 {
            hasSavedTerminal = true
            setHandler(SIGTERM, onFatal)
            setHandler(SIGHUP, onFatal)
        }
        // A no-op handler rather than SIG_IGN: handlers reset to default on
        // exec, so child processes (the pager) still get normal SIGPIPE.
        setHandler(SIGPIPE, onIgnored)
    }

    /// Returns whether Ctrl-C was pressed since the last call, and clears it.
    @discardableResult
    static func consume() -> Bool {
        requested.exchange(false, ordering: .acquiringAndReleasing)
    }

    private static func setHandler(_ signo: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // deliberately no SA_RESTART: blocking reads must see EINTR
        sigaction(signo, &action, nil)
    }
}

nonisolated(unsafe) private var savedTerminal = termios()
nonisolated(unsafe) private var hasSavedTerminal = false

// Signal handlers: only lock-free atomic stores and async-signal-safe calls (tcsetattr,
// signal, raise).
private func onFatal(_ signo: Int32) {
    if hasSavedTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal) }
    signal(signo, SIG_DFL)
    raise(signo)
}

private func onSIGINT(_: Int32) { Interrupt.requested.store(true, ordering: .releasing) }
private func onSIGWINCH(_: Int32) { Interrupt.resized.store(true, ordering: .releasing) }
private func onIgnored(_: Int32) {}
