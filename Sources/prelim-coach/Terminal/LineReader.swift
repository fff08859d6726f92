/// What came from the user at a prompt.
enum LineEvent: Equatable {
    case line(String)
    /// Ctrl-C: the line was discarded; ask again.
    case interrupted
    /// Ctrl-D on a terminal, or the end of piped input.
    case endOfInput
    /// SIGTERM or SIGHUP: stop cleanly.
    case terminated
}

/// Reads answers: readline on a terminal, plain lines from a pipe.
protocol LineReader: AnyObject {
    /// Whether a person is typing (a terminal), rather than a script piping answers.
    var isInteractive: Bool { get }
    /// Reads one line; `completions` are what Tab may complete to.
    func read(prompt: String, completions: [String]) -> LineEvent
}
