/// Whether a file's text may declare variables, told from its bytes without reading it as YAML.
///
/// A load reads the files that may declare first, so that every other file's nodes can be
/// compiled as soon as it is read. Only `variables:` and `derived:` declare, and YAML spells a
/// key as written unless a double-quoted scalar escapes its letters: a text with neither word
/// and no backslash surely declares nothing. Saying "may" of a file that does not only costs
/// memory: its node documents wait for the declarations.
enum DeclarationScan {
    static func mayDeclare(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let raw = UnsafeRawBufferPointer(bytes)
            var index = 0
            // Both words hold a `v`: eight bytes at a time are passed over while none is a `v`
            // or a backslash (most of a file of nodes).
            while index + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if holds(word, UInt8(ascii: "v")) || holds(word, UInt8(ascii: "\\")) {
                    for offset in index..<index + 8 where startsADeclaringWord(bytes, at: offset) { return true }
                }
                index += 8
            }
            return (index..<raw.count).contains { startsADeclaringWord(bytes, at: $0) }
        }
    }

    /// Whether the byte at `index` is a backslash, or the `v` of `variables` or of `derived`.
    private static func startsADeclaringWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "\\"): true
        case UInt8(ascii: "v"): matches(bytes, at: index, "variables") || matches(bytes, at: index - 4, "derived")
        default: false
        }
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ word: StaticString) -> Bool {
        guard start >= 0, bytes.count - start >= word.utf8CodeUnitCount else { return false }
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return letters.indices.allSatisfy { bytes[start + $0] == letters[$0] }
    }

    /// Whether any of the eight bytes of `word` is `byte` (the usual test for a zero byte).
    @inline(__always)
    private static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let masked = word ^ (ones &* UInt64(byte))
        return (masked &- ones) & ~masked & (ones << 7) != 0
    }
}
