/// Where an input came from. Answers taken from `--answers` are not inputs: the engine reports
/// them as `Output.answeredInAdvance`, and the header keeps the whole file.
public enum InputSource: String, Hashable, Codable, Sendable {
    /// Typed at the prompt, or read from piped input.
    case typed
}

/// One line of a transcript after the header.
public enum TranscriptEvent: Hashable, Sendable {
    /// Something the engine said.
    case output(Output)
    /// Something the user did at the question open at `node`.
    case input(Input, node: NodeID?, source: InputSource)
    /// The session was continued on another day (dates after this point use it).
    case resumed(today: CalendarDate)
}

/// An event with when it was written (ISO 8601), as stored on one line.
public struct TimedEvent: Hashable, Sendable {
    public let event: TranscriptEvent
    public let at: String

    public init(_ event: TranscriptEvent, at: String) {
        self.event = event
        self.at = at
    }
}
