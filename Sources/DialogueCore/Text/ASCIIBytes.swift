/// The bytes names and whole numbers are written with, told without `Character`s: every such
/// character is one byte, and no byte of any other character is one of them. Shared by the
/// readers of conditions, templates and declarations.
package enum ASCIIBytes {
    @inlinable package static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    @inlinable package static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A letter, a digit or `_`: what a name is made of after its first byte.
    @inlinable package static func isNameByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || isLetter(byte) || isDigit(byte)
    }

    /// `number` followed by the decimal digit `digit`; `nil` past `Int.max`, as `Int(_:)` would.
    @inlinable package static func appending(digit: UInt8, to number: Int) -> Int? {
        let (shifted, overflowedShift) = number.multipliedReportingOverflow(by: 10)
        let (sum, overflowedSum) = shifted.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
        return overflowedShift || overflowedSum ? nil : sum
    }
}
