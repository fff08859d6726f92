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
            let variables = Array("variables".utf8)
            let derived = Array("derived".utf8)
            for index in bytes.indices {
                switch bytes[index] {
                case UInt8(ascii: "\\"): return true
                case UInt8(ascii: "v") where starts(bytes, at: index, with: variables): return true
                case UInt8(ascii: "d") where starts(bytes, at: index, with: derived): return true
                default: continue
                }
            }
            return false
        }
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with word: [UInt8]) -> Bool {
        guard bytes.count - index >= word.count else { return false }
        for offset in 1..<word.count where bytes[index + offset] != word[offset] { return false }
        return true
    }
}
