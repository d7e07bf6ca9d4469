import ArgumentParser
import StoryKit

/// `endings`: the stories grouped by how they end, each with its deciding line.
public struct EndingsCommand: ShellCommand {
    public static let configuration = CommandConfiguration(
        commandName: "endings",
        abstract: "Group the stories by ending (forgive, get-out, moved-on) with each deciding line.")
    public static let group = CommandGroup.structure
    public static let examples = ["endings"]

    public init() {}

    public mutating func run(in session: Session) throws -> any CommandResult {
        let docs = session.analysableDocuments().documents
        try session.prefetch(docs, through: .structure)
        return EndingsResult(groups: EndingKind.allCases.map { kind in
            .init(ending: kind, stories: docs.filter { $0.structure.ending.kind == kind }.map {
                .init(story: $0.id, title: $0.title, evidence: $0.structure.ending.evidence, paragraph: $0.structure.ending.paragraph,
                      confidence: $0.structure.ending.confidence)
            })
        })
    }
}

struct EndingsResult: CommandResult {
    struct Story: Encodable {
        var story: String
        var title: String?
        var evidence: String
        var paragraph: Int
        var confidence: Double
    }
    struct Group: Encodable {
        var ending: EndingKind
        var stories: [Story]
    }
    var groups: [Group]

    func render(_ context: RenderContext) -> String {
        let s = context.style
        var out: [String] = []
        for g in groups {
            let head = s.ending(g.ending)
            out.append(s.bold(head) + s.dim(" (\(g.stories.count))"))
            if g.stories.isEmpty { out.append(s.dim("  none")) }
            for st in g.stories {
                out.append("  " + s.bold(String(st.story.prefix(12))) + "  " + s.dim((st.title ?? "(untitled)").truncated(to: max(20, context.width - 16))))
                let sure = st.confidence < Ending.uncertainBelow ? ", uncertain" : ""
                out.append((Quoting.quoted(st.evidence) + " (¶\(st.paragraph)\(sure))").wrapped(to: context.width, indent: "    ", firstIndent: "    "))
            }
            out.append("")
        }
        return out.dropLast().joined(separator: "\n")
    }
}
