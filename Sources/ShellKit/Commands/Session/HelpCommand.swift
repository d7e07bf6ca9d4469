import ArgumentParser

/// `help [CMD]`: the commands in groups, or one command in full.
public struct HelpCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "help",
        abstract: "List the commands, or show one command's usage and examples.",
        aliases: ["?"])
    public static let group = CommandGroup.session
    public static let examples = ["help", "help outline"]
    public static let completions: [Completion] = [.words([])]

    @Argument(help: "A command to explain.")
    var command: String?

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let registry = session.registry
        if let command {
            guard let type = registry.command(named: command) else { throw ShellError(registry.unknownCommandMessage(command)) }
            return Message(registry.helpText(for: type, columns: session.renderContext.width), ["command": type.name])
        }
        let groups = CommandGroup.allCases.compactMap { group -> HelpResult.Group? in
            let members = registry.commands.filter { $0.group == group }
            guard !members.isEmpty else { return nil }
            return .init(name: group.rawValue, commands: members.map { .init(name: $0.name, summary: $0.configuration.abstract) })
        }
        return HelpResult(groups: groups)
    }
}

struct HelpResult: CommandResult {
    struct Entry: Encodable { var name: String; var summary: String }
    struct Group: Encodable { var name: String; var commands: [Entry] }
    var groups: [Group]
    func render(_ context: RenderContext) -> String {
        let s = context.style
        let width = groups.flatMap(\.commands).map(\.name.count).max() ?? 8
        var out: [String] = []
        for g in groups {
            out.append(s.bold(g.name))
            for c in g.commands {
                out.append(("  " + s.cyan(c.name.padded(to: width)) + "  " + c.summary).truncated(to: context.width))
            }
        }
        out.append("")
        out.append(s.dim("help CMD shows usage and examples. Tab completes; Ctrl-R searches history; Ctrl-D leaves.".wrapped(to: context.width)))
        return out.joined(separator: "\n")
    }
}
