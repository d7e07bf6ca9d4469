import Foundation

/// Verb and possessive agreement after a plural subject ("the twins laugh", "Emma and Grace
/// were", "the twins’ bed"), for text a splice wrote about children who were one child in the
/// donor. The same rules find what is still wrong, for the self-check.
public enum Agreement {
    /// Whether a noun phrase after `w` is its object ("write Ava letters"): a listed word, or a past form in -ed.
    static func makesObject(_ w: String) -> Bool { AgreementWords.objectTakers.contains(w) || (w.hasSuffix("ed") && w.count > 3) }

    /// The plural form of a singular present or past verb, or nil when `word` is not one.
    static func plural(_ word: String) -> String? {
        let lower = word.lowercased()
        if let p = AgreementWords.irregular[lower] { return TextRewriter.matchCase(p, word) }
        guard lower.count > 2, lower.hasSuffix("s"), lower.allSatisfy({ $0.isLetter }), !AgreementWords.notVerbs.contains(lower),
              !lower.hasSuffix("ss"), !lower.hasSuffix("us"), !lower.hasSuffix("is"), !lower.hasSuffix("ous") else { return nil }
        var stem = String(word.dropLast())
        if lower.hasSuffix("ies"), lower.count > 4 { stem = String(word.dropLast(3)) + "y" }
        else if AgreementWords.esEndings.contains(where: { lower.hasSuffix($0) }) { stem = String(word.dropLast(2)) }
        return stem
    }

    /// Makes the verb after each plural subject plural, and "twins’s" a plain "twins’".
    /// Returns the text and how many words changed.
    public static func fix(_ text: String, subjects: [String]) -> (String, Int) {
        var result = text
        var changes = 0
        for (range, verb) in singularVerbs(in: text, subjects: subjects).reversed() {
            if let p = plural(verb) { result.replaceSubrange(range, with: p); changes += 1 }
        }
        for subject in subjects where subject.hasSuffix("s") {
            for apostrophe in ["’s", "'s"] {
                let n = result.components(separatedBy: subject + apostrophe).count - 1
                if n > 0 { result = result.replacingOccurrences(of: subject + apostrophe, with: subject + String(apostrophe.prefix(1))); changes += n }
            }
        }
        return (result, changes)
    }

    /// The singular verbs (their ranges) that follow a plural subject in `text`.
    static func singularVerbs(in text: String, subjects: [String]) -> [(Range<String.Index>, String)] {
        let tokens = TextRewriter.tokenize(text)
        var found: [(Range<String.Index>, String)] = []
        let subjectWords = subjects.map { TextRewriter.words($0) }.filter { !$0.isEmpty }
        var i = 0
        while i < tokens.count {
            var end: Int?
            for words in subjectWords {
                var k = i, ok = true
                for w in words {
                    guard k < tokens.count, tokens[k].isWord, tokens[k].text.lowercased() == w.lowercased() else { ok = false; break }
                    k += 1
                }
                if ok { end = k; break }
            }
            guard var k = end else { i += 1; continue }
            // "write Ava letters": after a verb or a preposition the children are an object, and
            // what follows is not their verb. "they" is always a subject.
            var before = i - 1
            if before >= 0, Determiners.definite.contains(tokens[before].text.lowercased()) { before -= 1 }
            if before >= 0, tokens[before].isWord, tokens[i].text.lowercased() != "they", makesObject(tokens[before].text.lowercased()) {
                i = k
                continue
            }
            // "the twins’ bed": a possessive, not a subject.
            if k < tokens.count, ["’", "'"].contains(tokens[k].text) { i = k; continue }
            if k < tokens.count, tokens[k].isWord, AgreementWords.adverbs.contains(tokens[k].text.lowercased()) { k += 1 }
            guard k < tokens.count, tokens[k].isWord else { i += 1; continue }
            var verb = tokens[k].text
            var range = tokens[k].range
            // Contractions tokenise as word, apostrophe, word: "isn’t".
            if k + 2 < tokens.count, ["’", "'"].contains(tokens[k + 1].text), tokens[k + 2].text == "t",
               tokens[k + 1].range.lowerBound == tokens[k].range.upperBound {
                verb += tokens[k + 1].text + "t"
                range = tokens[k].range.lowerBound..<tokens[k + 2].range.upperBound
            }
            if plural(verb) != nil { found.append((range, verb)) }
            i = k + 1
        }
        return found
    }

    /// What is still wrong after plural subjects: "the twins laughs", "they sees", "the twins’s".
    public static func errors(in text: String, subjects: [String]) -> [String] {
        var out: [String] = []
        for (range, verb) in singularVerbs(in: text, subjects: subjects) {
            let start = text.index(range.lowerBound, offsetBy: -min(24, text.distance(from: text.startIndex, to: range.lowerBound)))
            out.append("“…" + text[start..<range.lowerBound].trimmingCharacters(in: .whitespaces) + " " + verb + "”")
        }
        for subject in subjects where subject.hasSuffix("s") {
            for apostrophe in ["’s", "'s"] where text.contains(subject + apostrophe) { out.append("“\(subject)\(apostrophe)”") }
        }
        return out
    }
}
