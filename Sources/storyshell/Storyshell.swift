import ArgumentParser
import Foundation
import ShellKit
import StoryKit

/// storyshell: explore and remix a corpus of stories from the terminal.
@main
enum Storyshell {
    static func main() {
        Console.reopenClosedStandardFiles()
        let options: Invocation
        let (commands, rest) = CommandLineOptions.splitCommands(Array(CommandLine.arguments.dropFirst()))
        do {
            options = try Invocation.parse(rest, commands: commands)
        } catch {
            let code = CommandLineOptions.exitCode(for: error)
            if code == .success {
                print(CommandLineOptions.helpMessage(columns: nil))
                exit(0)
            }
            Console.err("storyshell: \(CommandLineOptions.message(for: error))")
            Console.err("usage: \(CommandLineOptions.usageString())")
            exit(2)
        }
        if options.update, options.check == nil {
            Console.err("storyshell: --update goes with --check FILE")
            exit(2)
        }
        if options.update, options.safe {
            Console.err("storyshell: --check --update rewrites the script, which --safe does not allow")
            exit(2)
        }
        if options.version {
            print("storyshell \(Session.version)")
            exit(0)
        }
        var status = run(options)
        if let failure = Console.outputFailure {
            if !failure.isEmpty { Console.err("storyshell: cannot write the output: \(failure)") }
            if status == 0 { status = 1 }
        }
        exit(status)
    }

    /// The session outlives `run`, so the process exits without freeing ten thousand analysed
    /// stories one object at a time (about a tenth of a second), as compilers do. Everything the
    /// session writes is on disk by then: files are written whole, logs flushed line by line.
    nonisolated(unsafe) static var keptUntilExit: Session?

    /// Ctrl-C ended a non-interactive run: one line, and the shell's conventional status.
    static func stopped(_ status: Int32) -> Int32 {
        Console.err("storyshell: interrupted; the commands after it did not run")
        return status
    }

    static func run(_ options: Invocation) -> Int32 {
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
        // A PATH that is not there is a typing mistake, not a corpus: say so and stop, rather
        // than run every command on no stories and report success.
        if let missing = options.paths.first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            Console.err("storyshell: no such file or folder: \(missing.withVisibleControls)")
            return 1
        }
        let interactive = options.commands.isEmpty && options.script == nil && options.check == nil && isatty(STDIN_FILENO) == 1
        let console = Console(json: options.json)
        Interrupt.install()
        let safeMode = options.safe ? SafeMode(origin: "--safe", readable: paths + (options.script.map { [$0] } ?? []) + (options.check.map { [$0] } ?? [])) : nil
        var loader = safeMode?.loader ?? CorpusLoader()
        // At the prompt the stories are cleaned behind it (see REPL), not before it.
        loader.cleansWhileLoading = !interactive
        let loaded = loader.load(paths, isCancelled: { Interrupt.requested.load(ordering: .relaxed) })
        if Interrupt.requested.load(ordering: .relaxed) {
            Console.err("storyshell: interrupted while loading")
            return 130
        }
        for skip in loaded.skipped { Console.err(skip.description) }

        let session = Session(corpus: Corpus(loaded.documents), initialPaths: options.paths)
        session.bundledCorpus = options.paths.isEmpty ? paths.first : nil
        session.initialSkipped = loaded.skipped.count
        keptUntilExit = session
        console.attach(session)
        if let endings = CorpusLocator.defaultEndings() { session.readEndings(from: endings) }
        session.settings.bail = options.bail
        let environment = ProcessInfo.processInfo.environment
        session.terminalColor = !options.noColor && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" && isatty(STDOUT_FILENO) == 1
        session.terminalWidth = LineEditor.terminalColumns
        session.isCancelled = { Interrupt.requested.load(ordering: .relaxed) }
        session.safeMode = safeMode
        let interrupted: Int32 = 130
        // The user's settings, except under --check: a checked lesson reads the same everywhere.
        if options.check == nil, let rc = Session.rcFile(environment: environment) { session.applySettings(from: rc) }
        if options.bail { session.settings.bail = true }

        if let check = options.check {
            let status = Checker.run(check, update: options.update, session: session, console: console)
            return Interrupt.requested.load(ordering: .relaxed) ? interrupted : status
        }
        if let file = options.script {
            do {
                let script = try Script.read(file)
                // No bail argument: `--bail` is in the settings already, and a `set bail on`
                // inside the script counts from its line on.
                let failed = session.run(script: script)
                if Interrupt.requested.load(ordering: .relaxed) { return stopped(interrupted) }
                if session.settings.bail, failed > 0 { return 1 }
            } catch {
                Console.err("storyshell: \(error)")
                return 1
            }
        }
        for command in options.commands {
            let ok = session.execute(command)
            // Ctrl-C stops the run, not just the command it landed in.
            if Interrupt.requested.load(ordering: .relaxed) { return stopped(interrupted) }
            if !ok, session.settings.bail { return 1 }
            if session.wantsToQuit { break }
        }
        if options.commands.isEmpty && options.script == nil {
            if interactive {
                REPL(session: session, console: console, environment: environment).run()
                return 0
            } else {
                var number = 0
                while let line = readLine(strippingNewline: true) {
                    number += 1
                    let ok = session.execute(line, location: "stdin:\(number)", typed: true)
                    if Interrupt.requested.load(ordering: .relaxed) { return stopped(interrupted) }
                    if !ok, session.settings.bail { return 1 }
                    if session.wantsToQuit { break }
                }
                // Ctrl-C while waiting for the next line ends the input the same way.
                if Interrupt.requested.load(ordering: .relaxed) { return stopped(interrupted) }
            }
        }
        return session.failures > 0 ? 1 : 0
    }
}
