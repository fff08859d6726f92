/// What came from the user at a prompt.
enum LineEvent: Equatable {
    case line(String)
    /// Ctrl-C: the line was discarded; ask again.
    case interrupted
    /// Ctrl-D on a terminal, or the end of piped input.
    case endOfInput
    /// A signal asked the session to stop: SIGTERM or SIGHUP (and SIGINT when not at a terminal).
    case terminated(Int32)
}

/// Reads answers: readline on a terminal, plain lines from a pipe.
protocol LineReader: AnyObject {
    /// Whether a person is typing (a terminal), rather than a script piping answers.
    var isInteractive: Bool { get }
    /// Reads one line; `completions` are what Tab may complete to.
    func read(prompt: String, completions: [String]) -> LineEvent
}
