/// A fingerprint of the dialogue files' text (FNV-1a, 64 bits): it tells a transcript whether
/// the dialogues changed since it was recorded. Not a security measure.
enum SourceHash {
    static func of(_ sources: [DialogueSource]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            var text = text
            // Over the contiguous bytes: iterating the string's UTF-8 view cost more per byte.
            text.withUTF8 { bytes in
                for byte in bytes {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01b3
                }
            }
            hash = hash &* 0x0000_0100_0000_01b3  // a 0 byte after each text: xor with 0, then multiply
        }
        for source in sources.sorted(by: { name(of: $0.path) < name(of: $1.path) }) {
            mix(name(of: source.path))
            mix(source.text)
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Only the file's name counts: the same dialogues checked out elsewhere hash the same.
    private static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
