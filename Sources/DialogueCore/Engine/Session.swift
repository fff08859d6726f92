/// Everything that changes during a conversation; the graph itself never does.
///
/// Codable so that a journal can store it and a later version can resume it.
public struct Session: Hashable, Codable, Sendable {
    /// Bumped when the encoded shape changes incompatibly.
    public static let formatVersion = 1

    public var formatVersion: Int
    /// The day the session runs on, passed in so that the engine never reads a clock.
    public var today: CalendarDate
    public var status: Status
    /// What is known about each variable that was asked or set.
    public var bindings: [String: Binding]
    /// Where `:back` returns to, most recent last.
    public var checkpoints: [Checkpoint]
    /// Set once input has ended: optional questions then take their defaults unasked.
    public var inputClosed: Bool
    /// Answers given ahead of time (an answers file), by variable, used when their question comes.
    public var answersInAdvance: [String: String]

    public init(today: CalendarDate, start: NodeID, answersInAdvance: [String: String] = [:]) {
        self.formatVersion = Session.formatVersion
        self.today = today
        self.status = .running(start)
        self.bindings = [:]
        self.checkpoints = []
        self.inputClosed = false
        self.answersInAdvance = answersInAdvance
    }

    public enum Status: Hashable, Codable, Sendable {
        /// About to run this node (only between engine steps).
        case running(NodeID)
        /// Waiting for the answer to the question at this node.
        case awaiting(NodeID)
        case ended(EndReason)
    }

    /// The node whose question is open, if any.
    public var awaitedNode: NodeID? {
        if case .awaiting(let node) = status { return node }
        return nil
    }

    public var hasEnded: Bool {
        if case .ended = status { return true }
        return false
    }
}

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

/// The state before an answer, so that `:back` can undo it.
public struct Checkpoint: Hashable, Codable, Sendable {
    public let node: NodeID
    public let bindings: [String: Binding]

    public init(node: NodeID, bindings: [String: Binding]) {
        self.node = node
        self.bindings = bindings
    }
}
