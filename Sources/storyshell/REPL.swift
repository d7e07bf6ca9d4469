import Foundation
import Synchronization
import ShellKit
import StoryKit

/// The interactive loop: a libedit prompt with history and completion, paged output, and
/// Ctrl-C that cancels the line (or the running command) without leaving the shell.
struct REPL {
    let session: Session
    let console: Console
    /// The process's environment, read once at the start.
    let environment: [String: String]

    var historyFile: String {
        environment["STORYSHELL_HISTORY"] ?? (NSHomeDirectory() as NSString).appendingPathComponent(".storyshell_history")
    }

    func run() {
        let completer = Completer()
        let session = self.session
        // --safe writes no file at all, the history file included.
        let editor = LineEditor(programName: "storyshell", historyFile: session.safeMode == nil ? historyFile : nil) { line, cursor in
            let (start, candidates) = completer.complete(line, cursor: cursor, in: session)
            return LineEditor.Completion(replaceFrom: start, candidates: candidates)
        }
        console.pager = { text in Pager.show(text, enabled: session.settings.pager) }
        let s = session.renderContext.style
        print(s.bold("storyshell \(Session.version)") + " — \(session.corpus.count) stories loaded. "
              + s.dim("Type help for the commands, Tab to complete, Ctrl-D to leave."))
        let prompt = session.renderContext.style.enabled ? "\u{1}\u{1B}[1;36m\u{1}storyshell>\u{1}\u{1B}[0m\u{1} " : "storyshell> "
        let cleaning = Cleaning(session.corpus.documents)
        editor.whenWaiting = { cleaning.start() }
        while true {
            session.terminalWidth = LineEditor.terminalColumns
            let current = session.lessonPrompt.map { session.renderContext.style.enabled ? "\u{1}\u{1B}[1;33m\u{1}\($0)\u{1}\u{1B}[0m\u{1}" : $0 } ?? prompt
            switch editor.readLine(prompt: current) {
            case .endOfFile:
                // Ctrl-D in a lesson ends the lesson, as `q` does; at the shell's prompt, the shell.
                if session.lesson != nil {
                    session.execute("q")
                    continue
                }
                print()
                return
            case .interrupted:
                continue
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty || session.lesson != nil else { continue }
                if !line.isEmpty { editor.remember(line) }
                // The first command waits for the stories to be clean (as the start once did),
                // or for Ctrl-C.
                guard cleaning.wait() else {
                    Console.err("error: interrupted")
                    Interrupt.consume()
                    continue
                }
                // Measured now, not before the prompt: a resize while typing counts for this command.
                session.terminalWidth = LineEditor.terminalColumns
                // No clearing of the interrupt flag here: readLine cleared it when it started,
                // and a Ctrl-C pressed since Enter is meant for this command, which says itself
                // that it was interrupted (one message, not two).
                session.execute(line)
                Interrupt.consume()
                if session.wantsToQuit { return }
            }
        }
    }
}

/// The cleaning of the stories read at the start, on all cores, behind the prompt: the loader
/// leaves it out in interactive mode, so that the prompt comes at once. A command waits for it
/// to end, so that no command cleans stories one by one on its own thread.
final class Cleaning: Sendable {
    private let done = DispatchGroup()
    private let documents: [StoryDocument]
    private let started = Atomic<Bool>(false)

    init(_ documents: [StoryDocument]) {
        self.documents = documents
        done.enter()
    }

    /// Begins, once: when the prompt is on the screen, so that it does not compete with it.
    func start() {
        guard !started.exchange(true, ordering: .relaxed) else { return }
        let documents = self.documents
        DispatchQueue.global(qos: .userInitiated).async { [done] in
            DispatchQueue.concurrentPerform(iterations: documents.count) { _ = documents[$0].clean }
            done.leave()
        }
    }

    /// Waits until every story is clean; false when Ctrl-C came first (the cleaning goes on).
    func wait() -> Bool {
        start()
        while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if Interrupt.requested.load(ordering: .relaxed) { return false }
        }
        return true
    }
}
