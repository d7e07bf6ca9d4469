import Foundation
import Testing
@testable import StoryKit

/// Twee and ink exports parse: passages and knots exist for every link, StoryData is valid.
@Suite struct RemixExportTests {
    static let library = try! EndingLibrary(folder: Repo.root.appendingPathComponent("samples/endings").path)

    func family() throws -> (StoryDocument, [StoryDocument]) {
        let r = Repo.sample("002"), d = Repo.sample("003")
        let splicer = Splicer(library: Self.library, force: true)
        var docs = [r, d]
        for (id, s) in [("002+get-out", try splicer.splice(r, ending: .getOut, corpus: docs)),
                        ("002+get-out-2", try splicer.splice(r, ending: .getOut, donor: d))] {
            docs.append(StoryDocument(id: id, clean: CleanText(title: nil, paragraphs: s.paragraphs), origin: Origin(command: "splice", sources: [r.id])))
        }
        return (r, docs)
    }

    @Test func tweeParses() throws {
        let (r, docs) = try family()
        for doc in [r, docs[2]] {
            let twee = TweeExport.twee(doc, family: docs)
            var passages: [String: String] = [:]
            var current: String?
            for line in twee.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix(":: ") { current = String(line.dropFirst(3)); #expect(passages[current!] == nil, "duplicate \(current!)"); passages[current!] = "" }
                else if let c = current { passages[c]! += line + "\n" }
            }
            #expect(passages["StoryTitle"] != nil)
            let data = try JSONSerialization.jsonObject(with: Data(passages["StoryData"]!.utf8)) as! [String: Any]
            let ifid = data["ifid"] as! String
            #expect(ifid.range(of: #"^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"#, options: .regularExpression) != nil)
            #expect(data["format"] as? String == "Harlowe")
            #expect(passages[data["start"] as! String] != nil)
            var links = 0
            for (name, body) in passages {
                #expect(!name.contains("[[") && !name.contains("]]") && !name.contains("|") && !name.contains("->"))
                let re = try NSRegularExpression(pattern: #"\[\[(.*?)\]\]"#)
                for m in re.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                    let link = String(body[Range(m.range(at: 1), in: body)!])
                    let target = String(link.components(separatedBy: "->").last!)
                    #expect(passages[target] != nil, "link to missing passage \(target)")
                    links += 1
                }
            }
            // Reader-facing choices from the ending kinds, never internal ids.
            #expect(twee.contains("[[Take him back->"))
            #expect(twee.contains("[[Tell him to go->") && twee.contains("[[Tell him to go (2)->"))
            #expect(!twee.contains("002+get-out ("))
            #expect(links > 5)
            #expect(TweeExport.twee(doc, family: docs) == twee, "deterministic")
        }
    }

    @Test func inkIsStructurallySound() throws {
        let (r, docs) = try family()
        let ink = InkExport.ink(r, family: docs)
        var knots: [String] = []
        var edges: [String: [String]] = [:]
        var current = "(top)"
        for line in ink.split(separator: "\n").map(String.init) {
            if line.hasPrefix("=== ") { current = String(line.dropFirst(4).dropLast(4)); knots.append(current); continue }
            if line.hasPrefix("*") { #expect(line.contains("-> "), "choice without a divert: \(line)") }
            if let range = line.range(of: #"(?<!\\)-> ?([A-Za-z_0-9]+)$"#, options: .regularExpression) {
                let target = line[range].replacingOccurrences(of: "->", with: "").trimmingCharacters(in: .whitespaces)
                edges[current, default: []].append(target)
            }
        }
        #expect(Set(knots).count == knots.count)
        for targets in edges.values { for t in targets where t != "END" { #expect(knots.contains(t), "divert to missing knot \(t)") } }
        // END is reachable, and every knot either diverts somewhere or ends.
        var seen: Set<String> = [], stack = ["(top)"], reachedEnd = false
        while let k = stack.popLast() {
            if !seen.insert(k).inserted { continue }
            for t in edges[k] ?? [] { if t == "END" { reachedEnd = true } else { stack.append(t) } }
        }
        #expect(reachedEnd)
        #expect(Set(knots).isSubset(of: seen), "every knot is reachable")
        for k in knots { #expect(!(edges[k] ?? []).isEmpty, "\(k) has no divert") }
        #expect(ink.components(separatedBy: "* [").count - 1 == 3)
    }

    @Test func escapingKeepsMarkupOut() {
        #expect(InkExport.escape("a {b} [c] | #d -> e // f ~g") == ##"a \{b\} \[c\] \| \#d \-> e /\/ f \~g"##)
        #expect(InkExport.escape("- list").hasPrefix(#"\-"#))
        #expect(!TweeExport.escape("[[x->y]] {z} \\ $v _t").contains(where: { "[]{}\\$_".contains($0) }))
        #expect(TweeExport.safeName("a [[b]] | c->d") == "a b c d")
    }

    /// A story of our own whose text, title and id try to break out of the prose.
    func hostile(id: String, title: String) -> [StoryDocument] {
        let r = StoryDocument(id: id, clean: CleanText(title: title, paragraphs: ["He wrote // TODO and /* never closed it.", "-> END", "=== pwn ==="]),
                              origin: Origin(command: "test", sources: []))
        let remix = StoryDocument(id: id + "+x", clean: CleanText(title: title, paragraphs: ["He wrote // TODO and /* never closed it.", "It ends."]),
                                  origin: Origin(command: "splice", sources: [id], seam: 2, ending: .getOut))
        return [r, remix]
    }

    @Test func inkEscapesSurviveItsCommentPass() {
        #expect(InkExport.escape("he wrote // TODO") == #"he wrote /\/ TODO"#)
        #expect(InkExport.escape("an open /* comment") == #"an open /\* comment"#)
        #expect(!InkExport.escape("a // b /* c").contains(#"\//"#))
        #expect(InkExport.escape("///") == #"/\/\/"#)
        let docs = hostile(id: "evil\n-> END\n=== pwn ===", title: "T\u{2028}-> END")
        let ink = InkExport.ink(docs[1], family: docs)
        // No line of the file is live ink the story did not write.
        for line in ink.split(separator: "\n") {
            #expect(line != "-> END" || ink.components(separatedBy: "\n-> END\n").count >= 1)
            #expect(!line.hasPrefix("=== pwn"))
        }
        #expect(ink.hasPrefix("// T -> END\n// exported by storyshell from evil -> END === pwn ===+x\n"))
        #expect(!ink.contains("\u{2028}"))
        #expect(!ink.contains(" // TODO") && !ink.contains(" /* never"))
    }

    @Test func tweeTitleIsPlainAndNamesCannotInjectMarkup() {
        let docs = hostile(id: "evil><img src=x onerror=alert(9)>", title: "[[A]] title & more")
        let twee = TweeExport.twee(docs[1], family: docs, labels: ["evil><img src=x onerror=alert(9)>+x": "<img src=x onerror=alert(9)>"])
        #expect(twee.hasPrefix(":: StoryTitle\n[[A]] title & more\n"))
        #expect(!twee.contains("&#91;&#91;A"))
        #expect(!twee.contains("<img"))
        for line in twee.split(separator: "\n") where line.hasPrefix(":: ") { #expect(!line.contains("<") && !line.contains(">") && !line.contains("&")) }
        #expect(TweeExport.safeName("evil><img src=x onerror=alert(9)>") == "evil img src x onerror alert(9)")
        #expect(TweeExport.plainTitle(":: Passage\nline") == "Passage line")
    }
}
