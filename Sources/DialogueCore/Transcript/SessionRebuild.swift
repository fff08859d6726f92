/// Rebuilds where a recorded session stands, against the current dialogues, so that it can be
/// resumed. Lenient where `Replay` is strict: reworded texts do not matter, renamed and removed
/// nodes follow the migration map, and answers recorded after a newly added question are kept
/// for when their questions come.
public enum SessionRebuild {
    public struct Rebuilt: Sendable {
        public let session: Session
        /// What changed on the way, in words for the user.
        public let notes: [String]
    }

    public static func rebuild(_ transcript: Transcript, with engine: Engine) -> Result<Rebuilt, TranscriptError> {
        let migrations = engine.graph.migrations
        var (session, _) = engine.start(today: transcript.header.today, answersInAdvance: transcript.header.answersInAdvance)
        var notes: [String] = []
        let inputs = transcript.events.compactMap { line, timed -> (Int, TranscriptEvent)? in
            if case .output = timed.event { return nil }
            return (line, timed.event)
        }
        for (position, (line, event)) in inputs.enumerated() {
            switch event {
            case .resumed(let today):
                session.today = today
            case .output:
                continue
            case .input(.inputEnded, _, _):
                // The end of piped input is not the user's choice: resume where they stopped.
                continue
            case .input(let input, let recordedNode, _):
                let node = recordedNode.map(migrations.current)
                if let recordedNode, migrations.removed.contains(recordedNode) {
                    notes.append("The question '\(recordedNode)' was removed from the dialogues; its answer was dropped.")
                    continue
                }
                guard !session.hasEnded else { return .success(Rebuilt(session: session, notes: notes)) }
                if let node, engine.graph.node(node) == nil {
                    return .failure(TranscriptError(line: line,
                        "the answer here was given at '\(node)', which is no longer in the dialogues; name it under 'migrations:' as renamed or removed"))
                }
                guard session.awaitedNode == node else {
                    // The dialogues now ask something else first: keep the later answers for their questions.
                    session.answersInAdvance.merge(laterAnswers(inputs[position...], engine: engine)) { _, later in later }
                    notes.append("The dialogues have changed: they now ask '\(session.awaitedNode ?? "?")' here. Your later answers are kept and used when their questions come.")
                    return .success(Rebuilt(session: session, notes: notes))
                }
                _ = engine.handle(input, updating: &session)
            }
        }
        return .success(Rebuilt(session: session, notes: notes))
    }

    /// Typed answers by the variable their question binds, the latest one winning.
    private static func laterAnswers(_ inputs: ArraySlice<(Int, TranscriptEvent)>, engine: Engine) -> [String: String] {
        var answers: [String: String] = [:]
        for (_, event) in inputs {
            guard case .input(.answered(let text), let recorded?, _) = event,
                case .ask(let ask)? = engine.graph.node(engine.graph.migrations.current(recorded))?.kind
            else { continue }
            answers[ask.variable] = text
        }
        return answers
    }
}
