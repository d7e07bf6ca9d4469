/// HTML views of a story's layers, shared by the handout (`export STORY x.html`, `outline
/// --format html`) and the session transcript (`export session x.html`).
public enum StoryHTML {
    /// A handout: the outline, the arc, the cast, then the text with paragraph numbers.
    public static func handout(_ doc: StoryDocument) -> String {
        var body = "<h1>\(HTMLPage.escape(doc.title ?? doc.id))</h1>\n"
        body += "<p class=\"meta\">Story <code>\(HTMLPage.escape(doc.id))</code> · \(doc.wordCount) words · \(doc.paragraphs.count) paragraphs"
        if let origin = doc.origin { body += " · remix: <code>\(HTMLPage.escape(origin.command))</code>" }
        body += "</p>\n"
        body += "<h2>Outline</h2>\n" + outline(doc)
        body += "<h2>Emotional arc</h2>\n" + arc(doc)
        body += "<h2>Cast</h2>\n" + cast(doc)
        body += "<h2>Text</h2>\n" + text(doc)
        return HTMLPage.wrap(title: doc.title ?? doc.id, body: body)
    }

    public static func outline(_ doc: StoryDocument) -> String {
        let structure = doc.structure, cast = doc.cast
        var h = "<table class=\"outline\">\n<tr><th>Beat</th><th>¶</th><th>Key sentence</th><th>On stage</th></tr>\n"
        for b in structure.beats {
            let onStage = b.onStage.compactMap { $0 < cast.members.count ? cast.members[$0].name ?? cast.members[$0].label : nil }
            h += "<tr><td class=\"beat\">\(b.kind.rawValue)</td><td class=\"num\">\(b.first == b.last ? "\(b.first)" : "\(b.first)–\(b.last)")</td>"
            h += "<td>\(HTMLPage.escape(b.summary))</td><td>\(HTMLPage.escape(onStage.joined(separator: ", ")))</td></tr>\n"
        }
        h += "</table>\n"
        let e = structure.ending
        h += "<p>Ending: <span class=\"ending \(e.kind.rawValue)\">\(e.kind.rawValue)</span>, decided in ¶\(e.paragraph):</p>\n"
        h += "<blockquote>\(HTMLPage.escape(e.evidence))</blockquote>\n"
        return h
    }

    public static func arc(_ doc: StoryDocument) -> String {
        "<figure>\n" + ArcSVG.render(doc: doc) + "<figcaption class=\"meta\">Sentence valence (VADER), smoothed over the story; bands mark the beats.</figcaption>\n</figure>\n"
    }

    public static func cast(_ doc: StoryDocument) -> String {
        let members = doc.cast.members
        guard !members.isEmpty else { return "<p class=\"meta\">No characters found.</p>\n" }
        var h = "<table class=\"cast\">\n<tr><th>Character</th><th>Role</th><th>Also called</th><th>Mentions</th><th>Lines</th><th>First</th></tr>\n"
        for m in members {
            let name = m.name.map { HTMLPage.escape($0) } ?? "<em>\(HTMLPage.escape(m.label))</em>"
            let aliases = m.aliases.filter { $0 != m.name && $0 != m.label }
            h += "<tr><td>\(name)</td><td class=\"role\">\(m.role.rawValue)</td><td>\(HTMLPage.escape(aliases.joined(separator: ", ")))</td>"
            h += "<td class=\"num\">\(m.mentions)</td><td class=\"num\">\(m.quotes)</td><td class=\"num\">¶\(m.firstParagraph)</td></tr>\n"
        }
        return h + "</table>\n"
    }

    public static func text(_ doc: StoryDocument) -> String {
        let seam = doc.origin?.seam
        // A remix marks where its own ending begins, so a reader sees the seam.
        return "<ol class=\"story\">\n" + doc.paragraphs.enumerated().map { i, p in
            i + 1 == seam ? "<li class=\"seam\" title=\"the remix’s ending begins here\" style=\"border-top: 2px dashed #b07d2b; padding-top: .5em\"><em class=\"meta\">[the remix’s ending begins here]</em> \(HTMLPage.escape(p))</li>"
                : "<li>\(HTMLPage.escape(p))</li>"
        }.joined(separator: "\n") + "\n</ol>\n"
    }
}
