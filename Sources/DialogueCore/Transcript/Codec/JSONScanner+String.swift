extension JSONScanner {
    /// A JSON string, unescaped and checked to be UTF-8. A raw control character, invalid
    /// UTF-8 or a lone surrogate escape (`\ud800`) is left to Foundation.
    mutating func string() throws(NotDecided) -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        let union = skipPlainBytes()
        guard position < end else { throw NotDecided() }
        switch base[position] {
        case UInt8(ascii: "\""):
            let bytes = UnsafeBufferPointer(start: base + start, count: position - start)
            position += 1
            return try Self.text(bytes, isASCII: union < 0x80)
        case UInt8(ascii: "\\"):
            return try escapedString(from: start)
        default:
            throw NotDecided()
        }
    }

    /// A string of content (a text, a name): as `string()` when the scanner keeps text;
    /// otherwise checked exactly as strictly and given as `""`, without making a string.
    mutating func text() throws(NotDecided) -> String {
        if keepsText { return try string() }
        try expect(UInt8(ascii: "\""))
        let start = position
        let union = skipPlainBytes()
        guard position < end else { throw NotDecided() }
        switch base[position] {
        case UInt8(ascii: "\""):
            if union >= 0x80 { _ = try Self.text(UnsafeBufferPointer(start: base + start, count: position - start), isASCII: false) }
            position += 1
            return ""
        case UInt8(ascii: "\\"):
            _ = try escapedString(from: start)
            return ""
        default:
            throw NotDecided()
        }
    }

    mutating func optionalText() throws(NotDecided) -> String? {
        try takeNull() ? nil : text()
    }

    /// Moves over the bytes of a string that need no attention (not `"`, `\`, nor a control
    /// character), eight at a time, and returns them OR-ed together: the high bit says whether
    /// any of them was not ASCII.
    private mutating func skipPlainBytes() -> UInt8 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var union: UInt64 = 0
        let raw = UnsafeRawPointer(base)
        while end - position >= 8 {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            // A high bit set where a byte of `quotes` or `backslashes` is zero, or a byte of
            // `word` is below 0x20 (the classic "has zero byte" and "has less than" tricks).
            // They may also flag a byte above a flagged one, never below: the lowest is real.
            let special = ((quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes | (word &- ones &* 0x20) & ~word) & highBits
            if special != 0 {
                let plain = special.trailingZeroBitCount / 8
                union |= word & ((1 &<< UInt64(plain * 8)) &- 1)
                position += plain
                return union & highBits == 0 ? 0 : 0x80
            }
            union |= word
            position += 8
        }
        var tail: UInt8 = union & highBits == 0 ? 0 : 0x80
        while position < end {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            tail |= byte
            position += 1
        }
        return tail
    }

    /// UTF-8 bytes as a string. Decoding repairs invalid UTF-8 (with U+FFFD, which changes the
    /// bytes) where Foundation refuses the line: only a string that decodes to its own bytes is
    /// taken. (`String(validating:)` would say the same at ten times the cost.)
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) throws(NotDecided) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        guard isASCII || text.withUTF8({ $0.elementsEqual(bytes) }) else {
            throw NotDecided()
        }
        return text
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
                return try scratch.withUnsafeBufferPointer { bytes throws(NotDecided) in try Self.text(bytes, isASCII: false) }
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
