import Foundation

/// What a command prints: a view for people and, with `--json`, one JSON value for programs.
/// The `Encodable` conformance *is* the command's JSON shape.
public protocol CommandResult: Encodable {
    func render(_ context: RenderContext) -> String
}

/// How text output should look.
public struct RenderContext: Sendable {
    /// Columns to fit.
    public var width: Int
    public var style: Style
    public init(width: Int = 80, color: Bool = false) {
        self.width = max(40, width)
        self.style = Style(enabled: color)
    }
}

/// A result that is only a line of text, e.g. `saved 12 commands to lesson.txt`.
public struct Message: CommandResult {
    public var message: String
    public var extra: [String: String]
    public init(_ message: String, _ extra: [String: String] = [:]) {
        self.message = message
        self.extra = extra
    }
    public func render(_ context: RenderContext) -> String { message }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(true, forKey: AnyKey("ok"))
        try c.encode(message, forKey: AnyKey("message"))
        for (k, v) in extra { try c.encode(v, forKey: AnyKey(k)) }
    }
}

/// A string coding key, for shapes that are easier to write by hand.
public struct AnyKey: CodingKey {
    public var stringValue: String
    public var intValue: Int? { nil }
    public init(_ s: String) { stringValue = s }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

/// One JSON value on one line: deterministic (sorted keys) so replays compare byte for byte.
public enum JSONLine {
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            return #"{"error":"could not encode the result as JSON"}"#
        }
    }
}
