import DialogueCore
import Foundation

/// The wall clock as transcripts and session ids write it, in the local time zone.
///
/// Formatted from the C library's broken-down time: Foundation's date formatters load ICU's
/// calendars on first use, which cost more than loading the dialogues before the first question.
struct LocalTime {
    private var parts = tm()

    init(_ seconds: time_t = time(nil)) {
        var seconds = seconds
        localtime_r(&seconds, &parts)
    }

    /// The day of the calendar this moment falls on.
    var day: CalendarDate {
        CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    /// `2026-11-25T19:30:05+01:00`, or `…Z` at UTC: ISO 8601 as the internet writes it.
    var iso8601: String {
        let date = "\(digits(Int(parts.tm_year) + 1900, 4))-\(digits(Int(parts.tm_mon) + 1, 2))-\(digits(Int(parts.tm_mday), 2))"
        let time = "\(digits(Int(parts.tm_hour), 2)):\(digits(Int(parts.tm_min), 2)):\(digits(Int(parts.tm_sec), 2))"
        return date + "T" + time + offset
    }

    /// `20261125-193005`: sorts by time, and reads as one in a file name.
    var compact: String {
        "\(digits(Int(parts.tm_year) + 1900, 4))\(digits(Int(parts.tm_mon) + 1, 2))\(digits(Int(parts.tm_mday), 2))-"
            + "\(digits(Int(parts.tm_hour), 2))\(digits(Int(parts.tm_min), 2))\(digits(Int(parts.tm_sec), 2))"
    }

    private var offset: String {
        let minutes = Int(parts.tm_gmtoff) / 60
        guard minutes != 0 else { return "Z" }
        return (minutes < 0 ? "-" : "+") + digits(abs(minutes) / 60, 2) + ":" + digits(abs(minutes) % 60, 2)
    }

    private func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
