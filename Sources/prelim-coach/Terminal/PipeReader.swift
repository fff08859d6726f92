import CReadline
import FoundationEssentials
import Glibc

/// Reads lines from a pipe or file: no prompt, no echo, no escape codes.
///
/// It reads the descriptor itself rather than through `readLine`, which retries after a
/// signal: here a signal ends the session cleanly. SIGINT, SIGTERM and SIGHUP are blocked
/// except while waiting for input, so one that arrives while a turn is being saved or shown is
/// taken at the next wait instead of slipping in before a blocking read and being missed.
final class PipeReader: LineReader {
    let isInteractive = false
    /// Bytes of one line kept at most; the rest of a longer line is dropped (and the answer
    /// is then refused as too long), so a runaway input cannot exhaust memory.
    static let maximumLineBytes = 1 << 20

    private var buffer: [UInt8] = []
    private var dropping = false
    /// Bytes of the line being gathered at the end of the buffer.
    private var pendingLineLength = 0
    private var atEnd = false

    init() {
        // SIGINT too: with no terminal there is no line to clear, so it stops the session.
        SignalFlags.install(interruptStops: true)
        pc_block_prompt_signals()
    }

    func read(prompt: String, completions: [String]) -> LineEvent {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[..<newline]
                buffer.removeSubrange(...newline)
                return .line(Self.text(line))
            }
            if atEnd {
                guard !buffer.isEmpty else { return .endOfInput }
                defer { buffer.removeAll() }
                return .line(Self.text(buffer[...]))
            }
            // Signals are let in only inside this wait; the read after it does not block.
            let ready = pc_wait_readable(STDIN_FILENO)
            let signal = SignalFlags.terminating.load(ordering: .relaxed)
            if signal != 0 { return .terminated(signal) }
            if ready < 0 {
                if errno == EINTR { continue }
                atEnd = true
                continue
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                atEnd = true
            } else if count == 0 {
                atEnd = true
            } else {
                append(chunk[..<count])
            }
        }
    }

    private func append(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                dropping = false
                pendingLineLength = 0
                buffer.append(byte)
            } else if !dropping {
                buffer.append(byte)
                pendingLineLength += 1
                if pendingLineLength >= Self.maximumLineBytes { dropping = true }
            }
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let line = String(decoding: bytes, as: UTF8.self)
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }
}
