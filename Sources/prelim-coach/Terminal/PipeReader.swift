import Foundation

/// Reads lines from a pipe or file: no prompt, no echo, no escape codes.
final class PipeReader: LineReader {
    let isInteractive = false

    init() {
        // SIGINT too: with no terminal there is no line to clear, so it stops the session.
        SignalFlags.install(interruptStops: true)
    }

    func read(prompt: String, completions: [String]) -> LineEvent {
        let line = readLine(strippingNewline: true)
        let signal = SignalFlags.terminating.load(ordering: .relaxed)
        if signal != 0 { return .terminated(signal) }
        guard let line else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}
