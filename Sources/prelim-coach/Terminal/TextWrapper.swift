import FoundationEssentials
import Glibc

/// Reflows dialogue prose to a width: lines of a paragraph are joined, blank lines separate
/// paragraphs, and `- ` list items wrap with a hanging indent. Lines between ``` fences are
/// kept exactly (charts, tables); with `preservingLines` no lines are joined (emails, letters).
enum TextWrapper {
    static func wrap(_ text: String, width: Int, indent: String = "", preservingLines: Bool = false) -> String {
        var pieces: [String] = []
        var prose: [Substring] = []
        var verbatim = false
        func flushProse() {
            guard !prose.isEmpty else { return }
            let joined = prose.joined(separator: "\n")
            pieces.append(preservingLines ? wrapLines(joined, width: width, indent: indent) : reflow(joined, width: width, indent: indent))
            prose = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingWhitespace().hasPrefix("```") {
                flushProse()
                verbatim.toggle()
            } else if verbatim {
                pieces.append(indent + line)
            } else {
                prose.append(line)
            }
        }
        flushProse()
        return pieces.joined(separator: "\n")
    }

    /// Each line wrapped on its own; blank lines kept.
    private static func wrapLines(_ text: String, width: Int, indent: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.allSatisfy { $0 == " " } ? "" : fill(String(line), width: width, first: indent, rest: indent)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func reflow(_ text: String, width: Int, indent: String) -> String {
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
        // Kept as the line grows: counting the line's characters again for each word was most
        // of the time to show the first question.
        var currentWidth = first.count
        var currentIsEmpty = true
        for word in words {
            let wordWidth = word.count
            if !currentIsEmpty, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = rest
                currentWidth = rest.count
                currentIsEmpty = true
            }
            current += (currentIsEmpty ? "" : " ") + word
            currentWidth += (currentIsEmpty ? 0 : 1) + wordWidth
            currentIsEmpty = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
