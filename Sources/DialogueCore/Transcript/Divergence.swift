/// Where a replay stopped matching its transcript.
public struct Divergence: Hashable, Sendable {
    /// The transcript line that did not match.
    public let line: Int
    /// The node the conversation stood at.
    public let node: NodeID?
    /// What the transcript holds there.
    public let recorded: String
    /// What the current dialogues do instead.
    public let found: String

    public init(line: Int, node: NodeID?, recorded: String, found: String) {
        self.line = line
        self.node = node
        self.recorded = recorded
        self.found = found
    }
}

extension Output {
    /// A one-line description for divergence reports: the kind, the node and the start of the text.
    public var brief: String {
        func clip(_ text: String) -> String {
            let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            return flat.count > 70 ? "\"\(flat.prefix(67))...\"" : "\"\(flat)\""
        }
        switch self {
        case .said(let node, let text): return "says at '\(node)': \(clip(text))"
        case .asked(let question): return "asks at '\(question.node)': \(clip(question.prompt))"
        case .answeredInAdvance(let node, _, let answer): return "takes the answer \(clip(answer)) at '\(node)' from the answers file"
        case .rejected(let node, _, let reason): return "rejects the answer at '\(node)': \(clip(reason))"
        case .skipped(let node, _, _): return "skips '\(node)'"
        case .emitted(let message): return "emits \(message.kind.rawValue) at '\(message.node)': \(clip(message.title ?? message.text))"
        case .recap: return "shows the summary"
        case .wentBack(let node): return "goes back to '\(node)'"
        case .notice(let text): return "notes \(clip(text))"
        case .ended(let node, _, let reason):
            switch reason {
            case .finished: return "ends" + (node.map { " at '\($0)'" } ?? "")
            case .missingAnswers(let names): return "ends for missing answers (\(names.joined(separator: ", ")))"
            }
        }
    }
}
