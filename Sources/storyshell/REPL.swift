import Foundation
import ShellKit

/// The interactive loop: a libedit prompt with history and completion, paged output, and
/// Ctrl-C that cancels the line (or the running command) without leaving the shell.
struct REPL {
    let session: Session
    let console: Console

    static var historyFile: String {
        ProcessInfo.processInfo.environment["STORYSHELL_HISTORY"]
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".storyshell_history")
    }

    func run() {
        let completer = Completer()
        let session = self.session
        // --safe writes no file at all, the history file included.
        let editor = LineEditor(programName: "storyshell", historyFile: session.safeMode == nil ? Self.historyFile : nil) { line, cursor in
            let (start, candidates) = completer.complete(line, cursor: cursor, in: session)
            return LineEditor.Completion(replaceFrom: start, candidates: candidates)
        }
        console.pager = { text in Pager.show(text, enabled: session.settings.pager) }
        let s = session.renderContext.style
        print(s.bold("storyshell \(Session.version)") + " — \(session.corpus.count) stories loaded. "
              + s.dim("Type help for the commands, Tab to complete, Ctrl-D to leave."))
        let prompt = session.renderContext.style.enabled ? "\u{1}\u{1B}[1;36m\u{1}storyshell>\u{1}\u{1B}[0m\u{1} " : "storyshell> "
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
