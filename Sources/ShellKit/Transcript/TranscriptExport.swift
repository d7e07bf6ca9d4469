import Foundation
import StoryKit

/// `export session`: the session so far as one page a class can keep.
public enum TranscriptExport {
    /// What the page shows: the commands that did the work, with their notes. Failed and
    /// interrupted commands and the shell's housekeeping (`save`, `record`, `export`, `lesson`)
    /// are left out: a handout is what the class saw come out, not every key pressed.
    static func entries(_ session: Session) -> [TranscriptEntry] {
        session.transcript.filter { $0.error == nil && $0.kept }
    }

    static func summary(_ count: Int, _ session: Session) -> String {
        "\(count) \(count == 1 ? "command" : "commands") · storyshell \(Session.version) · \(session.corpus.count) \(session.corpus.count == 1 ? "story" : "stories")"
    }

    public static func html(_ session: Session) -> String {
        let shown = entries(session)
        var body = "<h1>storyshell session</h1>\n<p class=\"meta\">\(summary(shown.count, session))</p>\n"
        for entry in shown {
            for note in entry.notes { body += "<p class=\"note\">\(HTMLPage.escape(note))</p>\n" }
            body += "<div class=\"command\">\(HTMLPage.escape(entry.displayCommand))</div>\n"
            if let result = entry.result {
                if let viewable = result as? HTMLViewable {
                    body += viewable.html(in: session)
                } else {
                    let text = result.render(RenderContext(width: 100, color: false))
                    if !text.isEmpty { body += "<pre>\(HTMLPage.escape(text))</pre>\n" }
                }
            }
        }
        return HTMLPage.wrap(title: "storyshell session", body: body)
    }

    public static func markdown(_ session: Session) -> String {
        let shown = entries(session)
        var md = "# storyshell session\n\n*\(summary(shown.count, session))*\n"
        for entry in shown {
            md += "\n## `\(entry.displayCommand.replacingOccurrences(of: "`", with: "'"))`\n\n"
            for note in entry.notes { md += "> \(OutlineMarkdown.escape(note))\n" }
            if !entry.notes.isEmpty { md += "\n" }
            if let result = entry.result {
                if let viewable = result as? MarkdownViewable {
                    md += viewable.markdown(in: session)
                } else {
                    let text = result.render(RenderContext(width: 100, color: false))
                    if !text.isEmpty { md += "```text\n\(text)\n```\n" }
                }
            }
        }
        return md
    }

    /// Markdown whose headings sit under a command's `##`: every heading goes two levels down
    /// (a story's `#` title becomes `###`, its `##` sections `####`).
    static func nested(_ markdown: String) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("#") && line.drop { $0 == "#" }.hasPrefix(" ") ? "##" + line : line
        }.joined(separator: "\n")
    }
}

// MARK: - Views of the results that have one

extension OutlineResult: HTMLViewable, MarkdownViewable {
    func html(in session: Session) -> String {
        guard let doc = session.corpus.document(id: story) else { return "" }
        if let written { return "<p class=\"meta\">wrote \(HTMLPage.escape(written))</p>\n" }
        return "<h2>\(HTMLPage.escape(doc.title ?? doc.id))</h2>\n" + StoryHTML.outline(doc) + StoryHTML.arc(doc)
    }

    func markdown(in session: Session) -> String {
        guard let doc = session.corpus.document(id: story) else { return "" }
        return TranscriptExport.nested(OutlineMarkdown.story(doc))
    }
}

extension OutlineAllResult: HTMLViewable {
    func html(in session: Session) -> String {
        var h = "<table>\n<tr><th>Beat</th>" + stories.map { "<th>\(HTMLPage.escape(String($0.story.prefix(12))))</th>" }.joined() + "</tr>\n"
        for kind in BeatKind.allCases {
            h += "<tr><td class=\"beat\">\(kind.rawValue)</td>" + stories.map { o in
                o.beats.first { $0.beat == kind }.map { "<td>¶\($0.first)–\($0.last)</td>" } ?? "<td class=\"meta\">·</td>"
            }.joined() + "</tr>\n"
        }
        h += "<tr><td class=\"beat\">ending</td>" + stories.map { "<td><span class=\"ending \(HTMLPage.escape($0.ending.rawValue))\">\(HTMLPage.escape($0.ending.rawValue))</span></td>" }.joined() + "</tr>\n"
        return h + "</table>\n"
    }
}

extension ArcResult: HTMLViewable {
    func html(in session: Session) -> String {
        guard let doc = session.corpus.document(id: story), written == nil else { return "" }
        return StoryHTML.arc(doc)
    }
}

extension CharactersResult: HTMLViewable {
    func html(in session: Session) -> String {
        session.corpus.document(id: story).map(StoryHTML.cast) ?? ""
    }
}

extension CastTableResult: HTMLViewable {
    func html(in session: Session) -> String {
        let roles = Role.allCases.filter { r in stories.contains { !$0.cast.members(r).isEmpty } }
        var h = "<table>\n<tr><th>Story</th>" + roles.map { "<th>\($0.rawValue)</th>" }.joined() + "</tr>\n"
        for row in stories {
            h += "<tr><td><code>\(HTMLPage.escape(String(row.story.prefix(12))))</code></td>" + roles.map { "<td>\(HTMLPage.escape(row.cell($0)))</td>" }.joined() + "</tr>\n"
        }
        return h + "</table>\n"
    }
}

extension StoriesResult: HTMLViewable {
    func html(in session: Session) -> String {
        var h = "<table>\n<tr><th>#</th><th>Story</th><th>Title</th><th>Words</th><th>Ending</th></tr>\n"
        for r in stories {
            h += "<tr><td class=\"num\">\(r.index)</td><td><code>\(HTMLPage.escape(r.id))</code></td><td>\(HTMLPage.escape(r.title ?? "(untitled)"))"
            if let v = r.variantOf { h += " <span class=\"meta\">(retells \(HTMLPage.escape(v)))</span>" }
            let ending = r.ending.map { "<span class=\"ending \(HTMLPage.escape($0.rawValue))\">\(HTMLPage.escape($0.rawValue))</span>" } ?? "<span class=\"meta\">too long to analyse</span>"
            h += "</td><td class=\"num\">\(r.words)</td><td>\(ending)</td></tr>\n"
        }
        return h + "</table>\n"
    }
}

extension ShowResult: HTMLViewable {
    func html(in session: Session) -> String {
        "<h2>\(HTMLPage.escape(title ?? id))</h2>\n<ol class=\"story\">\n" + paragraphs.map { "<li>\(HTMLPage.escape($0))</li>" }.joined(separator: "\n") + "\n</ol>\n"
    }
}
