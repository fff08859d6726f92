import FoundationEssentials

/// Escaping for CommonMark that still reads as plain text: only the characters that would
/// change the meaning get a backslash.
enum MarkdownText {
    /// Text inside a line (a heading, a list item, a table cell): line ends become spaces,
    /// and every character that could start markup is escaped. A bracket is left alone when
    /// it cannot open a link (no `(`, `[` or `:` after its closing bracket), so that
    /// `[your hospital]` reads as written.
    static func inline(_ text: String) -> String {
        let characters = Array(flattened(text))
        var escaped = ""
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let needsEscape = switch character {
            case "\\", "`", "*", "_", "<", "|", "#", "~": true
            case "&": next.isLetter || next.isNumber || next == "#"
            case "[": opensLink(characters, at: index)
            default: false
            }
            if needsEscape { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Whether a `[` could start a link, an image or a reference: another `[` comes before
    /// its `]`, or the `]` is followed by `(`, `[` or `:`.
    private static func opensLink(_ characters: [Character], at index: Int) -> Bool {
        var position = index + 1
        while position < characters.count {
            switch characters[position] {
            case "[": return true
            case "]":
                let after = position + 1 < characters.count ? characters[position + 1] : " "
                return after == "(" || after == "[" || after == ":"
            default: position += 1
            }
        }
        return false
    }

    /// Text that starts a line (a paragraph line, a list item): as `inline`, without leading
    /// spaces (which would make code), and with a list or heading marker at its start escaped.
    static func line(_ text: String) -> String {
        var line = inline(flattened(text).trimmingWhitespace())
        if let first = line.first, "-+=>[".contains(first) {
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
