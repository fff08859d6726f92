import FoundationEssentials
import Glibc

/// libyaml's events for the block-style YAML dialogue files are written in, read straight off
/// the bytes line by line: block mappings and lists (`- key: value` included), one-line plain
/// and quoted scalars, `|`/`>` block text, one-line flow lists of scalars, `{}`, comments.
///
/// It reads only what it reads exactly as libyaml does. Anything else (a syntax error, a tab,
/// a carriage return, an anchor, a tag, `---`, a `?` key, text over several lines outside a
/// block scalar, unusual indentation, nesting deeper than the guard allows) makes `next()`
/// give `nil`, "undecided": `YAMLEventStream` then reads the whole text again with libyaml,
/// so every error, refusal and position stays libyaml's.
struct YAMLFastScanner {
    private struct Collection {
        let isMapping: Bool
        /// libyaml's `parser->indent` inside it: the column (0-based) of its keys or dashes.
        let indent: Int
        /// A list at its mapping's own indentation (`key:` then `- item` under the `k`).
        let isIndentless: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var positions: ScalarPositions
    /// The next line to read: its first byte and its 1-based number.
    private var lineStart = 0
    private var line = 1
    private var open: [Collection] = []
    /// A key with nothing after its `:` on its line: where its empty value would stand.
    private var pendingKey: (line: Int, column: Int)?
    private var events: [YAMLEvent] = []
    private var nextEvent = 0
    private var state = State.beforeStream

    private enum State { case beforeStream, beforeDocument, inDocument, ended, undecided }

    /// The line after the last one read: near where the scanner gave up, for tests to name.
    var lineReached: Int { line }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        positions = ScalarPositions(bytes: bytes)
    }

    /// The next event, or `nil` once the scanner has given up on this text.
    mutating func next() -> YAMLEvent? {
        while nextEvent == events.count {
            events.removeAll(keepingCapacity: true)
            nextEvent = 0
            guard fill() else {
                state = .undecided
                return nil
            }
        }
        // Moved out, not copied: a copy would retain the event's strings once more.
        var event = YAMLEvent.streamEnd
        swap(&event, &events[nextEvent])
        nextEvent += 1
        return event
    }

    /// Adds the events of the next line with content (or of the end); `false` to give up.
    private mutating func fill() -> Bool {
        switch state {
        case .undecided:
            return false
        case .beforeStream:
            guard YAMLFastValidation.isPlain(bytes) else { return false }
            events.append(.streamStart)
            state = .beforeDocument
            return true
        case .ended:
            events.append(.streamEnd)
            return true
        case .beforeDocument, .inDocument:
            guard let content = nextContentLine() else { return finish() }
            return read(content)
        }
    }

    /// Skips empty and comment lines; the next line with content, its indentation and end.
    private mutating func nextContentLine() -> (start: Int, indent: Int, end: Int, line: Int)? {
        while lineStart < bytes.count {
            let start = lineStart
            let end = endOfLine(from: start)
            let number = line
            (lineStart, line) = (end + 1, line + 1)
            var first = start
            while first < end, bytes[first] == YAMLFastScalars.space { first += 1 }
            if first == end || bytes[first] == YAMLFastScalars.hash { continue }
            return (start, first - start, end, number)
        }
        return nil
    }

