import Dispatch
import Synchronization

/// One piece of work started on the helper thread, for this thread to wait on when it needs
/// the result; or, without a helper, done in this thread when the result is asked for, so that
/// a load on one thread does its work in the order it always has (and a result not needed is
/// never worked out).
///
/// The work must be pure and read only values it was given, so that what it returns is the same
/// on either thread (see `ParallelWork`, which shares out many pieces the same way).
struct HelperTask<Result: Sendable>: ~Copyable {
    private enum State {
        case started(DispatchGroup, Outcome<Result>)
        case deferred(@Sendable () -> Result)
    }

    private let state: State

    /// - Parameter onHelper: whether to start `work` on the helper thread now; `false` for a
    ///   small dialogue, or a machine of one core (`ParallelWork.hasSecondCore`).
    init(onHelper: Bool, _ work: @escaping @Sendable () -> Result) {
        guard onHelper else {
            state = .deferred(work)
            return
        }
        let finished = DispatchGroup()
        let outcome = Outcome<Result>()
        DispatchQueue.global().async(group: finished) { outcome.set(work()) }
        state = .started(finished, outcome)
    }

    /// The work's result, once it is done.
    consuming func wait() -> Result {
        switch state {
        case .deferred(let work):
            return work()
        case .started(let finished, let outcome):
            finished.wait()
            return outcome.take()
        }
    }

    /// Lets the result go: deferred work is never done; started work is waited for, so that
    /// nothing of it outlives the load.
    consuming func discard() {}

    /// Whichever way the task ends (`wait`, `discard`, or dropped), started work is over by then:
    /// none of it outlives the load. A group already waited for returns at once.
    deinit {
        if case .started(let finished, _) = state { finished.wait() }
    }
}

/// Where the helper leaves a result for the thread that waits on it.
private final class Outcome<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)

    func set(_ newValue: Value) {
        value.withLock { $0 = newValue }
    }

    func take() -> Value {
        // The group is left only after `set`, and `wait` returns only then.
        guard let taken = value.withLock({ $0.take() }) else {
            preconditionFailure("HelperTask: the result was taken before the work was done")
        }
        return taken
    }
}
