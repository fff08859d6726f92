extension JSONScanner {
    /// A JSON string, unescaped and checked to be UTF-8. A raw control character, invalid
    /// UTF-8 or a lone surrogate escape (`\ud800`) is left to Foundation.
    mutating func string() throws(NotDecided) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < end {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(validating: UnsafeBufferPointer(start: base + start, count: position - start), as: UTF8.self)
                position += 1
                guard let text else { throw NotDecided() }
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            guard byte >= 0x20 else { throw NotDecided() }
            position += 1
        }
        throw NotDecided()
    }

    /// The rest of a string that has escapes, from `start` (just after its opening quote);
    /// `position` stands on the first backslash.
    private mutating func escapedString(from start: Int) throws(NotDecided) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: position - start))
        while position < end {
            let byte = base[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: scratch, as: UTF8.self) else { throw NotDecided() }
                return text
            case UInt8(ascii: "\\"):
                try unescape()
            default:
                guard byte >= 0x20 else { throw NotDecided() }
                scratch.append(byte)
            }
        }
        throw NotDecided()
    }

    /// One escape, after its backslash, appended to `scratch` as UTF-8.
    private mutating func unescape() throws(NotDecided) {
        guard position < end else { throw NotDecided() }
        let letter = base[position]
        position += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(letter)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            var value = UInt32(unit)
            if (0xD800..<0xDC00).contains(unit) {
                // A high surrogate counts only with the low one that must follow it.
                guard end - position >= 2, base[position] == UInt8(ascii: "\\"), base[position + 1] == UInt8(ascii: "u") else {
                    throw NotDecided()
                }
                position += 2
                let low = try hexUnit()
                guard (0xDC00..<0xE000).contains(low) else { throw NotDecided() }
                value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00..<0xE000).contains(unit) {
                throw NotDecided()
            }
            guard let scalar = Unicode.Scalar(value) else { throw NotDecided() }
            scratch.append(contentsOf: scalar.utf8)
        default:
            throw NotDecided()
        }
    }

    /// Four hex digits after `\u`.
    private mutating func hexUnit() throws(NotDecided) -> UInt16 {
        guard end - position >= 4 else { throw NotDecided() }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = base[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw NotDecided()
            }
            unit = unit << 4 | UInt16(digit)
            position += 1
        }
        return unit
    }
}
