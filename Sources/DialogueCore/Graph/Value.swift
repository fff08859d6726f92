/// A value a dialogue variable can hold.
public enum Value: Hashable, Codable, Sendable {
    /// The key of one of a choice variable's options.
    case choice(String)
    case integer(Int)
    case bool(Bool)
    case text(String)
    case yearMonth(YearMonth)
    case date(CalendarDate)

    /// The type this value belongs to, for messages and type checks.
    public var typeName: String {
        switch self {
        case .choice: "choice"
        case .integer: "integer"
        case .bool: "yes/no"
        case .text: "text"
        case .yearMonth: "year-month"
        case .date: "date"
        }
    }
}

/// A calendar month, such as July 2026.
public struct YearMonth: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 to 12.
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Months since year 0, so that months can be compared and subtracted.
    public var ordinal: Int { year * 12 + (month - 1) }

    /// The month `ordinal` months after January of year 0, if it is in years 1 to 9999.
    public init?(ordinal: Int) {
        let year = ordinal.quotientAndRemainder(dividingBy: 12)
        let (whole, month) = year.remainder < 0 ? (year.quotient - 1, year.remainder + 12) : year
        guard (1...9999).contains(whole) else { return nil }
        self.init(year: whole, month: month + 1)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }

    /// `2026-07`: the form the dialogue files and answers files use.
    public var description: String {
        let paddedMonth = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(paddedMonth)"
    }

    /// `July 2026`: the form shown to a user.
    public var spelledOut: String {
        YearMonth.monthNames.indices.contains(month - 1) ? "\(YearMonth.monthNames[month - 1]) \(year)" : description
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
