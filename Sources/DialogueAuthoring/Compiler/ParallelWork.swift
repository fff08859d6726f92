import Dispatch
import FoundationEssentials
import Synchronization

/// Independent pieces of a load shared by this thread and one helper thread.
///
/// The compiler stays a function of its sources: every piece is pure, and the results come back
/// in the pieces' order, so what is found and built is the same with the helper as without.
/// A large generated graph spends half of its load reading files that do not depend on each
/// other.
///
/// The helper takes the largest pieces and this thread the smallest, so that who reads what
/// does not change from one load to the next: each thread allocates from its own heap (glibc's
/// arenas), and what one heap frees only that heap reuses. A large file's documents live until
/// the checks end; the smaller files' variables are dropped before the nodes are compiled, and
/// the compiled nodes take their place in this thread's heap, as they do in a load on one thread.
enum ParallelWork {
    /// Whether a helper thread can run beside this one.
    static var hasSecondCore: Bool { ProcessInfo.processInfo.activeProcessorCount > 1 }

    /// `work(index)` for every index below `count`, each exactly once, with the results in
    /// index order. Pieces are taken by `cost`: the helper from the largest down, this thread
    /// from the smallest up, until they meet. Without `helper`, all run here in index order.
    static func map<Result: Sendable>(
        count: Int, helper: Bool = hasSecondCore, cost: (Int) -> Int, _ work: @escaping @Sendable (Int) -> Result
    ) -> [Result] {
        guard helper, count > 1 else { return (0..<count).map(work) }
        let order = (0..<count).map { (index: $0, cost: cost($0)) }.sorted { $0.cost > $1.cost }.map(\.index)
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let shared = SharedWork(work: work, order: order, slots: buffer)
            let helperDone = DispatchGroup()
            DispatchQueue.global().async(group: helperDone) {
                while shared.doLargestLeft() {}
            }
            while shared.doSmallestLeft() {}
            helperDone.wait()
            initialized = count
        }
    }
}

/// What the two threads of one `map` share: the pieces left, and the result slots.
///
/// `@unchecked` for the slots, the array's storage while it is made: each is initialized
/// exactly once, by the one thread that took its position from `left` under its lock, and
/// `map` waits for the helper before the array is used.
private final class SharedWork<Result>: @unchecked Sendable {
    private let work: @Sendable (Int) -> Result
    private let order: [Int]
    private let slots: UnsafeMutableBufferPointer<Result>
    /// Positions in `order` not yet taken: the helper takes from the front, this thread from the back.
    private let left: Mutex<Range<Int>>

    init(work: @escaping @Sendable (Int) -> Result, order: [Int], slots: UnsafeMutableBufferPointer<Result>) {
        self.work = work
        self.order = order
        self.slots = slots
        left = Mutex(order.indices)
    }

    /// Does the largest piece left; false when none is.
    func doLargestLeft() -> Bool {
        guard let position = left.withLock({ $0.popFirst() }) else { return false }
        fill(order[position])
        return true
    }

    /// Does the smallest piece left; false when none is.
    func doSmallestLeft() -> Bool {
        guard let position = left.withLock({ $0.popLast() }) else { return false }
        fill(order[position])
        return true
    }

    private func fill(_ index: Int) {
        (slots.baseAddress.map { $0 + index })?.initialize(to: work(index))
    }
}
