import ArgumentParser
import Foundation
import StoryKit
import Testing
@testable import ShellKit

/// Options, their values, Tab and the usage line come from the declarations (issue 13, point 4):
/// each command offers and accepts its own values, and no option name is written twice.
@Suite struct CommandSpecTests {
    let h = Harness()

    func complete(_ line: String) -> [String] {
        Completer().complete(line, cursor: line.count, in: h.session).candidates
    }

    @Test func eachCommandOffersItsOwnFormats() {
        #expect(complete("outline 003 --format ") == ["text", "md", "json", "svg"])
        #expect(complete("outline 003 --format tw").isEmpty, "outline writes no Twee")
        #expect(complete("outline all --format i").isEmpty, "nor ink")
        #expect(complete("arc 003 --format ") == ["text", "json", "svg"])
        #expect(complete("compare 001 004 --arc --format ") == ["text", "json", "svg"])
        #expect(complete("export 002 out.txt --format ") == ["txt", "md", "json", "html", "twee", "ink"])
        #expect(complete("export 002 out --format tw") == ["twee"])
    }

    @Test func endingsBeatsAndSortKeysComeFromTheirTypes() {
        #expect(complete("splice 002 --ending ") == EndingKind.allCases.map(\.rawValue))
        #expect(complete("splice 002 --at ") == BeatKind.allCases.map(\.rawValue))
        #expect(complete("splice 002 --at reb") == ["rebuilding"])
        #expect(complete("stories --ending m") == ["moved-on"])
        #expect(complete("stories --sort ") == ["words", "paragraphs", "title", "id"])
        #expect(complete("outline 003 --ending ").isEmpty, "outline has no --ending")
    }

    @Test func optionValuesThatAreStoriesCharactersOrFiles() {
        #expect(complete("find sorry --in 00").count == 5)
        #expect(complete("splice 002 --at return --with 00").count == 5)
        #expect(complete("quotes 001 --by J") == ["John"])
        #expect(OutlineCommand.spec.option(named: "-o")?.completion == .file)
        #expect(ArcCommand.spec.option(named: "--output=a.svg")?.completion == .file)
        #expect(FindCommand.spec.option(named: "--limit")?.completion == Completion.none)
        // After a flag the positional arguments go on; after a value-taking option, its value.
        #expect(complete("outline --force 00").count == 5)
        #expect(complete("outline 003 --format svg --output ").allSatisfy { !$0.hasPrefix("00") })
    }

    @Test func optionNamesAreTheDeclaredOnes() {
        #expect(complete("outline 003 --") == ["--format", "--output", "--force"])
        #expect(complete("arc 003 --") == ["--width", "--height", "--format", "--output", "--force"])
        #expect(complete("splice 002 --") == ["--ending", "--from", "--as", "--at", "--with", "--map", "--title", "--force", "--strict"])
        #expect(complete("stories --").sorted() == ["--ending", "--sort"])
        #expect(complete("endings --").isEmpty)
        for type in h.session.registry.commands {
            #expect(!type.spec.optionNames.contains("--help"), "\(type.name): the parser's own --help is not offered")
        }
    }

    /// Every option of a closed set, in every command: a bad value is one line naming the good ones.
    @Test func aBadValueIsOneLineThatNamesTheValues() {
        var checked = 0
        for type in h.session.registry.commands {
            for option in type.spec.options where !option.values.isEmpty {
                let name = option.longName!
                let before = h.err.count
                h.run("\(type.name) \(name) bogus")
                let errors = h.err[before...]
                #expect(errors.count == 1, "\(type.name) \(name): \(errors)")
                guard let line = errors.first else { continue }
                #expect(!line.contains("\n"))
                #expect(line.hasPrefix("\(type.name): \(name) must be one of \(option.values.joined(separator: ", ")) (got 'bogus')"), "\(line)")
                checked += 1
            }
        }
        #expect(checked >= 7, "outline, arc, compare, export --format; splice --ending, --at; stories --ending, --sort")
        h.run("splice 002 --ending forgiv")
        #expect(h.err.last == "splice: --ending must be one of forgive, get-out, moved-on (got 'forgiv') — did you mean 'forgive'?")
        h.run("outline 003 --format=twee")
        #expect(h.err.last == "outline: --format must be one of text, md, json, svg (got 'twee')")
        h.run("splice 002 --at rebuilding --with 001 --from nowhere")
        #expect(h.err.last?.hasPrefix("splice: --from must be one of setup, departure,") == true, "\(h.err.last ?? "")")
    }

