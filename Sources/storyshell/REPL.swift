import Foundation
import ShellKit

/// The interactive loop (placeholder until the libedit front end lands).
struct REPL {
    let session: Session
    let console: Console

    func run() {
        print("storyshell \(Session.version) — \(session.corpus.count) stories loaded. Type 'help', or Ctrl-D to leave.")
        while true {
            print("storyshell> ", terminator: "")
            guard let line = readLine() else { print(); return }
            session.execute(line)
            if session.wantsToQuit { return }
        }
    }
}
