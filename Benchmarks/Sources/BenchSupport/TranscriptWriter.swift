import DialogueCore

/// Writes the transcript a coaching session would journal for a walk: the header, the first
/// outputs, then each typed answer and what the engine said in reply, one JSON line each.
public struct TranscriptWriter: Sendable {
    public let player: WalkPlayer
    public let sourceHash: String

    public init(player: WalkPlayer, sourceHash: String) {
        self.player = player
        self.sourceHash = sourceHash
    }

    /// The transcript of `walk`, with a session id and clock derived from `number` so that the
    /// same walks always give the same bytes; and how many answers (turns) it holds.
    public func transcript(of walk: Walk, number: Int) throws -> (text: String, turns: Int) {
        let at = "2026-11-25T09:00:00Z"
        let header = TranscriptHeader(
            appVersion: "bench", graphHash: sourceHash, sessionID: "bench-\(number)", startedAt: at,
            timeZone: "UTC", today: player.today, answersInAdvance: [:])
        var lines = [TranscriptCoding.line(for: header)]
        var (session, outputs) = player.engine.start(today: player.today)
        for output in outputs { lines.append(TranscriptCoding.line(for: TimedEvent(.output(output), at: at))) }
        for answer in walk.answers {
            let input = Input.answered(answer)
            let node = session.awaitedNode
            (session, outputs) = player.engine.handle(input, in: session)
            lines.append(TranscriptCoding.line(for: TimedEvent(.input(input, node: node, source: .typed), at: at)))
            for output in outputs { lines.append(TranscriptCoding.line(for: TimedEvent(.output(output), at: at))) }
        }
        return (lines.joined(separator: "\n") + "\n", walk.answers.count)
    }
}
