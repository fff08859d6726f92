import FoundationEssentials

/// A dialogue text split the way the terminal reads it: paragraphs (a blank line between),
/// list items (lines starting with `- `) and verbatim blocks (between two ```` ``` ```` lines).
enum TextBlock: Hashable {
    case paragraph([String])
    case list([String])
    case verbatim([String])

    static func blocks(of text: String) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var paragraph: [String] = []
        var list: [String] = []
        var verbatim: [String]?
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
            if !list.isEmpty { blocks.append(.list(list)) }
            paragraph = []
            list = []
        }
        for rawLine in lines(of: text) {
            let line = rawLine.trimmingWhitespace()
            if var open = verbatim {
                if line.hasPrefix("```") {
                    blocks.append(.verbatim(open))
                    verbatim = nil
                } else {
                    open.append(rawLine)
                    verbatim = open
                }
                continue
            }
            if line.hasPrefix("```") {
                flush()
                verbatim = []
            } else if line.isEmpty {
                flush()
            } else if line.hasPrefix("- ") {
                if !paragraph.isEmpty { flush() }
                list.append(String(line.dropFirst(2)))
            } else if !list.isEmpty, rawLine.first == " " {
                // An indented line continues the list item above it.
                list[list.count - 1] += " " + line
            } else {
                if !list.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        if let open = verbatim, !open.isEmpty { blocks.append(.verbatim(open)) }
        return blocks
    }

    /// A template's lines as written, without blank lines before or after.
    static func verbatimLines(of text: String) -> [String] {
        let all = lines(of: text)
        guard let first = all.firstIndex(where: { !$0.trimmingWhitespace().isEmpty }),
            let last = all.lastIndex(where: { !$0.trimmingWhitespace().isEmpty })
        else { return [] }
        return Array(all[first...last])
    }

    /// Lines, whatever the line ends (LF, CRLF or a lone CR).
    static func lines(of text: String) -> [String] {
        text.replacingEvery("\r\n", with: "\n").replacingEvery("\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
