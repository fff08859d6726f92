/// Numbers and bytes mixed into one word by FNV-1a (64 bits), for `RunElement.fingerprint`, the
/// compiler's tables of what it compiled before, and the dialogues' source hash: cheaper than
/// `Hasher`, and enough to find candidates that are then compared in full. Equal inputs give
/// equal fingerprints within one process and across processes (no random seed), unequal ones
/// seldom do.
package struct Fingerprint {
    /// The words mixed so far.
    package private(set) var value: Int = -3_750_763_034_362_895_579  // FNV-1a's offset basis, as a signed word

    /// Nothing mixed yet.
    package init() {}

    /// A fingerprint of `first` alone.
    package init(_ first: Int) {
        add(first)
    }

    /// Mixes in one more word (a byte, for FNV-1a over bytes).
    package mutating func add(_ word: Int) {
        value = (value ^ word) &* 1_099_511_628_211
    }

    /// Mixes in a text's length and every byte of it: the texts fingerprinted are names, keys
    /// and short values, which often differ only at their end (`week_1`, `week_2`).
    package mutating func add(_ text: String) {
        add(text.utf8.count)
        for byte in text.utf8 { add(Int(byte)) }
    }

    /// Mixes in every byte, one at a time: FNV-1a over bytes.
    package mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { add(Int(byte)) }
    }

    /// Mixes in a literal of the kinds branches and assignments compare (a choice key, a whole
    /// number, yes or no); false, mixing nothing, for another kind, which is not fingerprinted.
    package mutating func add(literal: Value) -> Bool {
        switch literal {
        case .choice(let key):
            add(1)
            add(key)
        case .integer(let number):
            add(2)
            add(number)
        case .bool(let flag):
            add(3)
            add(flag ? 1 : 0)
        case .text, .yearMonth, .date:
            return false
        }
        return true
    }
}
