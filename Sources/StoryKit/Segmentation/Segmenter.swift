import Foundation

/// The second pass: sentences and quotations, found by scanning each paragraph once.
///
/// Sentence ends are `.`, `!`, `?` and `…` (with any closing quotes after them) followed by
/// a space and an upper-case letter, a quote or a digit; common abbreviations (`Mr.`, `Dr.`)
/// do not end one. Quotations pair curly marks, or straight ones by alternation; an apostrophe
/// inside a word (`don't`) is never a quote.
public enum Segmenter {
    /// Paragraphs given as strings (tests, and text not from a document).
    public static func segment(_ paragraphs: [String]) -> Segmentation {
        segment(Paragraphs(paragraphs))
    }

    /// Sentences and quotations read from each paragraph's UTF-8 bytes in place (`SegmentScanner`).
    public static func segment(_ paragraphs: Paragraphs) -> Segmentation {
        var found = SegmentationBuilder(paragraphs)
        ByteText.withBytes(paragraphs.text) { all in
            for i in paragraphs.indices {
                found.startParagraph()
                let range = paragraphs.utf8Range(i)
                let base = range.lowerBound
                let bytes = UnsafeBufferPointer(rebasing: all[range])
                var cursor = UTF16Cursor(bytes)
                SegmentScanner.sentences(bytes) { r in
                    let lo = cursor.offset(r.lowerBound), hi = cursor.offset(r.upperBound)
                    found.sentence(paragraph: i, utf16: lo..<hi, utf8: (base + r.lowerBound)..<(base + r.upperBound))
                }
                cursor = UTF16Cursor(bytes)
                SegmentScanner.quotes(bytes) { whole, inner, unclosed in
                    let lo = cursor.offset(whole.lowerBound), hi = cursor.offset(whole.upperBound)
                    found.quote(paragraph: i, utf16: lo..<hi, innerUTF8: (base + inner.lowerBound)..<(base + inner.upperBound), unclosed: unclosed)
                }
            }
        }
        return found.build()
    }

    /// The general case of `word`: Foundation's lower-casing and punctuation trimming.
    static func foldedWord(_ text: String) -> String {
        text.lowercased().trimmingCharacters(in: .punctuationCharacters)
    }

    /// ASCII characters in Unicode's punctuation categories (what `.punctuationCharacters` trims).
    @inline(__always)
    static func isASCIIPunctuation(_ u: UInt16) -> Bool {
        switch u {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
        default: return false
        }
    }

    /// Words whose period does not end a sentence ("Mr. Hale").
    static let abbreviations: Set<String> = Set(PageWords.abbreviations)

    /// A short word with non-ASCII in it, before its period: an abbreviation or an initial.
    static func isAbbreviation(_ text: String) -> Bool {
        let word = text.lowercased()
        return abbreviations.contains(word) || (word.count == 1 && word.first?.isLetter == true)
    }

    /// One UTF-16 unit that is a letter on its own (a one-letter initial such as `J.`).
    static func isLetter(_ c: UInt16) -> Bool {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        return Character(Unicode.Scalar(c) ?? " ").isLetter
    }
}