    private func endOfLine(from start: Int) -> Int {
        guard let base = bytes.baseAddress, let found = memchr(base + start, Int32(YAMLFastScalars.newline), bytes.count - start) else {
            return bytes.count
        }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private mutating func finish() -> Bool {
        if state == .inDocument {
            if let key = pendingKey { emitEmptyScalar(at: key) }
            while !open.isEmpty { close() }
            events.append(.documentEnd)
        }
        events.append(.streamEnd)
        state = .ended
        return true
    }

    /// One line with content: the collections it closes, then what it opens and holds.
    private mutating func read(_ content: (start: Int, indent: Int, end: Int, line: Int)) -> Bool {
        let (start, indent, end, number) = content
        let first = start + indent
        if indent == 0, isDocumentMarker(at: first, end) { return false }
        let isDash = self.isDash(at: first, end)
        guard state == .inDocument else {
            guard indent == 0 else { return false }
            state = .inDocument
            events.append(.documentStart(line: number, column: 1))
            return openBlock(at: first, line: number, lineStart: start, end: end, isDash: isDash, isIndentless: false)
        }
        if let key = pendingKey, let mapping = open.last {
            pendingKey = nil
            if indent > mapping.indent {
                return openBlock(at: first, line: number, lineStart: start, end: end, isDash: isDash, isIndentless: false)
            }
            if indent == mapping.indent, isDash {
                return openBlock(at: first, line: number, lineStart: start, end: end, isDash: true, isIndentless: true)
            }
            emitEmptyScalar(at: key)
        }
        while let last = open.last, last.indent > indent || (last.isIndentless && last.indent == indent && !isDash) { close() }
        guard let last = open.last, last.indent == indent, last.isMapping != isDash else { return false }
        return isDash ? item(at: first, line: number, lineStart: start, end: end) : pair(at: first, line: number, lineStart: start, end: end)
    }

    /// A block list or mapping that starts on this line.
    private mutating func openBlock(at first: Int, line number: Int, lineStart start: Int, end: Int, isDash: Bool, isIndentless: Bool) -> Bool {
        let column = first - start
        if isDash {
            guard push(Collection(isMapping: false, indent: column, isIndentless: isIndentless)) else { return false }
            events.append(.sequenceStart(line: number, column: column + 1, tag: nil))
            return item(at: first, line: number, lineStart: start, end: end)
        }
        guard push(Collection(isMapping: true, indent: column, isIndentless: false)) else { return false }
        events.append(.mappingStart(line: number, column: column + 1, tag: nil))
        return pair(at: first, line: number, lineStart: start, end: end)
    }

    private mutating func push(_ collection: Collection) -> Bool {
        guard open.count < YAMLGuard.maximumDepth else { return false }
        open.append(collection)
        return true
    }

    private mutating func close() {
        guard let last = open.popLast() else { return }
        events.append(last.isMapping ? .mappingEnd : .sequenceEnd)
    }

    /// `- ` and what follows it on the line: a `key: value` opening a mapping, or a value.
    private mutating func item(at dash: Int, line number: Int, lineStart start: Int, end: Int) -> Bool {
        var first = dash + 1
        while first < end, bytes[first] == YAMLFastScalars.space { first += 1 }
        // A bare `-` (an empty item) and `- - x` are left to libyaml.
        guard first < end, bytes[first] != YAMLFastScalars.hash, !isDash(at: first, end) else { return false }
        if let key = key(at: first, end) {
            guard push(Collection(isMapping: true, indent: first - start, isIndentless: false)) else { return false }
            events.append(.mappingStart(line: number, column: first - start + 1, tag: nil))
            return pair(key, at: first, line: number, lineStart: start, end: end)
        }
        return value(at: first, line: number, lineStart: start, end: end)
    }

    /// `key: value`, `key:` with its value on later lines, or a line this scanner leaves.
    private mutating func pair(
        _ known: (text: String, style: YAMLScalar.Style, colon: Int)? = nil, at first: Int, line number: Int, lineStart start: Int, end: Int
    ) -> Bool {
        // libyaml takes a key of at most 1,024 characters.
        guard let key = known ?? self.key(at: first, end), key.colon - first < 1000 else { return false }
        emitScalar(key.text, style: key.style, at: first, line: number, lineStart: start)
        var after = key.colon + 1
        while after < end, bytes[after] == YAMLFastScalars.space { after += 1 }
        if after == end || bytes[after] == YAMLFastScalars.hash {
            pendingKey = (number, column(of: key.colon, lineStart: start) + 1)
            return true
        }
        return value(at: after, line: number, lineStart: start, end: end)
    }

    /// A key that starts at `first`: its text, style and the offset of its `:`.
    private func key(at first: Int, _ end: Int) -> (text: String, style: YAMLScalar.Style, colon: Int)? {
        let byte = bytes[first]
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
            guard let quoted = YAMLFastScalars.quoted(bytes, from: first, to: end) else { return nil }
            var colon = quoted.end
            while colon < end, bytes[colon] == YAMLFastScalars.space { colon += 1 }
            guard colon < end, bytes[colon] == YAMLFastScalars.colon, colon + 1 == end || bytes[colon + 1] == YAMLFastScalars.space
            else { return nil }
            return (quoted.text, byte == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted, colon)
        }
        guard YAMLFastScalars.startsPlain(bytes, at: first, lineEnd: end) else { return nil }
        let plain = YAMLFastScalars.plain(bytes, from: first, to: end)
        guard plain.isKey else { return nil }
        return (YAMLFastScalars.string(bytes, first, plain.end), .plain, plain.stop)
    }

