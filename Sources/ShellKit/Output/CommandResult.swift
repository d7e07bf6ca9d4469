import Foundation
import StoryKit

/// What a command prints: a view for people and, with `--json`, one JSON value for programs.
/// The `Encodable` conformance *is* the command's JSON shape.
public protocol CommandResult: Encodable {
    func render(_ context: RenderContext) -> String
    /// The `--json` line. Results over a whole corpus build it in pieces (`JSONLine.encode(_:streaming:count:item:)`).
    func jsonLine() -> String
}

extension CommandResult {
    public func jsonLine() -> String { JSONLine.encode(self) }
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
            return failure
        }
    }

    static let failure = #"{"error":"could not encode the result as JSON"}"#

    /// `shell` as JSON, with the array under its top-level `key` (which `shell` encodes empty)
    /// filled with `item(0..<count)`, encoded a few hundred at a time and on every core.
    ///
    /// The same bytes as encoding the whole value at once, without ever holding the whole tree:
    /// ten thousand outlines encoded in one go peak at 100 MB more than the line they make.
    /// The empty array is found by its text, `"key":[]`, which cannot occur inside a JSON
    /// string (a quote there is escaped).
    public static func encode<Item: Encodable & Sendable>(_ shell: some Encodable, streaming key: String, count: Int,
                                               item: @Sendable (Int) -> Item) -> String {
        let whole = encode(shell)
        guard let at = whole.range(of: "\"\(key)\":[]") else { return whole }
        let chunk = 256
        var parts = ParallelMap.map((count + chunk - 1) / chunk) { c -> String? in
            let items = (c * chunk..<min(count, (c + 1) * chunk)).map(item)
            let line = encode(items)
            return line.hasPrefix("[") ? String(line.dropFirst().dropLast()) : nil
        }
        guard parts.allSatisfy({ $0 != nil }) else { return failure }
        var out = String(whole[..<at.lowerBound])
        out.reserveCapacity(whole.utf8.count + parts.reduce(0) { $0 + $1!.utf8.count + 1 })
        out += "\"\(key)\":["
        for i in parts.indices {
            if i > 0 { out += "," }
            out += parts[i]!
            parts[i] = nil  // freed as it is copied: the line is never held twice
        }
        out += "]"
        out += whole[at.upperBound...]
        return out
    }
}
