import CReadline
import FoundationEssentials
import Glibc
import Synchronization

/// Signals caught while the terminal is interactive, recorded for the line reader to act on.
///
/// A signal handler may only set a flag: readline's event hook and the session loop read them.
enum SignalFlags {
    static let interrupted = Atomic<Bool>(false)
    /// The number of SIGTERM or SIGHUP, 0 when none arrived.
    static let terminating = Atomic<Int32>(0)

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that only set the flags.
    /// - Parameter interruptStops: SIGINT stops the session (no terminal) instead of clearing the line.
    static func install(interruptStops: Bool = false) {
        // Touch the flags first: their lazy initialisation is not safe inside a handler.
        interrupted.store(false, ordering: .sequentiallyConsistent)
        terminating.store(0, ordering: .sequentiallyConsistent)
        if interruptStops {
            _ = pc_install_signal_handler(SIGINT) { signal in SignalFlags.terminating.store(signal, ordering: .relaxed) }
        } else {
            _ = pc_install_signal_handler(SIGINT) { _ in SignalFlags.interrupted.store(true, ordering: .relaxed) }
        }
        _ = pc_install_signal_handler(SIGTERM) { signal in SignalFlags.terminating.store(signal, ordering: .relaxed) }
        _ = pc_install_signal_handler(SIGHUP) { signal in SignalFlags.terminating.store(signal, ordering: .relaxed) }
        // A parent may have started us with these blocked; they must reach the handlers.
        pc_unblock_session_signals()
    }
}
