/// A failed command: one line that says what went wrong and, where it can, what would work.
public struct ShellError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
