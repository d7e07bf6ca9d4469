import Testing
@testable import StoryKit

/// Round 8 of the genre rules, found on the dev set and on a set of short posts written blind:
/// each test a failure pattern of the genre, on a few lines of our own words.
@Suite struct GenreRound8Tests: OwnWordsStories {
    /// "Tom's best man knocked on my door": the groom's best man, who brings the news of a
    /// wedding walked out of, is someone of the story (the partner's man, so "other"); the
    /// narrator's own best man is a helper, like a friend.
    @Test func theBestManIsSomeone() {
        let d = doc([
            "Tom and I were to be married in June. The morning of the wedding, Tom's best man knocked on my door, white as a sheet.",
            "Tom's mother called me that night and cried. My sister Ana stayed with me for a month.",
            "Three years later Tom turned up at my office, thin and ashamed. \"I made a mistake,\" he said.",
            "I told him to leave and never come back.",
        ])
        #expect(d.cast.members.first { $0.label.hasSuffix("best man") }?.role == .other, "\(roles(d))")
        #expect(member(d, "Tom")?.role == .leaver, "\(roles(d))")
        let own = doc([
            "Nadia called off our wedding two days before it, by text, and flew to her sister's in Perth.",
            "My best man, Karim, made the calls to the guests for me and then sat with me on the back steps until dawn.",
            "A year later Nadia wrote to say she was sorry. I wrote back that I was happy now, and I meant it.",
        ])
        #expect(member(own, "Karim")?.role == .helper, "\(roles(own))")
    }
}