    /// A value that starts on its key's or dash's line, and nothing after it but a comment.
    private mutating func value(at first: Int, line number: Int, lineStart start: Int, end: Int) -> Bool {
        switch bytes[first] {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            guard let quoted = YAMLFastScalars.quoted(bytes, from: first, to: end), isLineRest(from: quoted.end, end) else { return false }
            emitScalar(quoted.text, style: bytes[first] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted, at: first, line: number, lineStart: start)
            return true
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            guard let indent = open.last?.indent,
                let block = YAMLFastBlockScalar(bytes, indicator: first, lineEnd: end, line: number, parentIndent: indent)
            else { return false }
            emitScalar(block.text, style: bytes[first] == UInt8(ascii: "|") ? .literal : .folded, at: first, line: number, lineStart: start)
            (lineStart, line) = (block.nextLineStart, block.nextLine)
            return true
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let flow = YAMLFastFlow(bytes: bytes, lineStart: start, line: number)
            guard open.count < YAMLGuard.maximumDepth, let after = flow.read(at: first, end: end, into: &events),
                isLineRest(from: after, end)
            else { return false }
            return true
        default:
            guard YAMLFastScalars.startsPlain(bytes, at: first, lineEnd: end) else { return false }
            let plain = YAMLFastScalars.plain(bytes, from: first, to: end)
            guard !plain.isKey else { return false }
            emitScalar(YAMLFastScalars.string(bytes, first, plain.end), style: .plain, at: first, line: number, lineStart: start)
            return true
        }
    }

    /// Whether only spaces, then a comment or the line's end, follow `index`.
    private func isLineRest(from index: Int, _ end: Int) -> Bool {
        var index = index
        while index < end, bytes[index] == YAMLFastScalars.space { index += 1 }
        return index == end || (bytes[index] == YAMLFastScalars.hash && bytes[index - 1] == YAMLFastScalars.space)
    }

    private func isDash(at index: Int, _ end: Int) -> Bool {
        bytes[index] == UInt8(ascii: "-") && (index + 1 == end || bytes[index + 1] == YAMLFastScalars.space)
    }

    /// `---`, `...` (documents) at a line's start are left to libyaml, as is `%` (directives).
    private func isDocumentMarker(at first: Int, _ end: Int) -> Bool {
        guard end - first >= 3 else { return false }
        let byte = bytes[first]
        return (byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")) && bytes[first + 1] == byte && bytes[first + 2] == byte
    }

    /// libyaml's column: Unicode scalars from the line's start, 1-based.
    private func column(of index: Int, lineStart start: Int) -> Int {
        var column = 1
        for offset in start..<index where bytes[offset] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    private mutating func emitScalar(_ text: String, style: YAMLScalar.Style, at first: Int, line number: Int, lineStart start: Int) {
        let column = column(of: first, lineStart: start)
        switch style {
        case .plain, .singleQuoted, .doubleQuoted:
            let textStart = style == .plain ? first : first + 1
            events.append(.scalar(YAMLFastScalars.inlineScalar(text, style: style, line: number, column: column, textStart: textStart, in: bytes)))
        case .literal, .folded:
            events.append(.scalar(positions.scalar(text, style: style, tag: nil, line: number, column: column)))
        }
    }

    private mutating func emitEmptyScalar(at mark: (line: Int, column: Int)) {
        events.append(.scalar(positions.scalar("", style: .plain, tag: nil, line: mark.line, column: mark.column)))
    }
}
