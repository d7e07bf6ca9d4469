import ArgumentParser
import Foundation
import StoryKit

/// Every command the shell knows, looked up by name, for parsing, `help` and Tab.
public struct CommandRegistry: Sendable {
    public let commands: [any ShellCommand.Type]
    private let byName: [String: any ShellCommand.Type]

    public init(_ commands: [any ShellCommand.Type]) {
        self.commands = commands
        var map: [String: any ShellCommand.Type] = [:]
        for c in commands {
            map[c.name] = c
            for alias in c.configuration.aliases { map[alias] = c }
        }
        byName = map
    }

    public func command(named name: String) -> (any ShellCommand.Type)? { byName[name] }

    public var names: [String] { commands.map { $0.name } }

    public func unknownCommandMessage(_ name: String) -> String {
        let best = names.min { editDistance(name, $0) < editDistance(name, $1) }
        if let best, editDistance(name, best) <= max(2, name.count / 2) || best.hasPrefix(name) {
            return "unknown command '\(name)' — did you mean '\(best)'?"
        }
        return "unknown command '\(name)' — type 'help' for the list"
    }

    /// Parses arguments with swift-argument-parser, turning its errors into one line.
    func parse(_ type: any ShellCommand.Type, _ arguments: [String]) throws -> any ShellCommand {
        let arguments = type.prepare(arguments)
        do {
            let parsed = try type.parseAsRoot(arguments)
            // `--help` and `-h` come back as the library's own help command, not as an error.
            guard let command = parsed as? any ShellCommand else {
                throw HelpRequest(text: helpText(for: type, columns: 80))
            }
            return command
        } catch let help as HelpRequest {
            throw help
        } catch {
            if type.exitCode(for: error) == .success {
                throw HelpRequest(text: helpText(for: type, columns: 80))
            }
            // A value outside an option's set: one line that names the values it takes.
            if let bad = type.spec.badValue(in: arguments) {
                let message = CommandSpec.badValueMessage(command: type.name, option: bad.option, value: bad.value, values: bad.values)
                throw ShellError(message + (type.hint(option: bad.option, value: bad.value).map { "; " + $0 } ?? ""))
            }
            var message = type.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
            // One line a person can read, however many words were pasted.
            if message.count > 300 { message = String(message.prefix(300)) + "…" }
            let first = message.prefix(1).lowercased() + message.dropFirst()
            throw ShellError("\(type.name): \(first) (usage: \(usage(type)))")
        }
    }

    public func usage(_ type: any ShellCommand.Type) -> String {
        type.usageString().trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `help CMD`: usage, options and examples.
    public func helpText(for type: any ShellCommand.Type, columns: Int) -> String {
        var text = type.helpMessage(columns: columns).trimmingCharacters(in: .whitespacesAndNewlines)
        if !type.examples.isEmpty {
            text += "\n\nEXAMPLES:\n" + type.examples.map { "  \($0)" }.joined(separator: "\n")
        }
        return text
    }
}
