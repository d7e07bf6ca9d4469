import Foundation

/// The built-in endings a splice falls back on when no story of the corpus fits: the files of
/// samples/endings plus any the user `load`s. Kept sorted by name so choices never depend on
/// directory or dictionary order.
public struct EndingLibrary: Sendable {
    public private(set) var templates: [EndingTemplate] = []

    public init(_ templates: [EndingTemplate] = []) {
        for t in templates { add(t) }
    }

    /// Reads every `.md` file of a folder; a file that is not a valid ending is an error, so a
    /// broken built-in is noticed rather than skipped.
    public init(folder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        for n in names {
            let path = (folder as NSString).appendingPathComponent(n)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            add(try EndingTemplate.parse(text, name: String(n.dropLast(3)), file: path))
        }
    }

    /// Adds a template; one with the same name replaces it.
    public mutating func add(_ template: EndingTemplate) {
        templates.removeAll { $0.name == template.name }
        templates.append(template)
        templates.sort { $0.name < $1.name }
    }

    public func template(named name: String) -> EndingTemplate? { templates.first { $0.name == name } }

    /// Templates of a kind usable for a story with or without a child: with a child, those
    /// that use it if there are any; without, only those that do not.
    public func candidates(_ kind: EndingKind, hasChild: Bool) -> [EndingTemplate] {
        let ofKind = templates.filter { $0.kind == kind }
        let withChild = ofKind.filter(\.needsChild)
        return hasChild && !withChild.isEmpty ? withChild : ofKind.filter { !$0.needsChild }
    }
}
