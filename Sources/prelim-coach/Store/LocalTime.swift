import DialogueCore
import FoundationEssentials
import Glibc

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
        let date = "\((Int(parts.tm_year) + 1900).zeroPadded(4))-\((Int(parts.tm_mon) + 1).zeroPadded(2))-\(Int(parts.tm_mday).zeroPadded(2))"
        let time = "\(Int(parts.tm_hour).zeroPadded(2)):\(Int(parts.tm_min).zeroPadded(2)):\(Int(parts.tm_sec).zeroPadded(2))"
        return date + "T" + time + offset
    }

    /// `20261125-193005`: sorts by time, and reads as one in a file name.
    var compact: String {
        "\((Int(parts.tm_year) + 1900).zeroPadded(4))\((Int(parts.tm_mon) + 1).zeroPadded(2))\(Int(parts.tm_mday).zeroPadded(2))-"
            + "\(Int(parts.tm_hour).zeroPadded(2))\(Int(parts.tm_min).zeroPadded(2))\(Int(parts.tm_sec).zeroPadded(2))"
    }

    /// The time zone's name as the system knows it (`Europe/Paris`, `Etc/UTC`): `$TZ`, else the
    /// zone file `/etc/localtime` links to, else `UTC`, which is what the C library then uses.
    static var zoneIdentifier: String {
        var link = [CChar](repeating: 0, count: 4096)
        let length = readlink("/etc/localtime", &link, link.count - 1)
        let target = length > 0 ? String(decoding: link[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
        return zoneIdentifier(tz: Environment.current["TZ"], localtimeLink: target)
    }

    /// The name from `$TZ`'s value and `/etc/localtime`'s link target (either may be missing).
    static func zoneIdentifier(tz: String?, localtimeLink: String?) -> String {
        if var name = tz, !name.isEmpty {
            if name.hasPrefix(":") { name.removeFirst() }
            return zoneName(inPath: name) ?? name
        }
        return localtimeLink.flatMap(zoneName(inPath:)) ?? "UTC"
    }

    /// `Europe/Paris` from `/usr/share/zoneinfo/Europe/Paris`.
    private static func zoneName(inPath path: String) -> String? {
        guard let range = path.firstRange(of: "zoneinfo/") else { return nil }
        let name = String(path[range.upperBound...])
        return name.isEmpty ? nil : name
    }

    private var offset: String {
        let minutes = Int(parts.tm_gmtoff) / 60
        guard minutes != 0 else { return "Z" }
        return (minutes < 0 ? "-" : "+") + (abs(minutes) / 60).zeroPadded(2) + ":" + (abs(minutes) % 60).zeroPadded(2)
    }
}
