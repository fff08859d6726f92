/// The numbers that place a scalar in its file: where it starts, where its content starts (past
/// a quote, or on the line after a `|`/`>` indicator), and whether a position inside its text
/// maps back to the file.
struct ScalarPlace: Hashable, Sendable {
    var line: Int32
    var column: Int32
    var contentLine: Int32
    var contentColumn: Int32
    var isMappable: Bool
}

/// A `ScalarPlace` in one 64-bit word, for the places nearly every scalar of a dialogue file has:
/// a line below 4,194,304, a column below 1,048,576, content on the same line or up to 510 lines
/// below (or at line 0, for a text put in for a missing one), at a column below 4,096.
///
/// Bits 0–21 hold the line, 22–41 the column, 42–50 the content line (0 for line 0, otherwise
/// one more than its distance below the line), 51–62 the content column, and bit 63 is set when
/// the text is not mappable.
struct PackedPlace: Hashable, Sendable {
    private let bits: UInt64

    private static let lineBits: UInt64 = 22
    private static let columnBits: UInt64 = 20
    private static let contentLineBits: UInt64 = 9
    private static let contentColumnBits: UInt64 = 12

    /// Stands in a `SourceText` whose place is kept elsewhere.
    static let unused = PackedPlace(bits: 0)

    private init(bits: UInt64) {
        self.bits = bits
    }

    /// The place packed, or `nil` if one of its numbers does not fit.
    init?(_ place: ScalarPlace) {
        let below = Int(place.contentLine) - Int(place.line)
        let contentLine = place.contentLine == 0 ? 0 : below + 1
        guard Self.fits(Int(place.line), Self.lineBits), Self.fits(Int(place.column), Self.columnBits),
            place.contentLine == 0 || below >= 0, Self.fits(contentLine, Self.contentLineBits),
            Self.fits(Int(place.contentColumn), Self.contentColumnBits)
        else { return nil }
        var bits = UInt64(place.line)
        bits |= UInt64(place.column) << Self.lineBits
        bits |= UInt64(contentLine) << (Self.lineBits + Self.columnBits)
        bits |= UInt64(place.contentColumn) << (Self.lineBits + Self.columnBits + Self.contentLineBits)
        if !place.isMappable { bits |= 1 << 63 }
        self.bits = bits
    }

    var place: ScalarPlace {
        let line = Int32(truncatingIfNeeded: field(0, Self.lineBits))
        let contentLine = field(Self.lineBits + Self.columnBits, Self.contentLineBits)
        return ScalarPlace(
            line: line,
            column: Int32(truncatingIfNeeded: field(Self.lineBits, Self.columnBits)),
            contentLine: contentLine == 0 ? 0 : line + Int32(truncatingIfNeeded: contentLine) - 1,
            contentColumn: Int32(truncatingIfNeeded: field(Self.lineBits + Self.columnBits + Self.contentLineBits, Self.contentColumnBits)),
            isMappable: bits >> 63 == 0)
    }

    private func field(_ shift: UInt64, _ width: UInt64) -> UInt64 {
        (bits >> shift) & ((1 << width) - 1)
    }

    private static func fits(_ number: Int, _ width: UInt64) -> Bool {
        number >= 0 && number < 1 << width
    }
}
