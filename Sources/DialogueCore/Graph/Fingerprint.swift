/// Numbers mixed into one (FNV-1a over words), for `RunElement.fingerprint` and the compiler's
/// tables of what it compiled before: cheaper than `Hasher`, and enough to find candidates that
/// are then compared in full. Equal inputs give equal fingerprints within one process and across
/// processes (no random seed), unequal ones seldom do.
package struct Fingerprint {
    /// The words mixed so far.
    package private(set) var value: Int

    /// A fingerprint of `first` alone.
    package init(_ first: Int) {
        value = -3_750_763_034_362_895_579  // FNV-1a's offset basis, as a signed word
        add(first)
    }

    /// Mixes in one more word.
    package mutating func add(_ word: Int) {
        value = (value ^ word) &* 1_099_511_628_211
    }

    /// Mixes in a text's length and every byte of it: the texts fingerprinted are names, keys
    /// and short values, which often differ only at their end (`week_1`, `week_2`).
    package mutating func add(_ text: String) {
        add(text.utf8.count)
        for byte in text.utf8 { add(Int(byte)) }
    }
}
