/// Where an input came from.
public enum InputSource: String, Hashable, Codable, Sendable {
    /// Typed at the prompt (or piped in).
    case typed
    /// Taken from the answers given in advance.
    case answersFile = "answers_file"
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
