import CReadline
import FoundationEssentials
import Glibc
import Synchronization

/// Reads lines with GNU readline: editing, history kept across sessions, Tab completion.
///
/// It drives readline's callback interface from its own wait for input, so that Ctrl-C,
/// SIGTERM and SIGHUP are only ever taken while waiting for a key, never in the middle of one.
final class ReadlineReader: LineReader {
    let isInteractive = true
    private let historyPath: String?
    /// The terminal's settings before the session, restored when it ends.
    private var savedTerminal = termios()
    private let terminalSaved: Bool

    /// - Parameter historyFile: where history is kept (created owner-only); `nil` keeps none.
    init(historyFile: URL?) {
        historyPath = historyFile?.path
        terminalSaved = tcgetattr(STDIN_FILENO, &savedTerminal) == 0
        if terminalSaved {
            // Without NOFLSH the terminal throws away output queued when Ctrl-C arrives,
            // which can swallow the fresh prompt drawn after the line is cleared.
            var settings = savedTerminal
            settings.c_lflag |= tcflag_t(NOFLSH)
            tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        }
        SignalFlags.install()
        pc_block_prompt_signals()
        pc_rl_leave_signals_to_us()
        pc_rl_use_completion(ReadlineReader.complete)
        using_history()
        if let historyPath {
            let descriptor = open(historyPath, O_CREAT | O_WRONLY | O_APPEND, 0o600)
            if descriptor >= 0 { close(descriptor) }
            chmod(historyPath, 0o600)
            read_history(historyPath)
            history_truncate_file(historyPath, 1000)
        }
    }

    deinit {
        if terminalSaved { tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal) }
    }

    func read(prompt: String, completions: [String]) -> LineEvent {
        CompletionCandidates.shared.withLock { $0 = completions }
        PendingLine.shared.withLock { $0 = nil }
        fflush(nil)
        rl_callback_handler_install(prompt, ReadlineReader.lineTyped)
        defer { rl_callback_handler_remove() }
        while true {
            let ready = pc_wait_readable(STDIN_FILENO)
            let signal = SignalFlags.terminating.load(ordering: .relaxed)
            if signal != 0 {
                rl_callback_sigcleanup()
                return .terminated(signal)
            }
            if SignalFlags.interrupted.exchange(false, ordering: .relaxed) {
                pc_rl_discard_line()
                continue
            }
            guard ready > 0 else { continue }
            rl_callback_read_char()
            if let event = PendingLine.shared.withLock({ $0 }) {
                if case .line(let line) = event { remember(line) }
                return event
            }
        }
    }

    private func remember(_ line: String) {
        guard !line.trimmingWhitespace().isEmpty else { return }
        if let last = pc_history_last_line(), String(cString: last) == line { return }
        add_history(line)
        // Appended at once, so that a killed session keeps its history.
        if let historyPath { append_history(1, historyPath) }
    }

    /// Called by readline with the finished line, or NULL for Ctrl-D on an empty line.
    private static let lineTyped: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { raw in
        // Removed here, or readline would draw the prompt again after this line.
        rl_callback_handler_remove()
        let event: LineEvent = raw.map { .line(String(cString: $0)) } ?? .endOfInput
        free(raw)
        PendingLine.shared.withLock { $0 = event }
    }

    /// Completes the whole line against the current candidates.
    private static let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
        pc_rl_completion_done()
        return rl_completion_matches(text, ReadlineReader.nextMatch)
    }

    private static let nextMatch: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { text, state in
        let typed = text.map { String(cString: $0).lowercased() } ?? ""
        return CompletionCandidates.matches.withLock { matches in
            if state == 0 {
                let candidates = CompletionCandidates.shared.withLock { $0 }
                matches = candidates.filter { $0.lowercased().hasPrefix(typed) }.reversed()
            }
            return matches.popLast().flatMap { strdup($0) }
        }
    }
}

/// The line readline's callback delivered, handed back to `read`.
private enum PendingLine {
    static let shared = Mutex<LineEvent?>(nil)
}

/// What Tab may complete to at the current prompt, shared with readline's C callbacks.
enum CompletionCandidates {
    static let shared = Mutex<[String]>([])
    /// The matches being handed to readline one by one, last first.
    static let matches = Mutex<[String]>([])
}
