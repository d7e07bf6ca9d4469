import ArgumentParser
import Foundation
import ShellKit
import StoryKit

/// storyshell: explore and remix a corpus of stories from the terminal.
@main
enum Storyshell {
    static func main() {
        let options: Options
        do {
            options = try Options.parse()
        } catch {
            let code = Options.exitCode(for: error)
            if code == .success {
                print(Options.helpMessage(columns: nil))
                exit(0)
            }
            Console.err("storyshell: \(Options.message(for: error))")
            Console.err("usage: storyshell [--json] [--bail] [--no-color] [--safe] [-c CMD]... [--script FILE] [--check FILE] [PATH ...]")
            exit(2)
        }
        if options.update, options.check == nil {
            Console.err("storyshell: --update goes with --check FILE")
            exit(2)
        }
        if options.version {
            print("storyshell \(Session.version)")
            exit(0)
        }
        exit(run(options))
    }

    /// The session outlives `run`, so the process exits without freeing ten thousand analysed
    /// stories one object at a time (about a tenth of a second), as compilers do. Everything the
    /// session writes is on disk by then: files are written whole, logs flushed line by line.
    nonisolated(unsafe) static var keptUntilExit: Session?

    static func run(_ options: Options) -> Int32 {
        let paths: [String]
        if options.paths.isEmpty {
            guard let samples = CorpusLocator.defaultCorpus() else {
                Console.err("storyshell: no PATH given and the bundled samples/corpus was not found")
                return 2
            }
            paths = [samples]
        } else {
            paths = options.paths
        }
        let interactive = options.commands.isEmpty && options.script == nil && options.check == nil && isatty(STDIN_FILENO) == 1
        let console = Console(json: options.json)
        Interrupt.install()
        let loaded = CorpusLoader().load(paths, isCancelled: { Interrupt.requested.load(ordering: .relaxed) })
        for skip in loaded.skipped { Console.err(skip.description) }

        let session = Session(corpus: Corpus(loaded.documents), initialPaths: options.paths)
        keptUntilExit = session
        console.attach(session)
        if let endings = CorpusLocator.defaultEndings() {
            do { session.endingLibrary = try EndingLibrary(folder: endings) } catch { Console.err("storyshell: \(error)") }
        }
        session.settings.bail = options.bail
        session.terminalColor = !options.noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
        session.terminalWidth = LineEditor.terminalColumns
        session.isCancelled = { Interrupt.requested.load(ordering: .relaxed) }
        if options.safe { session.safeMode = SafeMode(origin: "--safe", readable: paths + (options.script.map { [$0] } ?? [])) }

        if let check = options.check {
            return Checker.run(check, update: options.update, session: session, console: console)
        }
        if let file = options.script {
            do {
                let script = try Script.read(file)
                session.run(script: script, bail: options.bail)
                if options.bail, session.failures > 0 { return 1 }
            } catch {
                Console.err("storyshell: \(error)")
                return 1
            }
        }
        for command in options.commands {
            if !session.execute(command), options.bail { return 1 }
            if session.wantsToQuit { break }
        }
        if options.commands.isEmpty && options.script == nil {
            if interactive {
                REPL(session: session, console: console).run()
                return 0
            } else {
                var number = 0
                while let line = readLine(strippingNewline: true) {
                    number += 1
                    if !session.execute(line), options.bail || session.settings.bail { return 1 }
                    if session.wantsToQuit { break }
                }
            }
        }
        return session.failures > 0 ? 1 : 0
    }
}
