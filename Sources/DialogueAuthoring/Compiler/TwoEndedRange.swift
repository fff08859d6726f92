import Synchronization

/// The indices not yet taken, `0..<count` at first, taken from either end by two threads, each
/// index by exactly one of them.
///
/// Both ends are one atomic word, changed by compare-and-exchange: an atomic operation is
/// compiled into this module, where ThreadSanitizer sees it, while the stdlib's `Mutex` waits
/// on a futex it does not see (it reported the accesses under that lock as races).
final class TwoEndedRange: Sendable {
    /// The first index left in the high 32 bits, one past the last in the low 32.
    private let ends: Atomic<UInt64>

    /// - Parameter count: at most `UInt32.max`: a load shares out its files and one more piece.
    init(count: Int) {
        precondition((0...Int(UInt32.max)).contains(count), "TwoEndedRange: \(count) indices do not fit in 32 bits")
        ends = Atomic(UInt64(count))
    }

    /// The first index left, or nil when none is.
    func takeFirst() -> Int? {
        take { first, end in first < end ? (first, first + 1, end) : nil }
    }

    /// The last index left, or nil when none is.
    func takeLast() -> Int? {
        take { first, end in first < end ? (end - 1, first, end - 1) : nil }
    }

    /// `choose` gives the index taken and the ends left, or nil when none is left.
    private func take(_ choose: (UInt64, UInt64) -> (taken: UInt64, first: UInt64, end: UInt64)?) -> Int? {
        var current = ends.load(ordering: .acquiring)
        while let choice = choose(current >> 32, current & 0xFFFF_FFFF) {
            let (exchanged, seen) = ends.compareExchange(
                expected: current, desired: choice.first << 32 | choice.end, ordering: .acquiringAndReleasing)
            if exchanged { return Int(choice.taken) }
            current = seen
        }
        return nil
    }
}
