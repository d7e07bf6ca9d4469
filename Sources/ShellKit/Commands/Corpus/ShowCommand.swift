import ArgumentParser
import StoryKit

/// `show STORY`: the cleaned text, numbered, and what cleaning took out.
public struct ShowCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a story's cleaned text with paragraph numbers in the margin.",
        discussion: "Paragraph numbers are the ones every other command uses. Below the text: what cleaning removed (captions, site chrome, share pleas) and repaired.")
    public static let group = CommandGroup.corpus
    public static let examples = ["show 003", "show 2 --raw", "show 002+get-out"]
    public static let completions: [Completion] = [.story]

    @Argument(help: "A story id, unique id prefix, or index.")
    var story: String

    @Flag(help: "Show the file as it was read, before cleaning.")
    var raw = false

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let d = try session.story(story)
        let clean = d.clean
        return ShowResult(id: d.id, title: clean.title, paragraphs: Array(clean.paragraphs),
                          removed: clean.removed.map { .init(text: $0.text, reason: $0.reason.rawValue, line: $0.line) },
                          repairs: .init(mojibake: clean.repairs.mojibake, lineEnds: clean.repairs.lineEnds, controls: clean.repairs.controls),
                          file: d.file, raw: raw ? d.raw : nil, seam: d.origin?.seam)
    }
}

struct ShowResult: CommandResult {
    struct Removed: Encodable { var text: String; var reason: String; var line: Int }
    struct RepairCounts: Encodable { var mojibake: Int; var lineEnds: Int; var controls: Int }
    var id: String
    var title: String?
    var paragraphs: [String]
    var removed: [Removed]
    var repairs: RepairCounts
    var file: String?
    var raw: String?
    /// A remix's first paragraph of its own ending.
    var seam: Int?

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(id, forKey: AnyKey("id"))
        try c.encode(title, forKey: AnyKey("title"))
        try c.encode(paragraphs, forKey: AnyKey("paragraphs"))
        try c.encode(removed, forKey: AnyKey("removed"))
        try c.encode(repairs, forKey: AnyKey("repairs"))
        try c.encode(file, forKey: AnyKey("file"))
        try c.encodeIfPresent(raw, forKey: AnyKey("raw"))
        try c.encodeIfPresent(seam, forKey: AnyKey("seam"))
    }

    func render(_ context: RenderContext) -> String {
        let s = context.style
        // The file as read, but never its escape sequences: line ends show as line ends and
        // every other control character as `?`, so a story cannot clear or retitle the terminal.
        if let raw {
            return raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n").withVisibleControls
        }
        var out: [String] = []
        out.append(context.titleLine(title, id: id))
        out.append("")
        let margin = String(paragraphs.count).count + (seam == nil ? 0 : 1)
        for (i, p) in paragraphs.enumerated() {
            if i + 1 == seam { out.append(s.yellow(String(repeating: " ", count: margin + 2) + "┄┄ the remix’s ending begins here ┄┄")) }
            let number = i + 1 == seam ? "▸" + String(i + 1) : String(i + 1)
            let gutter = String(repeating: " ", count: margin - number.count) + number + "  "
            out.append(p.wrapped(to: context.width, indent: String(repeating: " ", count: margin + 2), firstIndent: s.dim(gutter)))
        }
        if !removed.isEmpty || repairs.mojibake > 0 {
            out.append("")
            var notes: [String] = []
            if !removed.isEmpty {
                let counts = Dictionary(grouping: removed, by: \.reason).map { "\($0.value.count) \($0.key)" }.sorted()
                notes.append("removed \(removed.count) noise \(removed.count == 1 ? "line" : "lines") (\(counts.joined(separator: ", ")))")
            }
            if repairs.mojibake > 0 { notes.append("repaired \(repairs.mojibake) mojibake \(repairs.mojibake == 1 ? "sequence" : "sequences")") }
            out.append(s.dim((notes.joined(separator: "; ") + " — `show \(id) --json` lists them").wrapped(to: context.width)))
        }
        return out.joined(separator: "\n")
    }
}
