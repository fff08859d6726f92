import Dispatch
import Synchronization

/// One piece of work started on the helper thread, for this thread to wait on when it needs
/// the result; or, without a helper, done here at once.
///
/// The work must be pure and read only values it was given, so that what it returns is the same
/// on either thread (see `ParallelWork`, which shares out many pieces the same way).
struct HelperTask<Result: Sendable>: ~Copyable {
    private let finished: DispatchGroup?
    private let outcome: Outcome<Result>

    /// - Parameter onHelper: whether to run `work` on the helper thread; `false` for a small
    ///   dialogue, or a machine of one core (`ParallelWork.hasSecondCore`).
    init(onHelper: Bool, _ work: @escaping @Sendable () -> Result) {
        guard onHelper else {
            finished = nil
            outcome = Outcome(work())
            return
        }
        let finished = DispatchGroup()
        let outcome = Outcome<Result>(nil)
        DispatchQueue.global().async(group: finished) { outcome.set(work()) }
        self.finished = finished
        self.outcome = outcome
    }

    /// The work's result, once it is done.
    consuming func wait() -> Result {
        finished?.wait()
        // The group is left only after `set`, so the value is there.
        return outcome.take()
    }
}

/// Where the helper leaves a result for the thread that waits on it.
private final class Outcome<Value: Sendable>: Sendable {
    private let value: Mutex<Value?>

    init(_ value: Value?) {
        self.value = Mutex(value)
    }

    func set(_ newValue: Value) {
        value.withLock { $0 = newValue }
    }

    func take() -> Value {
        guard let taken = value.withLock({ $0.take() }) else {
            preconditionFailure("HelperTask: the result was taken before it was set")
        }
        return taken
    }
}
