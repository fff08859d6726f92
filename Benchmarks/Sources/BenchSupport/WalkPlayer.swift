import DialogueCore

/// Plays recorded walks through the engine as a user would answer them.
public struct WalkPlayer: Sendable {
    public let engine: Engine
    public let today = CalendarDate(year: 2026, month: 11, day: 25)

    public init(engine: Engine) {
        self.engine = engine
    }

    /// Plays one walk and returns how many characters of text and labels came out, which a
    /// terminal would show (read so that the work cannot be optimised away).
    public func play(_ walk: Walk) -> Int {
        var (session, outputs) = engine.start(today: today)
        var shown = Self.characters(outputs)
        for answer in walk.answers {
            (session, outputs) = engine.handle(.answered(answer), in: session)
            shown &+= Self.characters(outputs)
        }
        return shown
    }

    /// Plays one walk and says how it differs from the recording, if it does: every answer
    /// consumed at a question, the same end node, the same score.
    public func mismatch(_ walk: Walk) -> String? {
        var (session, outputs) = engine.start(today: today)
        for (index, answer) in walk.answers.enumerated() {
            guard session.awaitedNode != nil else { return "the session ended before answer \(index + 1) of \(walk.answers.count)" }
            (session, outputs) = engine.handle(.answered(answer), in: session)
            if outputs.contains(where: { if case .rejected = $0 { true } else { false } }) {
                return "answer \(index + 1) ('\(answer)') was rejected"
            }
        }
        guard session.status == .ended(.finished) else { return "the session did not end after the last answer" }
        let endNode = outputs.lazy.compactMap { output -> NodeID? in
            if case .ended(let node, _, _) = output { return node }
            return nil
        }.first
        guard endNode == walk.end else { return "ended at \(endNode ?? "nothing"), expected \(walk.end)" }
        guard session.bindings["score"]?.value == .integer(walk.score) else {
            return "score \(String(describing: session.bindings["score"]?.value)), expected \(walk.score)"
        }
        return nil
    }

    static func characters(_ outputs: [Output]) -> Int {
        var count = 0
        for output in outputs {
            switch output {
            case .said(_, let text): count &+= text.utf8.count
            case .asked(let question):
                count &+= question.prompt.utf8.count
                if case .choice(let options) = question.kind {
                    for option in options { count &+= option.label.utf8.count }
                }
            case .ended(_, let text, _): count &+= text?.utf8.count ?? 0
            default: count &+= 1
            }
        }
        return count
    }
}
