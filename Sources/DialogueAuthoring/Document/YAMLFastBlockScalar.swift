/// A literal (`|`) or folded (`>`) block scalar read from the file's bytes by libyaml's own
/// steps (`yaml_parser_scan_block_scalar`): the same indentation found, the same lines folded,
/// the same chomping, so the text is the one libyaml gives.
struct YAMLFastBlockScalar {
    let text: String
    /// The first line after the scalar, where the scanner goes on: its offset and number.
    let nextLineStart: Int
    let nextLine: Int

    private enum Chomping { case strip, clip, keep }

    /// The scalar whose indicator is at `indicator`, on line `line` ending at `lineEnd`, inside
    /// a collection indented `parentIndent` (libyaml's `parser->indent`); `nil` for a header
    /// this scanner leaves to libyaml.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, indicator: Int, lineEnd: Int, line: Int, parentIndent: Int) {
        let isFolded = bytes[indicator] == UInt8(ascii: ">")
        guard let (chomping, increment) = Self.header(bytes, after: indicator, to: lineEnd), lineEnd < bytes.count else { return nil }
        var reader = LineReader(bytes: bytes, index: lineEnd + 1, line: line + 1)
        reader.indent = increment > 0 ? parentIndent + increment : 0
        reader.eatBreaks(parentIndent: parentIndent)
        var text: [UInt8] = []
        var leadingBreak = false
        var leadingBlank = false
        while reader.column == reader.indent, reader.index < bytes.count {
            let trailingBlank = bytes[reader.index] == YAMLFastScalars.space
            if isFolded, leadingBreak, !leadingBlank, !trailingBlank {
                if reader.trailingBreaks == 0 { text.append(YAMLFastScalars.space) }
            } else if leadingBreak {
                text.append(YAMLFastScalars.newline)
            }
            leadingBreak = false
            text.append(contentsOf: repeatElement(YAMLFastScalars.newline, count: reader.trailingBreaks))
            reader.trailingBreaks = 0
            leadingBlank = trailingBlank
            let end = reader.lineEnd()
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[reader.index..<end]))
            reader.index = end
            if end < bytes.count {
                leadingBreak = true
                reader.newLine()
            }
            reader.eatBreaks(parentIndent: parentIndent)
        }
        if chomping != .strip, leadingBreak { text.append(YAMLFastScalars.newline) }
        if chomping == .keep { text.append(contentsOf: repeatElement(YAMLFastScalars.newline, count: reader.trailingBreaks)) }
        self.text = String(decoding: text, as: UTF8.self)
        nextLineStart = reader.lineStart
        nextLine = reader.line
    }

    /// The chomping and indentation indicators after `|`/`>`, then nothing but a comment.
    private static func header(_ bytes: UnsafeBufferPointer<UInt8>, after indicator: Int, to lineEnd: Int) -> (Chomping, Int)? {
        var index = indicator + 1
        var chomping = Chomping.clip
        var increment = 0
        for _ in 0..<2 where index < lineEnd {
            switch bytes[index] {
            case UInt8(ascii: "-") where chomping == .clip: chomping = .strip
            case UInt8(ascii: "+") where chomping == .clip: chomping = .keep
            case UInt8(ascii: "1")...UInt8(ascii: "9") where increment == 0: increment = Int(bytes[index] - UInt8(ascii: "0"))
            default: continue
            }
            index += 1
        }
        let rest = index
        while index < lineEnd, bytes[index] == YAMLFastScalars.space { index += 1 }
        guard index == lineEnd || (bytes[index] == YAMLFastScalars.hash && index > rest) else { return nil }
        return (chomping, increment)
    }

    /// The cursor of `yaml_parser_scan_block_scalar_breaks`, with the empty lines it eats.
    private struct LineReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        var line: Int
        var lineStart: Int
        /// 0 until the first line with text fixes it.
        var indent = 0
        var trailingBreaks = 0

        init(bytes: UnsafeBufferPointer<UInt8>, index: Int, line: Int) {
            self.bytes = bytes
            self.index = index
            self.line = line
            lineStart = index
        }

        /// Indentation is spaces only (the scanner gives up on any tab), so bytes are columns.
        var column: Int { index - lineStart }

        func lineEnd() -> Int {
            var end = index
            while end < bytes.count, bytes[end] != YAMLFastScalars.newline { end += 1 }
            return end
        }

        mutating func newLine() {
            index += 1
            line += 1
            lineStart = index
        }

        /// Eats indentation and empty lines up to the next line with text (or the end), and
        /// fixes the indentation from them when no indicator gave it.
        mutating func eatBreaks(parentIndent: Int) {
            var maxIndent = 0
            while true {
                while indent == 0 || column < indent, index < bytes.count, bytes[index] == YAMLFastScalars.space { index += 1 }
                maxIndent = max(maxIndent, column)
                guard index < bytes.count, bytes[index] == YAMLFastScalars.newline else { break }
                trailingBreaks += 1
                newLine()
            }
            if indent == 0 { indent = max(maxIndent, parentIndent + 1, 1) }
        }
    }
}
