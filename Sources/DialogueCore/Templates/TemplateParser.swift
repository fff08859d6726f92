/// Reads a dialogue text into parts, byte by byte.
///
/// Dialogue texts were first rendered with a Mustache library; this parser keeps that library's
/// rules for the tags texts may use, so every text renders as it did. Among them: a section or
/// comment tag alone on its line takes the line with it, except on the text's first line (the
/// library read a content-type tag there first), and a blank first line is dropped when the
/// text has tags.
struct TemplateParser {
    /// Deepest nesting of `{{#...}}` and `{{^...}}` sections accepted.
    static let maximumSectionDepth = 16

    private let bytes: [UInt8]
    private var position = 0
    /// At the start of a line, where a tag may stand alone.
    private var atLineStart = false
    private var depth = 0
    /// The variables the text reads, in order of first appearance.
    private(set) var placeholders: [String] = []

    private struct OpenSection {
        let name: String
        let inverted: Bool
        let offset: Int
    }

    init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// The text's parts, or where and why it is malformed.
    mutating func parse() throws(TemplateFault) -> [TemplatePart] {
        position = 0
        atLineStart = finishesLine()
        return try parts(in: nil)
    }

    private mutating func parts(in section: OpenSection?) throws(TemplateFault) -> [TemplatePart] {
        var parts: [TemplatePart] = []
        var run = TextRun()
        var indent = 0..<0
        while position < bytes.count {
            if atLineStart { indent = spacesAndTabs() }
            let text = position..<textEnd()
            position = text.upperBound
            if let length = lineBreakLength(at: position, crlfOnly: true) {
                run.add(indent)
                run.add(text.lowerBound..<position + length)
                position += length
                atLineStart = true
                continue
            }
            if !text.isEmpty {
                run.add(indent)
                run.add(text)
                indent = 0..<0
                atLineStart = false
            }
            guard position < bytes.count else { break }
            let tagOffset = position
            position += 2
            var standalone = false
            switch try tag(at: tagOffset) {
            case .open(let name, let inverted):
                if isStandalone() {
                    standalone = true
                } else if !indent.isEmpty {
                    run.add(indent)
                    indent = 0..<0
                }
                atLineStart = standalone
                depth += 1
                let body = try self.parts(in: OpenSection(name: name, inverted: inverted, offset: tagOffset))
                depth -= 1
                run.flush(bytes, into: &parts)
                parts.append(.section(name, inverted: inverted, body))
            case .close(let name):
                guard let section else { throw TemplateFault(offset: tagOffset, reason: .closesNothing(name)) }
                guard name == section.name else {
                    throw TemplateFault(offset: tagOffset, reason: .closesAnother(
                        name, open: section.name, inverted: section.inverted, openedAt: section.offset))
                }
                if !isStandalone(), !indent.isEmpty { run.add(indent) }
                run.flush(bytes, into: &parts)
                return parts
            case .comment:
                standalone = isStandalone()
            case .value(let name):
                if !indent.isEmpty {
                    run.add(indent)
                    indent = 0..<0
                }
                run.flush(bytes, into: &parts)
                parts.append(.value(name))
            }
            atLineStart = standalone
        }
        if let section {
            throw TemplateFault(offset: section.offset, reason: .sectionNeverClosed(section.name, inverted: section.inverted))
        }
        run.flush(bytes, into: &parts)
        return parts
    }

    /// Reads the tag whose `{{` is at `offset`; `position` is just past the `{{` and ends past its `}}`.
    private mutating func tag(at offset: Int) throws(TemplateFault) -> TemplateTag {
        guard let close = closingBraces(from: position) else { throw TemplateFault(offset: offset, reason: .neverClosed) }
        let content = String(decoding: bytes[position..<close], as: UTF8.self)
        position = close + 2
        let tag: TemplateTag
        switch TemplateTag.read(content) {
        case .success(let read): tag = read
        case .failure(let reason): throw TemplateFault(offset: offset, reason: reason)
        }
        switch tag {
        case .open(let name, _):
            guard depth < Self.maximumSectionDepth else { throw TemplateFault(offset: offset, reason: .tooDeep) }
            note(name)
        case .value(let name):
            if bytes[offset + 2] == UInt8(ascii: "{") {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                    throw TemplateFault(offset: offset, reason: .tripleNotClosed(name))
                }
                position += 1
            }
            note(name)
        case .close, .comment:
            break
        }
        return tag
    }

    private mutating func note(_ name: String) {
        if !placeholders.contains(name) { placeholders.append(name) }
    }

    /// Where the text before the next tag or line break ends.
    private func textEnd() -> Int {
        var index = position
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): return index
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"): return index
            case UInt8(ascii: "{") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "{"): return index
            default: index += 1
            }
        }
        return index
    }

    private func closingBraces(from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "}"), bytes[index + 1] == UInt8(ascii: "}") { return index }
            index += 1
        }
        return nil
    }

    private mutating func spacesAndTabs() -> Range<Int> {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return start..<position
    }

    /// A tag alone on its line: at a line start, followed by nothing but spaces and a line
    /// break (taken with it) or by the end of the text.
    private mutating func isStandalone() -> Bool {
        atLineStart && finishesLine()
    }

    /// Whether only spaces and a line break follow (both then read), or nothing at all.
    private mutating func finishesLine() -> Bool {
        guard position < bytes.count else { return true }
        var index = position
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        guard let length = lineBreakLength(at: index, crlfOnly: false) else { return false }
        position = index + length
        return true
    }

    /// The length in bytes of the line break at `index`: LF or CR LF, and with `crlfOnly` false
    /// also a lone CR, VT, FF, NEL, LS or PS (what Swift counts as a newline character).
    private func lineBreakLength(at index: Int, crlfOnly: Bool) -> Int? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") { return 1 }
        if byte == UInt8(ascii: "\r") {
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return 2 }
            return crlfOnly ? nil : 1
        }
        guard !crlfOnly else { return nil }
        if byte == 0x0B || byte == 0x0C { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return 2 }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
            return 3
        }
        return nil
    }
}

/// Text between tags, gathered as ranges of the source's bytes and made into one `.text` part
/// when a tag or the end comes: a run of lines is one string, not three a line joined.
private struct TextRun {
    private var ranges: [Range<Int>] = []

    /// Adds `range` (nothing when it is empty), joined to the last range when it follows it.
    mutating func add(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let last = ranges.last, last.upperBound == range.lowerBound {
            ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
        } else {
            ranges.append(range)
        }
    }

    /// Ends the run: its text becomes one part.
    mutating func flush(_ bytes: [UInt8], into parts: inout [TemplatePart]) {
        guard !ranges.isEmpty else { return }
        var text = ""
        for range in ranges { text += String(decoding: bytes[range], as: UTF8.self) }
        parts.append(.text(text))
        ranges.removeAll(keepingCapacity: true)
    }
}
