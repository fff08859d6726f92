import CReadline
import Foundation
import Synchronization

/// Reads lines with GNU readline: editing, history kept across sessions, Tab completion.
final class ReadlineReader: LineReader {
    let isInteractive = true
    private let historyPath: String?

    /// - Parameter historyFile: where history is kept (created owner-only); `nil` keeps none.
    init(historyFile: URL?) {
        historyPath = historyFile?.path
        SignalFlags.install()
        pc_rl_use_signal_hook(ReadlineReader.signalHook)
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

    func read(prompt: String, completions: [String]) -> LineEvent {
        CompletionCandidates.shared.withLock { $0 = completions }
        fflush(nil)
        let raw = readline(prompt)
        if SignalFlags.terminating.load(ordering: .relaxed) != 0 {
            free(raw)
            return .terminated
        }
        guard let raw else { return .endOfInput }
        defer { free(raw) }
        let line = String(cString: raw)
        remember(line)
        return .line(line)
    }

    private func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        if let last = pc_history_last_line(), String(cString: last) == line { return }
        add_history(line)
        // Appended at once, so that a killed session keeps its history.
        if let historyPath { append_history(1, historyPath) }
    }

    /// Called by readline when a read is interrupted by a signal.
    private static let signalHook: @convention(c) () -> Int32 = {
        if SignalFlags.interrupted.exchange(false, ordering: .relaxed) { pc_rl_discard_line() }
        if SignalFlags.terminating.load(ordering: .relaxed) != 0 { pc_rl_finish() }
        return 0
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

/// What Tab may complete to at the current prompt, shared with readline's C callbacks.
enum CompletionCandidates {
    static let shared = Mutex<[String]>([])
    /// The matches being handed to readline one by one, last first.
    static let matches = Mutex<[String]>([])
}
