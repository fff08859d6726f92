/// A flow collection on one line as `YAMLFastScanner` reads it: `[a, 'b', "c d"]` and
/// `{key: value, 'k': "v"}` of plain or quoted scalars. Nested flows, keys without values,
/// empty entries, trailing commas, flows over several lines and plain scalars holding flow
/// indicators or `#` are left to libyaml (`nil`).
struct YAMLFastFlow {
    let bytes: UnsafeBufferPointer<UInt8>
    let lineStart: Int
    let line: Int

    private typealias Item = (text: String, style: YAMLScalar.Style, end: Int)

    /// Appends the flow's events; the offset just past its closing bracket.
    func read(at open: Int, end: Int, into events: inout [YAMLEvent]) -> Int? {
        let isMapping = bytes[open] == UInt8(ascii: "{")
        let closing = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let column = self.column(of: open)
        events.append(isMapping ? .mappingStart(line: line, column: column, tag: nil) : .sequenceStart(line: line, column: column, tag: nil))
        var index = skipSpaces(from: open + 1, end)
        guard index < end else { return nil }
        if bytes[index] == closing {
            events.append(isMapping ? .mappingEnd : .sequenceEnd)
            return index + 1
        }
        while index < end {
            if isMapping {
                guard let key = item(at: index, end, closing: closing, isKey: true), key.end < end,
                    bytes[key.end] == YAMLFastScalars.colon
                else { return nil }
                append(key, at: index, to: &events)
                index = skipSpaces(from: key.end + 1, end)
                guard index < end else { return nil }
            }
            guard let value = item(at: index, end, closing: closing, isKey: false) else { return nil }
            append(value, at: index, to: &events)
            index = skipSpaces(from: value.end, end)
            guard index < end else { return nil }
            if bytes[index] == closing {
                events.append(isMapping ? .mappingEnd : .sequenceEnd)
                return index + 1
            }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipSpaces(from: index + 1, end)
        }
        return nil
    }

    private func append(_ item: Item, at first: Int, to events: inout [YAMLEvent]) {
        let textStart = item.style == .plain ? first : first + 1
        events.append(.scalar(YAMLFastScalars.inlineScalar(item.text, style: item.style, line: line, column: column(of: first), textStart: textStart, in: bytes)))
    }

    /// A scalar entry; for a key, `end` is its `:`, which must be followed by a space.
    private func item(at first: Int, _ end: Int, closing: UInt8, isKey: Bool) -> Item? {
        let byte = bytes[first]
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
            guard let quoted = YAMLFastScalars.quoted(bytes, from: first, to: end) else { return nil }
            let after = isKey ? skipSpaces(from: quoted.end, end) : quoted.end
            guard !isKey || isValueIndicator(at: after, end) else { return nil }
            return (quoted.text, byte == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted, after)
        }
        guard byte != UInt8(ascii: "-"), YAMLFastScalars.startsPlain(bytes, at: first, lineEnd: end) else { return nil }
        var index = first
        while index < end {
            let byte = bytes[index]
            if byte == closing || byte == UInt8(ascii: ",") || byte == YAMLFastScalars.colon {
                guard isKey == (byte == YAMLFastScalars.colon), !isKey || isValueIndicator(at: index, end) else { return nil }
                var textEnd = index
                while bytes[textEnd - 1] == YAMLFastScalars.space { textEnd -= 1 }
                return (YAMLFastScalars.string(bytes, first, textEnd), .plain, isKey ? index : textEnd)
            }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), YAMLFastScalars.hash: return nil
            default: index += 1
            }
        }
        return nil
    }

    private func isValueIndicator(at index: Int, _ end: Int) -> Bool {
        index + 1 < end && bytes[index] == YAMLFastScalars.colon && bytes[index + 1] == YAMLFastScalars.space
    }

    private func skipSpaces(from index: Int, _ end: Int) -> Int {
        var index = index
        while index < end, bytes[index] == YAMLFastScalars.space { index += 1 }
        return index
    }

    private func column(of index: Int) -> Int {
        var column = 1
        for offset in lineStart..<index where bytes[offset] & 0xC0 != 0x80 { column += 1 }
        return column
    }
}
