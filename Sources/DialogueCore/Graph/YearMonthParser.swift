import FoundationEssentials

/// Reads a month as people write it: `2026-07`, `2026/7`, `07/2026`, `July 2026`, `jul 2026`.
public enum YearMonthParser {
    public static func parse(_ text: String) -> YearMonth? {
        let trimmed = text.trimmingWhitespace().lowercased()
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " || $0 == "." || $0 == "," })
            .map(String.init)
        guard parts.count == 2 else { return nil }
        if let year = year(parts[0]), let month = month(parts[1]) { return YearMonth(year: year, month: month) }
        if let month = month(parts[0]), let year = year(parts[1]) { return YearMonth(year: year, month: month) }
        return nil
    }

    private static func year(_ text: String) -> Int? {
        guard text.count == 4, let year = Int(text), (1900...2200).contains(year) else { return nil }
        return year
    }

    private static func month(_ text: String) -> Int? {
        if text.count <= 2, let number = Int(text), (1...12).contains(number) { return number }
        guard text.count >= 3 else { return nil }
        let index = YearMonth.monthNames.firstIndex { $0.lowercased().hasPrefix(text) }
        return index.map { $0 + 1 }
    }
}
