import ArgumentParser
import Foundation
import Synchronization

/// What a command's declaration says about its options, read back from swift-argument-parser:
/// the names of each option, whether it takes a value, the closed set of values it accepts
/// (an `ArgumentChoice`), and so what Tab offers after it. Nothing here is written by hand, so
/// an option is named once, in its `@Option` or `@Flag`.
///
/// The source is the parser's own description of the command, the ToolInfo JSON that
/// `--experimental-dump-help` prints (public, versioned by `serializationVersion`). It is made
/// on first use and kept, so the start of the shell never pays for it.
public struct CommandSpec: Sendable {
    public struct Option: Sendable, Equatable {
        /// Every spelling, as the declaration gives them: `["-o", "--output"]`.
        public var names: [String]
        /// False for a flag.
        public var takesValue: Bool
        /// The values it accepts when they are a closed set (`--format`), else empty.
        public var values: [String]
        /// What Tab offers for its value.
        public var completion: Completion

        /// The name Tab offers: the long one.
        public var longName: String? { names.first { $0.hasPrefix("--") } ?? names.first }
    }

    /// The options and flags in declaration order, without the parser's own `--help`.
    public let options: [Option]

    /// The long names, in declaration order: what Tab offers after a `-`.
    public var optionNames: [String] { options.compactMap(\.longName) }

    /// The option a word names: `--format`, `-o`, or `--format=svg`.
    public func option(named word: String) -> Option? {
        let name = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : word
        return options.first { $0.names.contains(name) }
    }

    /// The first value the arguments give an option of a closed set that it does not accept.
    public func badValue(in arguments: [String]) -> (option: String, value: String, values: [String])? {
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            if word == "--" { return nil }
            i += 1
            guard let option = option(named: word), option.takesValue else { continue }
            var value: String?
            if word.hasPrefix("--"), let eq = word.firstIndex(of: "=") {
                value = String(word[word.index(after: eq)...])
            } else if i < arguments.count, !arguments[i].hasPrefix("-") {
                value = arguments[i]
                i += 1
            }
            if let value, !option.values.isEmpty, !option.values.contains(value.lowercased()) {
                return (String(word.prefix { $0 != "=" }), value, option.values)
            }
        }
        return nil
    }

    /// The one line for a value an option does not take, naming the ones it does.
    static func badValueMessage(command: String, option: String, value: String, values: [String]) -> String {
        let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
        return "\(command): \(option) must be one of \(values.joined(separator: ", ")) (got '\(shown)')"
    }

    // MARK: From the parser

    /// The spec of a command, made once per type.
    public static func of(_ type: any ParsableCommand.Type) -> CommandSpec {
        let key = ObjectIdentifier(type)
        if let known = cache.withLock({ $0[key] }) { return known }
        let made = CommandSpec(type)
        cache.withLock { $0[key] = made }
        return made
    }

    private static let cache = Mutex<[ObjectIdentifier: CommandSpec]>([:])

    init(_ type: any ParsableCommand.Type) {
        // The dump is the parser's answer to `--experimental-dump-help`, as `--help`'s text is.
        var json = ""
        do { _ = try type.parseAsRoot(["--experimental-dump-help"]) } catch { json = type.message(for: error) }
        do {
            try self.init(toolInfo: Data(json.utf8))
        } catch {
            preconditionFailure("swift-argument-parser's ToolInfo for \(type) could not be read: \(error)")
        }
    }

    init(toolInfo: Data) throws {
        let info = try JSONDecoder().decode(ToolInfo.self, from: toolInfo)
        options = (info.command.arguments ?? []).compactMap { argument in
            guard argument.kind != "positional" else { return nil }
            let names = (argument.names ?? []).map(\.spelled)
            // The parser adds `-h, --help` to every command; it is not part of the declaration.
            guard !names.contains("--help") else { return nil }
            let values = argument.allValues ?? []
            return Option(names: names, takesValue: argument.kind == "option", values: values,
                          completion: Self.completion(values: values, isFile: argument.completionKind?.isFile ?? false, valueName: argument.valueName))
        }
    }

    /// What a value completes to: its closed set; a file for `completion: .file()`; else a
    /// story or a character when the declaration names the value so (`--in <story>`,
    /// `--by <character>`, `--with <donor>`).
    static func completion(values: [String], isFile: Bool, valueName: String?) -> Completion {
        if !values.isEmpty { return .words(values) }
        if isFile { return .file }
        switch valueName {
        case "story", "donor": return .story
        case "character": return .character
        default: return .none
        }
    }

    /// The part of ToolInfoV0 (swift-argument-parser's ArgumentParserToolInfo) read here.
    private struct ToolInfo: Decodable {
        struct Command: Decodable { var arguments: [Argument]? }
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
            var valueName: String?
            var allValues: [String]?
            var completionKind: CompletionKind?
        }
        struct Name: Decodable {
            var kind: String
            var name: String
            var spelled: String { kind == "long" ? "--" + name : "-" + name }
        }
        /// An enum with payloads, encoded as `{"file": {"extensions": []}}`.
        struct CompletionKind: Decodable {
            var isFile: Bool
            init(from decoder: Decoder) throws {
                isFile = try decoder.container(keyedBy: AnyKey.self).allKeys.contains { $0.stringValue == "file" }
            }
        }
        var command: Command
    }
}

extension ShellCommand {
    /// The command's options as its declaration gives them.
    public static var spec: CommandSpec { CommandSpec.of(self) }
}
