/// Thrown by the fast transcript reader when it will not decide a line itself. Foundation's
/// `JSONDecoder` then reads the line, so that anything unusual (and every damaged line) is
/// accepted or reported exactly as before: the fast path only ever takes what it is sure of.
struct NotDecided: Error {}

/// A cursor over the bytes of one JSON line: strict (RFC 8259), allocation-free except for the
/// strings it returns. Containers are walked by the caller, which knows the shape it expects:
///
/// ```
/// try scanner.beginObject()
/// if try !scanner.isEmptyObject() { repeat { let key = try scanner.key(); ... } while try scanner.hasMoreMembers() }
/// ```
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    var position = 0
    /// Nesting of the values being skipped; deeper than `maximumSkippedDepth` is left to Foundation.
    private var skipDepth = 0
    /// Reused for strings with escapes.
    var scratch: [UInt8] = []
    /// Whether content strings (`text()`) and arrays are kept. While it does not keep them the
    /// scanner checks exactly as strictly, for a caller that only needs to know that a value
    /// reads, and the values it returns hold `""` and `[]` in their place.
    var keepsText = true

    private static let maximumSkippedDepth = 32

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(NotDecided) {
        guard let base = bytes.baseAddress else { throw NotDecided() }
        self.base = base
        self.end = bytes.count
    }

    // MARK: Structure

    mutating func skipWhitespace() {
        while position < end {
            switch base[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// The next byte after white space, not consumed; 0 at the end (never valid there).
    mutating func peek() -> UInt8 {
        skipWhitespace()
        return position < end ? base[position] : 0
    }

    mutating func expect(_ byte: UInt8) throws(NotDecided) {
        guard peek() == byte else { throw NotDecided() }
        position += 1
    }

    /// Only white space is left after the value.
    mutating func finish() throws(NotDecided) {
        skipWhitespace()
        guard position == end else { throw NotDecided() }
    }

    mutating func beginObject() throws(NotDecided) { try expect(UInt8(ascii: "{")) }

    /// Consumes the closing brace of an object just begun, if it is there.
    mutating func isEmptyObject() -> Bool {
        guard peek() == UInt8(ascii: "}") else { return false }
        position += 1
        return true
    }

    /// A member's key and its colon. A key with escapes or beyond ASCII is left to Foundation
    /// (which checks its UTF-8 even when it ignores the key): no writer makes one.
    mutating func key() throws(NotDecided) -> JSONKey {
        try expect(UInt8(ascii: "\""))
        let start = position
        // Byte by byte: keys are a few bytes long, too short for `skipPlainBytes` to pay.
        while position < end {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                let key = JSONKey(base: base + start, count: position - start)
                position += 1
                try expect(UInt8(ascii: ":"))
                return key
            }
            guard byte != UInt8(ascii: "\\"), byte >= 0x20, byte < 0x80 else { throw NotDecided() }
            position += 1
        }
        throw NotDecided()
    }

    /// After a member: `true` past a comma, `false` past the closing brace.
    mutating func hasMoreMembers() throws(NotDecided) -> Bool {
        switch peek() {
        case UInt8(ascii: ","): position += 1; return true
        case UInt8(ascii: "}"): position += 1; return false
        default: throw NotDecided()
        }
    }

    mutating func beginArray() throws(NotDecided) { try expect(UInt8(ascii: "[")) }

    mutating func isEmptyArray() -> Bool {
        guard peek() == UInt8(ascii: "]") else { return false }
        position += 1
        return true
    }

    mutating func hasMoreElements() throws(NotDecided) -> Bool {
        switch peek() {
        case UInt8(ascii: ","): position += 1; return true
        case UInt8(ascii: "]"): position += 1; return false
        default: throw NotDecided()
        }
    }

    // MARK: Scalars

    /// Consumes `null` if it comes next: an optional field that is absent.
    mutating func takeNull() throws(NotDecided) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func bool() throws(NotDecided) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw NotDecided()
        }
    }

    private mutating func literal(_ word: StaticString) throws(NotDecided) {
        let count = word.utf8CodeUnitCount
        guard end - position >= count else { throw NotDecided() }
        for offset in 0..<count where base[position + offset] != word.utf8Start[offset] { throw NotDecided() }
        position += count
    }

    /// A whole number in plain form (`-12`, `0`). Fractions, exponents, `-0` and numbers beyond
    /// `Int` are left to Foundation, which has its own rules for them.
    mutating func integer() throws(NotDecided) -> Int {
        let negative = peek() == UInt8(ascii: "-")
        if negative { position += 1 }
        guard position < end, isDigit(base[position]) else { throw NotDecided() }
        if base[position] == UInt8(ascii: "0") {
            position += 1
            guard !negative, position == end || !isNumberContinuation(base[position]) else { throw NotDecided() }
            return 0
        }
        var value = 0
        while position < end, isDigit(base[position]) {
            let digit = Int(base[position] &- UInt8(ascii: "0"))
            let (times10, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { throw NotDecided() }
            value = sum
            position += 1
        }
        guard position == end || !isNumberContinuation(base[position]) else { throw NotDecided() }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private func isNumberContinuation(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    // MARK: Values of keys the reader does not know

    /// Passes over any JSON value, checking it: a newer writer's extra fields are ignored, as
    /// Foundation ignores them, but a line that is not JSON is never taken.
    mutating func skipValue() throws(NotDecided) {
        switch peek() {
        case UInt8(ascii: "\""): _ = try text()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "{"):
            try enterSkipped()
            try beginObject()
            if !isEmptyObject() {
                repeat {
                    _ = try key()
                    try skipValue()
                } while try hasMoreMembers()
            }
            skipDepth -= 1
        case UInt8(ascii: "["):
            try enterSkipped()
            try beginArray()
            if !isEmptyArray() {
                repeat { try skipValue() } while try hasMoreElements()
            }
            skipDepth -= 1
        default: try skipNumber()
        }
    }

    private mutating func enterSkipped() throws(NotDecided) {
        skipDepth += 1
        guard skipDepth <= Self.maximumSkippedDepth else { throw NotDecided() }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private mutating func skipNumber() throws(NotDecided) {
        if position < end, base[position] == UInt8(ascii: "-") { position += 1 }
        guard position < end, isDigit(base[position]) else { throw NotDecided() }
        if base[position] == UInt8(ascii: "0") { position += 1 } else { skipDigits() }
        if position < end, base[position] == UInt8(ascii: ".") {
            position += 1
            try skipOneOrMoreDigits()
        }
        if position < end, base[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < end, base[position] == UInt8(ascii: "+") || base[position] == UInt8(ascii: "-") { position += 1 }
            try skipOneOrMoreDigits()
        }
    }

    private mutating func skipDigits() {
        while position < end, isDigit(base[position]) { position += 1 }
    }

    private mutating func skipOneOrMoreDigits() throws(NotDecided) {
        guard position < end, isDigit(base[position]) else { throw NotDecided() }
        skipDigits()
    }
}

/// A member's key as it stands in the line, compared without making a `String`.
struct JSONKey {
    let base: UnsafePointer<UInt8>
    let count: Int

    static func == (key: JSONKey, name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        for offset in 0..<key.count where key.base[offset] != expected[offset] { return false }
        return true
    }
}
