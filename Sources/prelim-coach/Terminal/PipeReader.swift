import Foundation

/// Reads lines from a pipe or file: no prompt, no echo, no escape codes.
final class PipeReader: LineReader {
    let isInteractive = false

    func read(prompt: String, completions: [String]) -> LineEvent {
        guard let line = readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}
