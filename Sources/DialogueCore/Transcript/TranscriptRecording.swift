/// Records a session as the command line would: the first outputs, then each input with the
/// outputs it produced. For golden transcripts, generators and tests.
public enum TranscriptRecording {
    /// - Parameters:
    ///   - inputs: typed inputs, in order; recording stops early if the session ends.
    ///   - at: the timestamp written on every event.
    public static func record(
        _ engine: Engine, header: TranscriptHeader, inputs: [Input], at: String = "2026-01-01T00:00:00Z"
    ) -> (Transcript, Session) {
        var events: [(line: Int, event: TimedEvent)] = []
        func append(_ event: TranscriptEvent) { events.append((events.count + 2, TimedEvent(event, at: at))) }
        var (session, outputs) = engine.start(today: header.today, answersInAdvance: header.answersInAdvance)
        outputs.forEach { append(.output($0)) }
        for input in inputs where !session.hasEnded {
            let node = session.awaitedNode
            (session, outputs) = engine.handle(input, in: session)
            append(.input(input, node: node, source: .typed))
            outputs.forEach { append(.output($0)) }
        }
        return (Transcript(header: header, events: events), session)
    }

    /// The transcript as the bytes of a file: one JSON line each, header first.
    public static func lines(of transcript: Transcript) -> String {
        var text = TranscriptCoding.line(for: transcript.header) + "\n"
        for (_, event) in transcript.events { text += TranscriptCoding.line(for: event) + "\n" }
        return text
    }
}
