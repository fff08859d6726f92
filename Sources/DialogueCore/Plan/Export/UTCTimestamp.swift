/// An internet date-time (`2026-11-25T19:30:05+01:00`, `…Z`), as transcripts write it, moved to
/// UTC and written the way iCalendar wants it: `20261125T183005Z`.
enum UTCTimestamp {
    /// `nil` when `text` is not such a date-time.
    static func iCalendar(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 || bytes.count == 25,
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
            let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
            hour < 24, minute < 60, second < 60, let date = CalendarDate(validYear: year, month: month, day: day),
            let offset = offsetSeconds(bytes)
        else { return nil }
        let seconds = date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second - offset
        let (days, time) = (seconds.quotientAndRemainder(dividingBy: 86_400))
        let (wholeDays, secondOfDay) = time < 0 ? (days - 1, time + 86_400) : (days, time)
        guard let utcDay = CalendarDate(dayNumber: wholeDays) else { return nil }
        return basic(utcDay) + "T"
            + (secondOfDay / 3_600).zeroPadded(2) + (secondOfDay / 60 % 60).zeroPadded(2) + (secondOfDay % 60).zeroPadded(2) + "Z"
    }

    /// `20261125`: a day as iCalendar writes it.
    static func basic(_ day: CalendarDate) -> String {
        day.year.zeroPadded(4) + day.month.zeroPadded(2) + day.day.zeroPadded(2)
    }

    /// `Z` is 0; `+01:00` is 3,600.
    private static func offsetSeconds(_ bytes: [UInt8]) -> Int? {
        if bytes.count == 20 { return bytes[19] == UInt8(ascii: "Z") ? 0 : nil }
        let sign: Int
        switch bytes[19] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        guard bytes[22] == UInt8(ascii: ":"), let hours = number(bytes, 20, 2), let minutes = number(bytes, 23, 2),
            hours < 24, minutes < 60
        else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
