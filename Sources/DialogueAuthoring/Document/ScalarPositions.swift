import FoundationEssentials
import Glibc

/// Where a scalar's text lies in the file, found on the file's bytes as the scalars come in
/// file order: a cursor moves forward line by line, so no table of lines is kept.
///
/// Lines are counted on `\n` alone and columns in Unicode scalars, as libyaml's marks count them
/// for the files authors write.
struct ScalarPositions {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The 1-based line the cursor is on, and the offset of its first byte.
    private var line = 1
    private var lineStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Position of the text of a scalar that starts at `line`, `column` (1-based).
    mutating func content(of text: String, style: YAMLScalar.Style, line: Int, column: Int) -> (line: Int, column: Int, isMappable: Bool) {
        switch style {
        case .literal, .folded:
            // The cursor moves up to the indicator, so that the next block text is looked for
            // from here and not from wherever the last inline text left it.
            _ = offset(ofLine: line)
            let start = blockContentStart(after: line)
            return (start.line, start.column, true)
        case .singleQuoted, .doubleQuoted:
            return (line, column + 1, fitsOnItsLine(text, line: line, skipping: column))
        case .plain:
            return (line, column, fitsOnItsLine(text, line: line, skipping: column - 1))
        }
    }

    /// The offset of `target`'s first byte, or `nil` past the last line. Scalars come in file
    /// order, so the cursor only moves forward; an earlier line starts over from the top.
    private mutating func offset(ofLine target: Int) -> Int? {
        if target < line { (line, lineStart) = (1, 0) }
        while line < target {
            guard let newline = nextNewline(from: lineStart) else { return nil }
            line += 1
            lineStart = newline + 1
        }
        return lineStart
    }

    private func nextNewline(from offset: Int) -> Int? {
        guard offset < bytes.count, let start = bytes.baseAddress,
            let found = memchr(start + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(start)
    }

    /// Whether inline text stands on its first line as written (YAML did not fold it): the
    /// line, after `skipping` scalars (the column before the text), starts with the text's bytes.
    private mutating func fitsOnItsLine(_ text: String, line: Int, skipping scalars: Int) -> Bool {
        var text = text
        return text.withUTF8 { textBytes in
            guard !textBytes.contains(UInt8(ascii: "\n")), var index = offset(ofLine: line) else { return false }
            for _ in 0..<max(0, scalars) {
                guard index < bytes.count, bytes[index] != UInt8(ascii: "\n") else { return false }
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            // Text without a line break cannot match across the line's end, so the rest of the file will do.
            guard bytes.count - index >= textBytes.count else { return false }
            guard let textStart = textBytes.baseAddress, let fileStart = bytes.baseAddress else { return textBytes.isEmpty }
            return memcmp(textStart, fileStart + index, textBytes.count) == 0
        }
    }

    /// Block text starts on the first line after its indicator that is not all spaces, at
    /// that line's indentation.
    private func blockContentStart(after indicatorLine: Int) -> (line: Int, column: Int) {
        var probe = self
        var line = indicatorLine + 1
        while let start = probe.offset(ofLine: line) {
            let end = nextNewline(from: start) ?? bytes.count
            var indent = start
            while indent < end, bytes[indent] == UInt8(ascii: " ") { indent += 1 }
            if indent < end { return (line, indentColumn(lineStart: start, spacesEnd: indent, lineEnd: end)) }
            line += 1
        }
        return (indicatorLine + 1, 1)
    }

    /// The column after a line's leading spaces, counted in `Character`s: a combining mark
    /// after the spaces joins the last one, which then no longer counts as indentation.
    private func indentColumn(lineStart: Int, spacesEnd: Int, lineEnd: Int) -> Int {
        guard bytes[spacesEnd] >= 0x80 else { return spacesEnd - lineStart + 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
        return text.prefix { $0 == " " }.count + 1
    }
}

extension ScalarPositions {
    /// The event of a scalar that starts at `line`, `column`, with where its text lies.
    mutating func scalar(_ text: String, style: YAMLScalar.Style, tag: String?, line: Int, column: Int) -> YAMLScalarEvent {
        let content = content(of: text, style: style, line: line, column: column)
        return YAMLScalarEvent(text: text, style: style, line: line, column: column, tag: tag,
                               contentLine: content.line, contentColumn: content.column, isMappable: content.isMappable)
    }
}
