import ArgumentParser

/// `set [NAME VALUE]`: session settings.
public struct SetCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Show or change a setting: pager, bail, color, width, timer.",
        discussion: """
        pager on|off   page long output through $PAGER (default less -FRX)
        bail on|off    stop a script at its first failing command
        color on|off|auto
        width N|auto   columns to lay output out for
        timer on|off   print how long each command took (on stderr)

        Settings in ~/.storyshellrc (or $STORYSHELLRC), one `set` line each, apply to every session.
        """)
    public static let group = CommandGroup.session
    public static let examples = ["set", "set pager off", "set width 100", "set bail on", "set timer on"]
    public static let completions: [Completion] = [.words(["pager", "bail", "color", "width", "timer"]), .words(["on", "off", "auto"])]

    @Argument(help: "The setting to change.")
    var name: String?

    @Argument(help: "Its new value.")
    var value: String?

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        guard let name else { return SettingsResult(settings: session.settings.listing.map { .init(name: $0.name, value: $0.value) }) }
        guard let value else {
            guard let current = session.settings.listing.first(where: { $0.name == name }) else { throw unknown(name) }
            return Message("\(current.name) \(current.value)", [current.name: current.value])
        }
        switch name {
        case "pager": session.settings.pager = try onOff(name, value)
        case "bail": session.settings.bail = try onOff(name, value)
        case "timer": session.settings.timer = try onOff(name, value)
        case "color", "colour":
            session.settings.color = value == "auto" ? nil : try onOff(name, value)
        case "width":
            if value == "auto" { session.settings.width = nil }
            else if let n = Int(value), (40...1000).contains(n) { session.settings.width = n }
            else { throw ShellError("set width: expected a number from 40 to 1000, or auto; got '\(value)'") }
        default:
            throw unknown(name)
        }
        return Message("\(name) \(value)", [name: value])
    }

    private func onOff(_ name: String, _ value: String) throws -> Bool {
        switch value.lowercased() {
        case "on", "true", "yes", "1": return true
        case "off", "false", "no", "0": return false
        default: throw ShellError("set \(name): expected on or off; got '\(value)'")
        }
    }

    private func unknown(_ name: String) -> ShellError {
        ShellError("set: no setting '\(name)'; settings are pager, bail, color, width, timer")
    }
}

struct SettingsResult: CommandResult {
    struct Entry: Encodable { var name: String; var value: String }
    var settings: [Entry]
    func render(_ context: RenderContext) -> String {
        settings.map { "\($0.name.padded(to: 6))  \($0.value)" }.joined(separator: "\n")
    }
}
