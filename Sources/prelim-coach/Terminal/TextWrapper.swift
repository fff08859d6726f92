/// Reflows dialogue prose to a width: lines of a paragraph are joined, blank lines separate
/// paragraphs, and `- ` list items wrap with a hanging indent.
enum TextWrapper {
    static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        var blocks: [(prefix: String, words: [Substring])] = []
        var paragraphOpen = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                if paragraphOpen { blocks.append(("", [])) }
                paragraphOpen = false
                continue
            }
            let bullet = trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ")
            if bullet || !paragraphOpen || blocks.isEmpty {
                let content = bullet ? trimmed.dropFirst(2) : trimmed
                blocks.append((bullet ? "- " : "", content.split(separator: " ")))
            } else {
                blocks[blocks.count - 1].words += trimmed.split(separator: " ")
            }
            paragraphOpen = true
        }
        while blocks.last?.words.isEmpty == true { blocks.removeLast() }
        return blocks.map { block in
            block.words.isEmpty ? "" : fill(block.words, width: width, first: indent + block.prefix,
                                             rest: indent + String(repeating: " ", count: block.prefix.count))
        }.joined(separator: "\n")
    }

    /// One line of text filled to `width`, the first line starting with `first`, the others with `rest`.
    static func fill(_ text: String, width: Int, first: String, rest: String) -> String {
        fill(text.split(separator: " "), width: width, first: first, rest: rest)
    }

    private static func fill(_ words: [Substring], width: Int, first: String, rest: String) -> String {
        var lines: [String] = []
        var current = first
        var currentIsEmpty = true
        for word in words {
            if !currentIsEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = rest
                currentIsEmpty = true
            }
            current += (currentIsEmpty ? "" : " ") + word
            currentIsEmpty = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
