import DialogueCore

/// A fingerprint of the dialogue files' text (FNV-1a, 64 bits): it tells a transcript whether
/// the dialogues changed since it was recorded. Not a security measure.
enum SourceHash {
    static func of(_ sources: [DialogueSource]) -> String {
        var hash = Fingerprint()
        func mix(_ text: String) {
            var text = text
            // Over the contiguous bytes: iterating the string's UTF-8 view cost more per byte.
            text.withUTF8 { hash.add(bytes: $0) }
            hash.add(0)  // a 0 byte after each text
        }
        for source in sources.sorted(by: { name(of: $0.path) < name(of: $1.path) }) {
            mix(name(of: source.path))
            mix(source.text)
        }
        let hex = String(UInt64(bitPattern: Int64(hash.value)), radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Only the file's name counts: the same dialogues checked out elsewhere hash the same.
    private static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
