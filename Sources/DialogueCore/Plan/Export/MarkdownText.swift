import Foundation

/// Escaping for CommonMark that still reads as plain text: only the characters that would
/// change the meaning get a backslash.
enum MarkdownText {
    /// Text inside a line (a heading, a list item, a table cell): line ends become spaces,
    /// and every character that could start markup is escaped.
    static func inline(_ text: String) -> String {
        var escaped = ""
        for character in flattened(text) {
            if Self.markup.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    private static let markup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&"]

    /// Text that starts a line (a paragraph line, a list item): as `inline`, without leading
    /// spaces (which would make code), and with a list or heading marker at its start escaped.
    static func line(_ text: String) -> String {
        var line = inline(flattened(text).trimmingCharacters(in: .whitespaces))
        if let first = line.first, "-+=".contains(first) {
            line.insert("\\", at: line.startIndex)
        } else if let digitsEnd = line.firstIndex(where: { !$0.isASCII || !$0.isNumber }), digitsEnd != line.startIndex,
            line[digitsEnd] == "." || line[digitsEnd] == ")" {
            line.insert("\\", at: digitsEnd)
        }
        return line
    }

    /// A fenced code block whose fence no line inside can close.
    static func fenced(_ lines: [String]) -> String {
        let longestRun = lines.map(longestBacktickRun).max() ?? 0
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        return ([fence] + lines.map(cleaned) + [fence]).joined(separator: "\n")
    }

    /// Line ends and tabs become spaces; other control characters are dropped.
    static func flattened(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar in
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
            return scalar.properties.generalCategory == .control ? nil : scalar
        }))
    }

    /// A line inside a code block: no control characters.
    private static func cleaned(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.filter { $0 == "\t" || $0.properties.generalCategory != .control }))
    }

    private static func longestBacktickRun(_ line: String) -> Int {
        var longest = 0
        var run = 0
        for character in line {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