    @Test func valuesIgnoreCase() {
        let before = h.err.count
        h.json = true
        let out = h.run("stories --ending GET-OUT", "outline 003 --format JSON")
        #expect(h.err.count == before, "\(h.err)")
        #expect(out.contains("\"get-out\""))
    }

    /// The process's usage line is the parser's, from the declarations: every option is in it.
    @Test func theUsageLineListsEveryOptionOfTheCommandLine() {
        let usage = CommandLineOptions.usageString()
        let names = CommandSpec.of(CommandLineOptions.self).optionNames
        #expect(names.contains("--update") && names.contains("--version") && names.contains("--command"))
        for name in names {
            #expect(usage.contains("[\(name)]") || usage.contains("[\(name) <"), "\(name) missing from: \(usage)")
        }
        #expect(usage.hasPrefix("storyshell ") && usage.hasSuffix("[<path> ...]"))
    }

    /// A command line of paths alone is read without the parser (it is most of the start-up);
    /// what comes out must be what the parser says, field for field.
    @Test func pathsAloneAreReadAsTheParserReadsThem() throws {
        for arguments in [[], ["samples/corpus"], ["a.txt", "my stories", ""], ["ünïcödé.md", "b"]] {
            #expect(try Invocation.parse(arguments, commands: []) == Invocation(CommandLineOptions.parse(arguments)), "\(arguments)")
        }
        // One field for each declared option, and the paths: a new option must be added here.
        let fields = Mirror(reflecting: Invocation(paths: [])).children.compactMap(\.label)
        #expect(fields.count == CommandSpec.of(CommandLineOptions.self).options.count + 1, "\(fields)")
        let parsed = try Invocation.parse(["--json", "x", "--bail"], commands: ["stories"])
        #expect(parsed.json && parsed.bail && !parsed.safe && parsed.paths == ["x"] && parsed.commands == ["stories"])
        #expect(throws: (any Error).self) { try Invocation.parse(["--frobnicate"], commands: []) }
    }

    /// An option name written out by hand (a message, `splice`'s normalised words, the front
    /// end's pre-pass over `-c`) must be one the declarations have: renaming an option and
    /// forgetting a message fails here.
    @Test func optionNamesWrittenByHandAreDeclared() throws {
        let registry = h.session.registry
        let byTypeName = Dictionary(registry.commands.map { (String(describing: $0), $0) }, uniquingKeysWith: { a, _ in a })
        let root = CommandSpec.of(CommandLineOptions.self).optionNames
        let everyOption = Set(registry.commands.flatMap { $0.spec.optionNames } + root)
        let sources = ["Sources/ShellKit", "Sources/storyshell"].map { Harness.root.appendingPathComponent($0).path }
        let typePattern = try Regex(#"struct (\w+): ShellCommand"#)
        // An option, and the word before it when that names whose option it is (`splice --as`).
        let optionPattern = try Regex(#"(?:([a-z]+):? )?(--[a-z][a-z-]*[a-z])"#)
        // The argument parser's own, which no declaration has.
        let parsers: Set = ["--help", "--experimental-dump-help"]
        var files = 0, found = 0
        for folder in sources {
            let walker = FileManager.default.enumerator(atPath: folder)!
            while let relative = walker.nextObject() as? String {
                guard relative.hasSuffix(".swift") else { continue }
                let text = try String(contentsOfFile: folder + "/" + relative, encoding: .utf8)
                files += 1
                let declared = text.matches(of: typePattern).compactMap { byTypeName[String($0.output[1].substring!)] }
                let own = Set(declared.flatMap { $0.spec.optionNames } + root)
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    for match in line.matches(of: optionPattern) {
                        let name = String(match.output[2].substring!)
                        let before = match.output[1].substring.map(String.init)
                        let owner = before == "storyshell" ? nil : before.flatMap(registry.command(named:))
                        let allowed = before == "storyshell" ? Set(root) : owner.map { Set($0.spec.optionNames) } ?? (declared.isEmpty ? everyOption : own)
                        #expect(allowed.union(parsers).contains(name), "\(relative): '\(name)' is not declared by \(owner?.name ?? (declared.isEmpty ? "any command" : declared.map { $0.name }.joined(separator: ", ")))")
                        found += 1
                    }
                }
            }
        }
        #expect(files > 30 && found > 40, "the scan saw the sources (\(files) files, \(found) names)")
    }
}
