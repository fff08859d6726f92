/// Why a session ended.
public enum EndReason: Hashable, Codable, Sendable {
    case finished
    /// Input ended with required questions unanswered; their variable names.
    case missingAnswers([String])
}

/// What a variable holds and how it came to hold it.
public struct Binding: Hashable, Codable, Sendable {
    public enum Source: String, Hashable, Codable, Sendable {
        /// Answered by the user.
        case answered
        /// Skipped; the variable's default was taken (or none, leaving it empty).
        case skipped
        /// Assigned by a `set` node.
        case assigned
    }

    /// `nil` when skipped without a default.
    public let value: Value?
    public let source: Source

    public init(value: Value?, source: Source) {
        self.value = value
        self.source = source
    }
}

/// Where an answer was given, so that `:back` can return there.
public struct Checkpoint: Hashable, Codable, Sendable {
    /// The question answered.
    public let node: NodeID
    /// How long `Session.undoLog` was before the answer.
    public let undoLogCount: Int

    public init(node: NodeID, undoLogCount: Int) {
        self.node = node
        self.undoLogCount = undoLogCount
    }
}

/// One change to a session's bindings, with what it replaced (`nil`: the variable was unbound).
public struct BindingChange: Hashable, Codable, Sendable {
    public let variable: String
    public let previous: Binding?

    public init(variable: String, previous: Binding?) {
        self.variable = variable
        self.previous = previous
    }
}
