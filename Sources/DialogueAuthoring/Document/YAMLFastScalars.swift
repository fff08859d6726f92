/// The scalars `YAMLFastScanner` reads, decoded from the file's bytes as libyaml decodes them.
/// Each reader gives `nil` for anything it does not read exactly as libyaml would (a quoted
/// text over several lines, an escape libyaml refuses): the scanner then gives up.
enum YAMLFastScalars {
    static let space = UInt8(ascii: " ")
    static let newline = UInt8(ascii: "\n")
    static let colon = UInt8(ascii: ":")
    static let hash = UInt8(ascii: "#")

    /// Where a plain scalar that starts at `start` ends on its line (`end` its last byte plus
    /// one, trailing spaces left out), and whether a `: ` stopped it, making it a key.
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to lineEnd: Int) -> (end: Int, stop: Int, isKey: Bool) {
        var index = start
        var isKey = false
        while index < lineEnd {
            let byte = bytes[index]
            if byte == colon, index + 1 == lineEnd || bytes[index + 1] == space {
                isKey = true
                break
            }
            if byte == hash, index > start, bytes[index - 1] == space { break }
            index += 1
        }
        var end = index
        while end > start, bytes[end - 1] == space { end -= 1 }
        return (end, index, isKey)
    }

    /// Whether a plain scalar may start with this byte as far as this scanner is concerned:
    /// not an indicator, and not `-` before a space (`?` and `:` starts are left to libyaml).
    static func startsPlain(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineEnd: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "-"):
            return index + 1 < lineEnd && bytes[index + 1] != space
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
            UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
            UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// A single- or double-quoted scalar that opens at `start` and closes on the same line:
    /// its text, and the offset just past the closing quote.
    static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to lineEnd: Int) -> (text: String, end: Int)? {
        let quote = bytes[start]
        var index = start + 1
        var runStart = index
        // Only text with `''` or escapes is copied; the rest is decoded in place.
        var decoded: [UInt8]?
        while index < lineEnd {
            let byte = bytes[index]
            if byte == quote {
                if quote == UInt8(ascii: "'"), index + 1 < lineEnd, bytes[index + 1] == quote {
                    decoded = (decoded ?? []) + UnsafeBufferPointer(rebasing: bytes[runStart...index])
                    index += 2
                    runStart = index
                    continue
                }
                guard var text = decoded else { return (string(bytes, start + 1, index), index + 1) }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                return (String(decoding: text, as: UTF8.self), index + 1)
            }
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                var text = decoded ?? []
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                guard let after = escape(bytes, at: index + 1, to: lineEnd, into: &text) else { return nil }
                decoded = text
                index = after
                runStart = index
                continue
            }
            index += 1
        }
        return nil
    }

    private static let simpleEscapes: [UInt8: UInt32] = [
        UInt8(ascii: "0"): 0, UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "t"): 9, UInt8(ascii: "n"): 10,
        UInt8(ascii: "v"): 11, UInt8(ascii: "f"): 12, UInt8(ascii: "r"): 13, UInt8(ascii: "e"): 0x1B,
        UInt8(ascii: " "): 0x20, UInt8(ascii: "\""): 0x22, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "\\"): 0x5C,
        UInt8(ascii: "N"): 0x85, UInt8(ascii: "_"): 0xA0, UInt8(ascii: "L"): 0x2028, UInt8(ascii: "P"): 0x2029,
    ]

    /// Appends the character the escape after a `\` at `index` stands for; the offset after it.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to lineEnd: Int, into text: inout [UInt8]) -> Int? {
        // A `\` that ends the line joins it to the next: several lines, left to libyaml.
        guard index < lineEnd else { return nil }
        let letter = bytes[index]
        if let value = simpleEscapes[letter] {
            append(value, to: &text)
            return index + 1
        }
        let digits: Int
        switch letter {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: return nil
        }
        guard index + digits < lineEnd else { return nil }
        var value: UInt32 = 0
        for offset in 1...digits {
            guard let digit = hexValue(bytes[index + offset]) else { return nil }
            value = value << 4 | digit
        }
        guard value < 0xD800 || (value > 0xDFFF && value <= 0x10FFFF) else { return nil }
        append(value, to: &text)
        return index + digits + 1
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func append(_ value: UInt32, to text: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        text.append(contentsOf: String(Character(scalar)).utf8)
    }
}

extension YAMLFastScalars {
    /// The event of a one-line plain or quoted scalar whose text starts at byte `textStart`,
    /// with the content position `ScalarPositions` gives, found without looking for its line:
    /// plain text is the file's bytes as they stand; quoted text stands as written when the
    /// file's bytes after the opening quote start with it (`ScalarPositions.fitsOnItsLine`).
    static func inlineScalar(
        _ text: String, style: YAMLScalar.Style, line: Int, column: Int, textStart: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> YAMLScalarEvent {
        let isPlain = style == .plain
        let isMappable = isPlain || standsAsWritten(text, at: textStart, in: bytes)
        return YAMLScalarEvent(text: text, style: style, line: line, column: column, tag: nil,
                               contentLine: line, contentColumn: isPlain ? column : column + 1, isMappable: isMappable)
    }

    private static func standsAsWritten(_ text: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { textBytes in
            guard !textBytes.contains(newline), bytes.count - offset >= textBytes.count else { return false }
            for index in 0..<textBytes.count where textBytes[index] != bytes[offset + index] { return false }
            return true
        }
    }
}
