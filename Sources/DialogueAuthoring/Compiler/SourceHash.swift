/// A fingerprint of the dialogue files' text (FNV-1a, 64 bits): it tells a transcript whether
/// the dialogues changed since it was recorded. Not a security measure.
enum SourceHash {
    static func of(_ sources: [DialogueSource]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        for source in sources.sorted(by: { name(of: $0.path) < name(of: $1.path) }) {
            mix(name(of: source.path).utf8)
            mix([0])
            mix(source.text.utf8)
            mix([0])
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Only the file's name counts: the same dialogues checked out elsewhere hash the same.
    private static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
