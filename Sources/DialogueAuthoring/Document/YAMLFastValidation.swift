/// The characters `YAMLFastScanner` reads as libyaml does: printable ones, spaces and `\n`.
/// A tab, a carriage return, a control character, a byte order mark, the line breaks libyaml
/// counts beyond `\n` (NEL, U+2028, U+2029) or a character libyaml refuses are left to it.
enum YAMLFastValidation {
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            // Printable ASCII, the case of nearly every byte, is one comparison.
            if byte &- 0x20 < 0x5F {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\n") {
                index += 1
                continue
            }
            guard byte >= 0x80, isPlainScalar(at: index, bytes) else { return false }
            index += 1
        }
        return true
    }

    /// For a byte over 0x7F: C1 controls and NEL (`C2 80`-`C2 9F`), U+2028 and U+2029
    /// (`E2 80 A8`/`A9`), the byte order mark (`EF BB BF`), U+FFFE and U+FFFF (`EF BF BE`/`BF`).
    /// The text came from a Swift string, so its UTF-8 is valid.
    private static func isPlainScalar(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[index]
        guard byte == 0xC2 || byte == 0xE2 || byte == 0xEF, index + 1 < bytes.count else { return true }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second >= 0xA0 }
        guard index + 2 < bytes.count else { return true }
        let third = bytes[index + 2]
        if byte == 0xE2 { return !(second == 0x80 && (third == 0xA8 || third == 0xA9)) }
        return !(second == 0xBB && third == 0xBF) && !(second == 0xBF && (third == 0xBE || third == 0xBF))
    }
}
