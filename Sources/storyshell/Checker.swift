import Foundation
import ShellKit

/// `storyshell --check FILE`: replays a checked script and shows a unified diff for every
/// command whose output is no longer what the script recorded.
enum Checker {
    static func run(_ path: String, update: Bool, session: Session, console: Console) -> Int32 {
        let script: Script
        do { script = try Script.read(path) } catch {
            Console.err("storyshell: \(error)")
            return 1
        }
        // Checking replays the commands, but writes no file: a lesson that exports checks the
        // same every time and leaves the disk as it was.
        session.dryRun = true
        let report = ScriptCheck.run(script, in: session)
        if update {
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                try AtomicFile.write(report.updating(text), to: path, force: true)
                Console.out("\(path): recorded the output of \(report.produced.count) commands (\(report.changed) changed)")
                return report.errors > 0 ? 1 : 0
            } catch {
                Console.err("storyshell: \(error)")
                return 1
            }
        }
        for diff in report.diffs { Console.out(diff) }
        Console.out("\(path): \(report.checked) passed, \(report.changed) failed" + (report.unchecked > 0 ? " (\(report.unchecked) without recorded output)" : ""))
        return report.changed > 0 || report.errors > 0 ? 1 : 0
    }
}
