/// Runs a transcript's recorded inputs through the engine and compares every output.
public enum Replay {
    public enum Outcome: Sendable {
        /// Every output matched; the session as it stands at the end.
        case identical(Session)
        case diverged(Divergence)
    }

    public static func check(_ transcript: Transcript, with engine: Engine) -> Outcome {
        var (session, produced) = engine.start(today: transcript.header.today, answersInAdvance: transcript.header.answersInAdvance)
        var pending = produced[...]
        // A resumed session continues from before its input ran out, as the rebuild does.
        var beforeInputEnded: Session?
        for (line, timed) in transcript.events {
            switch timed.event {
            case .output(let recorded):
                guard let next = pending.first else {
                    return .diverged(Divergence(line: line, node: session.awaitedNode, recorded: recorded.brief, found: waiting(session)))
                }
                guard next == recorded else {
                    return .diverged(Divergence(line: line, node: node(of: next) ?? session.awaitedNode, recorded: recorded.brief, found: next.brief))
                }
                pending = pending.dropFirst()
            case .input(let input, let node, _):
                if let extra = pending.first {
                    return .diverged(Divergence(line: line, node: session.awaitedNode, recorded: "the user's input at '\(node ?? "?")'", found: extra.brief))
                }
                guard session.awaitedNode == node else {
                    return .diverged(Divergence(line: line, node: node, recorded: "an input at '\(node ?? "?")'", found: waiting(session)))
                }
                if input == .inputEnded { beforeInputEnded = session }
                produced = engine.handle(input, updating: &session)
                pending = produced[...]
            case .resumed(let today):
                if let saved = beforeInputEnded {
                    session = saved
                    beforeInputEnded = nil
                }
                session.today = today
                // Resuming asks the open question again.
                pending = (session.awaitedNode.flatMap { engine.question(at: $0, in: session) }.map { [Output.asked($0)] } ?? [])[...]
            }
        }
        if let extra = pending.first {
            let line = (transcript.events.last?.line ?? 1) + 1
            return .diverged(Divergence(line: line, node: session.awaitedNode, recorded: "the end of the transcript", found: extra.brief))
        }
        return .identical(session)
    }

    private static func waiting(_ session: Session) -> String {
        if let node = session.awaitedNode { return "waits for an answer at '\(node)'" }
        return session.hasEnded ? "has ended" : "says nothing more"
    }

    private static func node(of output: Output) -> NodeID? {
        switch output {
        case .said(let node, _), .answeredInAdvance(let node, _, _), .rejected(let node, _, _), .skipped(let node, _, _),
            .wentBack(let node):
            node
        case .asked(let question): question.node
        case .emitted(let message): message.node
        case .ended(let node, _, _): node
        case .recap, .notice: nil
        }
    }
}
