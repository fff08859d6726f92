import FoundationEssentials

/// A day, passed into the engine by the caller so that the engine never reads a clock.
public struct CalendarDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day that exists in the calendar (1 to 9999), or `nil`: no 31 February.
    public init?(validYear year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDate.daysIn(month: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// A day written `2026-09-03`, if it exists.
    public init?(isoText text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(validYear: year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var yearMonth: YearMonth { YearMonth(year: year, month: month) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1 January of year 1 (day 0), so that days can be counted and compared.
    public var dayNumber: Int {
        // The civil-from-days algorithm, in a calendar whose year starts in March.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - CalendarDate.firstDayOffset
    }

    /// The day `dayNumber` days after 1 January of year 1, if it is in years 1 to 9999.
    public init?(dayNumber: Int) {
        let shifted = dayNumber + CalendarDate.firstDayOffset
        guard shifted >= 0 else { return nil }
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (1...9999).contains(year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Day number of 1 January of year 1 in the March-based count above.
    private static let firstDayOffset = 306

    /// The last day of a month.
    public static func endOf(_ month: YearMonth) -> CalendarDate {
        CalendarDate(year: month.year, month: month.month, day: daysIn(month: month.month, year: month.year))
    }

    /// `3 September 2026`: the form shown to a user.
    public var spelledOut: String {
        YearMonth.monthNames.indices.contains(month - 1) ? "\(day) \(YearMonth.monthNames[month - 1]) \(year)" : description
    }

    public var description: String {
        let month = month < 10 ? "0\(month)" : "\(month)"
        let day = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(month)-\(day)"
    }
}
