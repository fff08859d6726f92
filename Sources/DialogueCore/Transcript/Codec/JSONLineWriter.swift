/// Writes one JSON line byte for byte as Foundation's `JSONEncoder` writes it with
/// `[.sortedKeys, .withoutEscapingSlashes]`: no white space; in strings `"` and `\` escaped,
/// `\b \f \n \r \t` for those controls, `\u00xx` (lower-case hex) for the other controls below
/// U+0020, everything else (`/`, DEL, all non-ASCII) as its UTF-8 bytes. Keys are written in
/// the order the caller gives: callers list them sorted by their UTF-8 bytes, as the encoder sorts.
struct JSONLineWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// Structure and keys known to need no escaping, such as `{"said":{"node":`.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func byte(_ ascii: Unicode.Scalar) {
        bytes.append(UInt8(ascii: ascii))
    }

    mutating func integer(_ value: Int) {
        var text = String(value)
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) {
        value ? raw("true") : raw("false")
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = value
        text.withUTF8 { utf8 in
            var runStart = 0
            for (index, unit) in utf8.enumerated() where unit < 0x20 || unit == UInt8(ascii: "\"") || unit == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(for: unit)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(for unit: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch unit {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(unit)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            raw("u00")
            bytes.append(hexDigit(unit >> 4))
            bytes.append(hexDigit(unit & 0xF))
        }
    }

    private func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// `[…]`, each element written by `element`.
    mutating func array<Element>(_ elements: [Element], _ element: (inout JSONLineWriter, Element) -> Void) {
        byte("[")
        for (index, item) in elements.enumerated() {
            if index > 0 { byte(",") }
            element(&self, item)
        }
        byte("]")
    }

    mutating func strings(_ values: [String]) {
        array(values) { writer, value in writer.string(value) }
    }
}
