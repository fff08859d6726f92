import Dispatch
import FoundationEssentials

/// Independent pieces of a load shared by this thread and one helper thread.
///
/// The compiler stays a function of its sources: every piece is pure, and the results come back
/// in the pieces' order, so what is found and built is the same with the helper as without.
/// A large generated graph spends half of its load reading files that do not depend on each
/// other.
///
/// This thread takes the pieces from the first, the helper from the last, until they meet, so
/// that who reads what follows the files' order. That matters for memory: each thread
/// allocates from its own heap (glibc's arenas), and what one heap frees only that heap reuses.
/// The variables' documents are dropped before the nodes are compiled, and the compiled nodes
/// take their place in this thread's heap, if this thread read them: dialogues declare their
/// variables in their first files, as the shipped ones and the benchmarks' graphs do. The nodes'
/// documents live until the checks end, so which heap holds them does not raise the peak.
enum ParallelWork {
    /// Whether a helper thread can run beside this one.
    static var hasSecondCore: Bool { ProcessInfo.processInfo.activeProcessorCount > 1 }

    /// `work(index)` for every index below `count`, each exactly once, with the results in
    /// index order: this thread from the first index up, the helper from the last down, until
    /// they meet. Without `helper`, all run here in index order.
    static func map<Result: Sendable>(
        count: Int, helper: Bool = hasSecondCore, _ work: @escaping @Sendable (Int) -> Result
    ) -> [Result] {
        guard helper, count > 1 else { return (0..<count).map(work) }
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let shared = SharedWork(work: work, count: count, slots: buffer)
            let helperDone = DispatchGroup()
            DispatchQueue.global().async(group: helperDone) {
                while shared.doLastLeft() {}
            }
            while shared.doFirstLeft() {}
            helperDone.wait()
            initialized = count
        }
    }
}

/// What the two threads of one `map` share: the pieces left, and the result slots.
///
/// `@unchecked` for the slots, the array's storage while it is made: each is initialized
/// exactly once, by the one thread that took its index from `left`, and `map` waits for the
/// helper before the array is used.
private final class SharedWork<Result>: @unchecked Sendable {
    private let work: @Sendable (Int) -> Result
    private let slots: UnsafeMutableBufferPointer<Result>
    private let left: TwoEndedRange

    init(work: @escaping @Sendable (Int) -> Result, count: Int, slots: UnsafeMutableBufferPointer<Result>) {
        self.work = work
        self.slots = slots
        left = TwoEndedRange(count: count)
    }

    /// Does the first piece left; false when none is.
    func doFirstLeft() -> Bool {
        guard let index = left.takeFirst() else { return false }
        fill(index)
        return true
    }

    /// Does the last piece left; false when none is.
    func doLastLeft() -> Bool {
        guard let index = left.takeLast() else { return false }
        fill(index)
        return true
    }

    private func fill(_ index: Int) {
        (slots.baseAddress.map { $0 + index })?.initialize(to: work(index))
    }
}
