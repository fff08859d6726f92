import DialogueCore

/// Replays transcripts through the engine, recording what each conversation went through.
public enum CoverageReplay {
    /// A transcript that could not be followed to its end, and why.
    public struct Problem: Hashable, Sendable {
        public let line: Int
        public let message: String
    }

    /// Adds what `transcript` went through to `record`; stops at the first input the current
    /// dialogues cannot take (what came before still counts).
    public static func replay(_ transcript: Transcript, in dialogue: AuthoredDialogue, into record: inout VisitRecord) -> Problem? {
        let engine = Engine(graph: dialogue.graph)
        var tracer = RouteTracer(dialogue)
        tracer.record = record
        defer { record = tracer.record }
        var (session, outputs) = engine.start(today: transcript.header.today, answersInAdvance: transcript.header.answersInAdvance)
        tracer.traceStart(outputs: outputs, today: session.today)
        // A resumed session continues from before its input ran out, as `Replay` does.
        var beforeInputEnded: Session?
        for (line, timed) in transcript.events {
            switch timed.event {
            case .output:
                continue
            case .resumed(let today):
                if let saved = beforeInputEnded { session = saved }
                beforeInputEnded = nil
                session.today = today
            case .input(let input, let recordedNode, _):
                let node = recordedNode.map(dialogue.graph.migrations.current)
                guard session.awaitedNode == node else {
                    let waiting = session.awaitedNode.map { "waits at '\($0)'" } ?? "has ended"
                    return Problem(line: line, message: "the answer was given at '\(node ?? "?")', but the conversation \(waiting)")
                }
                if input == .inputEnded { beforeInputEnded = session }
                let before = session
                (session, outputs) = engine.handle(input, in: session)
                tracer.trace(input, before: before, outputs: outputs)
            }
        }
        return nil
    }
}
