/// The words of a web page around a story: headings, buttons, captions, share pleas and date
/// lines that the cleaner removes (`PageChrome`, `NoiseRules`, `SharePlea`), lower case.
enum PageWords {
    /// Headings after which a page has only furniture: comments and related links. (Share
    /// buttons are not among them: they also stand under a headline, above the story.)
    static let commentHeadings: Set<String> = [
        "related posts", "related", "related articles", "related stories", "you may also like", "more stories", "read next",
        "recommended for you",
        "leave a reply", "leave a comment", "add a comment", "post a comment", "write a comment", "no comments",
        "one comment", "comments", "responses", "join the discussion", "join the conversation", "cancel reply",
        "leave a reply cancel reply", "rate article", "rate this article", "rate this story", "rate this post",
    ]
    /// What a count heads a comment section with: "12 Comments", "3 Replies".
    static let commentCountNouns: Set<String> = ["comment", "comments", "response", "responses", "reply", "replies", "thoughts"]

    /// What may open a date line: "Posted on 04/11/2025", "Updated: 3.2.2024".
    static let datePrefixes: [String] = ["posted", "updated", "published"]
    /// The words of a date line besides months, days and numbers: "Posted on May 2, 2021 by admin".
    static let dateWords: Set<String> = Set(datePrefixes + ["on", "by", "admin", "at", "am", "pm"])
    static let months: Set<String> = Set(CalendarWords.months + CalendarWords.monthAbbreviations)
    static let weekdays: Set<String> = Set(CalendarWords.weekdays + CalendarWords.weekdayAbbreviations)
    /// What joins a byline and a date on one line: "By Staff Writer | May 2, 2021",
    /// "Posted by Reader Stories · June 4".
    static let bylineSeparators: Set<Character> = ["|", "·", "•", "—", "–"]
    /// What a byline may open with besides "By": "Posted by …", "Written by …".
    static let bylineOpeners: [String] = ["posted by ", "written by ", "shared by ", "submitted by "]
    /// "2nd", "21st": the endings of an ordinal day.
    static let ordinalSuffixes: [String] = ["st", "nd", "rd", "th"]

    /// How a picture's credit opens: `Source: Pexels`, `Photo credit …`.
    static let creditPrefixes: [StaticString] = ["source:", "photo:", "image:", "credit:", "photo credit", "image credit", "illustration:",
                                                 "featured image", "h/t", "hat tip"]
    /// Phrases that make a short line a caption wherever they stand ("Image for illustrative
    /// purposes only.", "Pip at her allotment, 2021. Photo submitted by the author.").
    static let captionPhrases: [StaticString] = ["for illustrative purposes", "for illustration", "photo submitted by",
                                                 "photo courtesy of", "image courtesy of", "picture submitted by", "photo provided by",
                                                 // The site's note on a reader's story: "This story was sent in by a reader. Names have been changed."
                                                 "names have been changed", "sent in by a reader",
                                                 // "This story is a work of fiction inspired by real events."
                                                 "is a work of fiction"]
    /// How a line that links to another article starts: "Read more: 10 signs he is leaving",
    /// "Click here to read Part 2", and the button of a story split over pages: "Click next to
    /// keep reading", "Tap next to see what she said".
    static let linkPrefixes = ["read more:", "read also:", "also read:", "see also:", "related:", "recommended:", "click here",
                               "click next", "click below", "click to continue", "tap here", "tap next",
                               // The story's next page, and a video beside it: "Continue to page 2", "Watch: …".
                               "click the button", "continue to page", "continued on next page", "continued on the next page",
                               "story continues on", "keep reading on", "scroll down to", "watch:"]

    /// Whole lines of site furniture: buttons, labels and links.
    static let chromeLines: Set<String> = [
        "share this:", "share this", "like this:", "like this", "related", "related posts", "advertisement",
        "read more", "read more:", "continue reading", "loading...", "loading…", "subscribe", "follow us",
        "click to share", "share on facebook", "share on twitter", "tweet", "print", "email",
        "sponsored", "sponsored content", "you may also like", "recommended", "comments",
        "back to top", "back to top button", "uncategorized", "uncategorised", "categories", "tags", "share", "share:",
        "facebook", "twitter", "x", "pinterest", "whatsapp", "linkedin", "reddit", "copy link", "share via", "trending",
        // The mark where an advertisement cuts the story: "Story continues below".
        "story continues below", "article continues below", "continues below", "continue reading below",
        "story continues after ad", "content continues below",
        // The buttons and boxes of a story split over pages.
        "next page", "next page »", "next page >", "next »", "keep reading", "trending now", "recommended video",
        "you might also like", "more from this author", "please share", "please share!", "ad",
    ]

    /// A plea to the reader to share (`SharePlea`) needs all three: a word that names sharing,
    /// matched as a whole word…
    static let pleaAsks: [StaticString] = ["share", "like", "comment", "comments", "subscribe", "follow"]
    /// …a phrase about the story, matched with a word boundary at both ends…
    static let pleaAboutThis: [StaticString] = [
        "this story", "this post", "this article", "with your friends", "with your family", "with your others",
        "with your someone", "with friends", "with family", "with others", "with someone", "share it", "share this",
        "hit like", "like and share", "in the comments", "comment below", "our page", "for more stories",
        // The site's own call: "Follow us for more heartwarming stories every day!"
        "follow us", "heartwarming stories", "stories like this",
        // What the reader is asked to stand for: "Share if you believe in second chances!"
        "if you believe", "if you agree",
        // The vote the reader is asked to cast: "Comment YES if he did the right thing!"
        "yes if", "no if", "amen if", "if you think", "if he did", "if she did", "if they did", "if you would",
    ]
    /// …and an opening that addresses the reader, matched at the start only.
    static let pleaOpenings: [StaticString] = [
        "if ", "please ", "don't forget", "dont forget", "do you", "be sure", "share", "like", "comment", "subscribe",
        "follow", "tell us", "let us know",
    ]
    /// Words that open every plea the test accepts: a line without one needs no look.
    /// (`NoiseRules.mayHoldPleaWord` looks first for their first four letters: a new word here
    /// needs its four letters there too.)
    static let pleaStarts: [StaticString] = ["share", "like and", "like our", "comment", "subscribe", "follow"]

    /// Words a title leaves in lower case ("The Day He Came Back to Us").
    static let titleSmallWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into", "nor", "so", "up",
    ]

    /// Abbreviations whose period ends no sentence ("Mr. Patel", "e.g. this").
    static let abbreviations: [String] = ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "vs", "mt", "e.g", "i.e", "etc"]
}
