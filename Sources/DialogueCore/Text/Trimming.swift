/// Trimming as Foundation's `.whitespaces` and `.whitespacesAndNewlines` trim, on Unicode
/// scalars, without loading Foundation's international libraries for it.
extension StringProtocol {
    /// Without the spaces and tabs at either end (any Unicode space separator counts).
    public func trimmingWhitespace() -> String {
        trimmingScalars(where: Self.isWhitespace)
    }

    /// Without the spaces, tabs and line ends at either end.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimmingScalars { Self.isWhitespace($0) || Self.isNewline($0) }
    }

    private func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        // Most texts have nothing to trim: no copy then. Otherwise one copy of the bytes kept.
        let last = scalars.lastIndex(where: { !isTrimmed($0) }) ?? first
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        // Foundation still counts the zero-width space, a space separator in older Unicode.
        scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
