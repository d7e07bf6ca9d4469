// THROWAWAY DEMO of the terminal front end (LineEditor, Interrupt, Pager),
// driven by Tests/e2e/test_pty_demo.py. The lead replaces this file with the
// real shell wiring.
import Foundation

let words = ["stories", "show", "set", "help", "history", "quit"]
let historyFile = ProcessInfo.processInfo.environment["STORYSHELL_HISTORY"]

let editor = LineEditor(programName: "storyshell", historyFile: historyFile) { line, cursor in
    // Complete the word under the cursor: it starts after the last space before the cursor.
    let beforeCursor = line.prefix(cursor)
    let start = beforeCursor.lastIndex(of: " ").map { beforeCursor.distance(from: beforeCursor.startIndex, to: $0) + 1 } ?? 0
    let word = beforeCursor.dropFirst(start)
    return LineEditor.Completion(replaceFrom: start, candidates: words.filter { $0.hasPrefix(word) })
}

loop: while true {
    switch editor.readLine(prompt: "demo> ") {
    case .endOfFile:
        break loop
    case .interrupted:
        continue
    case .line(let line):
        editor.remember(line)
        switch line.trimmingCharacters(in: .whitespaces) {
        case "quit":
            break loop
        case "spin":  // a long-running command that polls Interrupt
            print("spinning (Ctrl-C stops)")
            fflush(nil)
            while !Interrupt.consume() { usleep(10_000) }
            print("spin interrupted")
        case "page":
            Pager.show((1...200).map { "line \($0)" }.joined(separator: "\n"))
            print("pager done")
        case "width":
            print("columns \(LineEditor.terminalColumns) rows \(LineEditor.terminalRows)")
        default:
            print("you typed: \(line)")
        }
    }
}
exit(0)
