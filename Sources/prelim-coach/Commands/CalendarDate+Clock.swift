import ArgumentParser
import DialogueCore
import FoundationEssentials
import Glibc

extension CalendarDate: ExpressibleByArgument {
    /// `YYYY-MM-DD`, a real day of the calendar.
    public init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2] else { return nil }
        guard let date = CalendarDate(validYear: year, month: month, day: day) else { return nil }
        self = date
    }

    /// Today in the local time zone: the only place the coach reads the clock for a day.
    static func today() -> CalendarDate {
        LocalTime().day
    }
}
