import ArgumentParser

/// `history`: the commands of the session that `save` would write.
public struct HistoryCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List this session's successful commands, numbered (what `save` writes).")
    public static let group = CommandGroup.session
    public static let examples = ["history", "history --last 5"]

    @Option(help: "Only the last N commands.")
    var last: Int?

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let all = session.log.enumerated().map { HistoryResult.Entry(number: $0.offset + 1, command: $0.element.line) }
        return HistoryResult(commands: last.map { Array(all.suffix(max(0, $0))) } ?? all)
    }
}

struct HistoryResult: CommandResult {
    struct Entry: Encodable { var number: Int; var command: String }
    var commands: [Entry]
    func render(_ context: RenderContext) -> String {
        if commands.isEmpty { return "no commands yet" }
        let w = String(commands.last!.number).count
        return commands.map { String(repeating: " ", count: w - String($0.number).count) + context.style.dim(String($0.number)) + "  " + $0.command }
            .joined(separator: "\n")
    }
}
