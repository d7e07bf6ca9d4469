/// Months, days and holidays, lower case: the one place these words are defined. The cast's
/// not-a-name list, the partner's, the page cleaner's date lines and the remix's capitalised
/// words that are no one's name all read them from here.
enum CalendarWords {
    static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    /// As a date line shortens them ("Mar 10, 2010"); "may" needs none.
    static let monthAbbreviations: [String] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    static let weekdays: [String] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let weekdayAbbreviations: [String] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    /// "Mondays", "Sundays": a habit, never a name.
    static let weekdayPlurals: [String] = weekdays.map { $0 + "s" }
    static let holidays: [String] = ["christmas", "easter", "thanksgiving", "halloween", "valentine"]
}
