/// The functions of the condition language beyond `count`, `answered` and `mentions`: dates.
///
/// Each has a fixed signature, checked when the dialogues load; evaluation is pure (`today()`
/// reads the day the caller passed into the session, never a clock).
public enum BuiltinFunction: String, Hashable, Sendable, CaseIterable {
    /// `today()`: the session's day.
    case today
    /// `end_of(month)`: the last day of a month.
    case endOf = "end_of"
    /// `days_until(date)`: days from today to the date; negative once it has passed.
    case daysUntil = "days_until"
    /// `weeks_until(date)`: whole weeks from today to the date; negative once it has passed.
    case weeksUntil = "weeks_until"
    /// `year(month or date)`: the year as a number.
    case year
    /// `month_of(date)`: the month a day falls in.
    case monthOf = "month_of"
    /// `date(year, month, day)`: a day from numbers; unknown if it does not exist.
    case date
    /// `weekday_on_or_after(date, 1)`: the first Monday (1) to Sunday (7) on or after a day,
    /// for dates set by rule, such as the third Monday of March (on or after the 15th).
    case weekdayOnOrAfter = "weekday_on_or_after"

    /// How a call is written, for messages.
    public var signature: String {
        switch self {
        case .today: "today()"
        case .endOf: "end_of(month)"
        case .daysUntil: "days_until(date)"
        case .weeksUntil: "weeks_until(date)"
        case .year: "year(month or date)"
        case .monthOf: "month_of(date)"
        case .date: "date(year, month, day)"
        case .weekdayOnOrAfter: "weekday_on_or_after(date, 1 to 7)"
        }
    }

    /// The value of a call with evaluated arguments, or `nil` (unknown) when it has none.
    func apply(_ arguments: [Value], today: CalendarDate?) -> Value? {
        let first = arguments.first
        switch self {
        case .today:
            return today.map(Value.date)
        case .endOf:
            guard case .yearMonth(let month)? = first else { return nil }
            return .date(CalendarDate.endOf(month))
        case .daysUntil, .weeksUntil:
            guard case .date(let day)? = first, let today else { return nil }
            let days = day.dayNumber - today.dayNumber
            return .integer(self == .daysUntil ? days : Self.floorDivide(days, by: 7))
        case .year:
            switch first {
            case .yearMonth(let month)?: return .integer(month.year)
            case .date(let day)?: return .integer(day.year)
            default: return nil
            }
        case .monthOf:
            guard case .date(let day)? = first else { return nil }
            return .yearMonth(day.yearMonth)
        case .date:
            let numbers = arguments.compactMap { value -> Int? in
                if case .integer(let number) = value { return number }
                return nil
            }
            guard numbers.count == 3 else { return nil }
            return CalendarDate(validYear: numbers[0], month: numbers[1], day: numbers[2]).map(Value.date)
        case .weekdayOnOrAfter:
            guard case .date(let day)? = first, arguments.count == 2, case .integer(let weekday) = arguments[1],
                (1...7).contains(weekday)
            else { return nil }
            // Day 0, 1 January of year 1, was a Monday in the proleptic Gregorian calendar.
            let offset = ((weekday - 1) - day.dayNumber % 7 + 7) % 7
            return CalendarDate(dayNumber: day.dayNumber + offset).map(Value.date)
        }
    }

    /// Division rounding down, so that a day already past is always a negative week.
    private static func floorDivide(_ value: Int, by divisor: Int) -> Int {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}
