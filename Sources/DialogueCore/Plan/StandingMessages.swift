/// The messages of a transcript that still stand at its end: what the user was told, less
/// what `:back` took back.
///
/// Going back to a question undoes its answer, and with it everything said since that
/// question was last put; the advice given after the new answer is what counts.
enum StandingMessages {
    static func of(_ transcript: Transcript) -> [Message] {
        var said: [(position: Int, message: Message)] = []
        var lastAsked: [NodeID: Int] = [:]
        for (position, (_, timed)) in transcript.events.enumerated() {
            guard case .output(let output) = timed.event else { continue }
            switch output {
            case .emitted(let message):
                said.append((position, message))
            case .asked(let question):
                lastAsked[question.node] = position
            case .wentBack(let node):
                let reopened = lastAsked[node] ?? -1
                said.removeAll { $0.position > reopened }
            default:
                continue
            }
        }
        return said.map(\.message)
    }
}
