import Foundation
@testable import prelim_coach
import Testing

/// Transcript times and session ids, written without Foundation's formatters, must read as
/// those formatters wrote them before (older transcripts and ids sort with new ones).
struct LocalTimeTests {
    static let moments: [time_t] = [0, 951_782_400, 1_764_000_000, 1_795_000_123, 2_000_000_000, 4_102_444_799]

    @Test(arguments: moments)
    func iso8601MatchesFoundation(_ seconds: time_t) {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone.current
        formatter.formatOptions = [.withInternetDateTime]
        #expect(LocalTime(seconds).iso8601 == formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
    }

    @Test(arguments: moments)
    func sessionIDsStartWithTheCompactLocalTime(_ seconds: time_t) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let id = SessionStore.newID(at: LocalTime(seconds))
        #expect(id.hasPrefix(formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))) + "-"))
        #expect(id.count == 20)
        #expect(id.suffix(4).allSatisfy { $0.isHexDigit })
    }

    @Test(arguments: moments)
    func todayIsTheDayFoundationsCalendarGives(_ seconds: time_t) {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let day = LocalTime(seconds).day
        #expect(parts.year == day.year && parts.month == day.month && parts.day == day.day)
    }

    /// The zone a transcript's header names: the system's own name, without Foundation's
    /// international libraries (which the coach no longer loads).
    @Test(arguments: [
        ("Asia/Kolkata", nil, "Asia/Kolkata"),
        (":America/St_Johns", nil, "America/St_Johns"),
        ("/usr/share/zoneinfo/Europe/Paris", "/usr/share/zoneinfo/Etc/UTC", "Europe/Paris"),
        ("EST5EDT", nil, "EST5EDT"),
        ("", "/usr/share/zoneinfo/Etc/UTC", "Etc/UTC"),
        (nil, "../usr/share/zoneinfo/America/New_York", "America/New_York"),
        (nil, nil, "UTC"),
    ] as [(String?, String?, String)])
    func theZoneIsNamedAsTheSystemNamesIt(_ tz: String?, _ link: String?, _ expected: String) {
        #expect(LocalTime.zoneIdentifier(tz: tz, localtimeLink: link) == expected)
    }
}
