@testable import DialogueCore
import Foundation
import Testing

/// The coach no longer loads Foundation's international libraries: its own trimming,
/// replacing, padding and time-stamping must give what Foundation gave.
struct FoundationFreeTextTests {
    static let samples = [
        "", "   ", "\t derm \t", " \u{00A0}\u{2003}ortho\u{3000}", "\n\r\n plastics \u{2028}\u{85}\n", "a\u{301} ",
        " \u{301}abc", "x\u{200B} ", "no-space", "\r\nline one\r\nline two\rthree\n", "`code` and `more`", "é\u{301}`",
    ]

    @Test(arguments: samples)
    func trimmingIsFoundations(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func everyScalarOfTheBasicPlaneIsTrimmedAsFoundationTrimsIt() {
        let differing = (0...0xFFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            let text = "x" + String(scalar)
            return text.trimmingWhitespace() != text.trimmingCharacters(in: .whitespaces)
                || text.trimmingWhitespaceAndNewlines() != text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(differing.isEmpty)
    }

    @Test(arguments: samples)
    func replacingIsFoundations(_ text: String) {
        for (target, replacement) in [("\r\n", "\n"), ("\r", "\n"), ("`", "'"), ("_", " "), ("'", "'\\''"), ("\u{301}", "")] {
            #expect(text.replacingEvery(target, with: replacement) == text.replacingOccurrences(of: target, with: replacement))
        }
    }

    @Test(arguments: [0, 7, 42, 2026, 12345, -3])
    func zeroPaddingIsPrintfs(_ number: Int) {
        for width in [2, 4] {
            #expect(number.zeroPadded(width) == String(format: "%0\(width)d", number))
        }
    }

    @Test(arguments: [
        ("2026-11-25T19:30:05+01:00", "20261125T183005Z"),
        ("2026-01-01T00:30:00+01:00", "20251231T233000Z"),
        ("2026-03-01T23:30:00-05:00", "20260302T043000Z"),
        ("2024-02-29T12:00:00Z", "20240229T120000Z"),
        ("2026-07-01T05:00:00+05:30", "20260630T233000Z"),
    ])
    func timestampsMoveToUTCAsFoundationsFormattersDid(_ written: String, _ expected: String) throws {
        #expect(UTCTimestamp.iCalendar(written) == expected)
        let date = try #require(ISO8601DateFormatter().date(from: written))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        #expect(formatter.string(from: date) == expected)
    }

    @Test(arguments: ["", "2026-11-25", "2026-11-25T19:30:05", "2026-13-25T19:30:05Z", "2026-11-25T25:30:05Z", "2026-11-25T19:30:05+0100"])
    func whatIsNotAnInternetDateTimeIsRefused(_ written: String) {
        #expect(UTCTimestamp.iCalendar(written) == nil)
    }
}
