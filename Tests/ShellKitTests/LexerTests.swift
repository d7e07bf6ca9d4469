import Testing
@testable import ShellKit

@Suite struct LexerTests {
    @Test func splitsOnSpacesAndKeepsQuotedPhrases() throws {
        #expect(try Lexer.split("find \"came back\" --in 002") == ["find", "came back", "--in", "002"])
        #expect(try Lexer.split("  stories   ") == ["stories"])
        #expect(try Lexer.split("") == [])
    }

    @Test func apostrophesInWordsAreLettersButSingleQuotesGroup() throws {
        #expect(try Lexer.split("find don't") == ["find", "don't"])
        #expect(try Lexer.split("find 'GET OUT'") == ["find", "GET OUT"])
        #expect(try Lexer.split("find 'tis") == ["find", "'tis"])
    }

    @Test func commentsAndEscapes() throws {
        #expect(try Lexer.split("stories # list them") == ["stories"])
        #expect(try Lexer.split("# only a comment") == [])
        #expect(try Lexer.split("find a#b") == ["find", "a#b"])
        #expect(try Lexer.split(#"find \"quoted\""#) == ["find", "\"quoted\""])
        #expect(try Lexer.split(#"save "my file.story""#) == ["save", "my file.story"])
    }

    @Test func errorsAreReported() {
        #expect(throws: Lexer.Failure.unterminatedQuote) { try Lexer.split("find \"open") }
        #expect(throws: Lexer.Failure.danglingEscape) { try Lexer.split("find x\\") }
    }

    @Test(arguments: [["find", "came back"], ["save", "a \"b\" c"], ["x", "#hash"], ["'quoted'", "back\\slash"], ["", "e"]])
    func joinRoundTrips(_ words: [String]) throws {
        #expect(try Lexer.split(Lexer.join(words)) == words)
    }
}
