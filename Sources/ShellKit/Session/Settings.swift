/// What `set` changes. Each setting is recorded in saved scripts like any command, so a
/// replay prints what the session printed.
public struct Settings: Sendable, Equatable {
    /// Page long interactive output through `$PAGER`.
    public var pager = true
    /// Stop a script at its first failing command.
    public var bail = false
    /// Colour: nil follows the terminal (`auto`).
    public var color: Bool? = nil
    /// Output width in columns: nil follows the terminal (`auto`).
    public var width: Int? = nil
    /// Print how long each command took (on stderr, like sqlite3's `.timer on`).
    public var timer = false

    public init() {}

    /// The settings as `set` lists them, in a fixed order.
    public var listing: [(name: String, value: String)] {
        [("pager", pager ? "on" : "off"),
         ("bail", bail ? "on" : "off"),
         ("color", color.map { $0 ? "on" : "off" } ?? "auto"),
         ("width", width.map(String.init) ?? "auto"),
         ("timer", timer ? "on" : "off")]
    }
}
