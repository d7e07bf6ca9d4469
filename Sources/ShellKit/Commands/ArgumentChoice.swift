import ArgumentParser
import StoryKit

/// A word from a closed set that an option takes (`--format svg`, `--ending get-out`): parsed
/// and refused by swift-argument-parser, case ignored. The set is the type's cases, so the
/// declaration `var format: OutlineFormat` is the only place that says what `outline --format`
/// accepts; `help`, Tab and the error for a bad value all read it from there (`CommandSpec`).
public protocol ArgumentChoice: ExpressibleByArgument, CaseIterable, RawRepresentable, Sendable where RawValue == String {}

extension ArgumentChoice {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// Parses a value that only some uses of an option read as this type (`splice --from`
    /// names a donor, or with `--with` a beat), with the error the parser would give.
    static func parse(_ value: String, command: String, option: String) throws -> Self {
        guard let parsed = Self(argument: value) else {
            throw ShellError(CommandSpec.badValueMessage(command: command, option: option, value: value, values: allValueStrings))
        }
        return parsed
    }
}

extension EndingKind: ArgumentChoice {}
extension BeatKind: ArgumentChoice {}
extension StoryFormat: ArgumentChoice {}

/// What `outline` can render.
public enum OutlineFormat: String, ArgumentChoice {
    case text, md, json, svg
}

/// What `arc` and `compare --arc` can draw.
public enum ChartFormat: String, ArgumentChoice {
    case text, json, svg
}
