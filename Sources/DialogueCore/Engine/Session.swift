/// Everything that changes during a conversation; the graph itself never does.
///
/// Codable so that a journal can store it and a later version can resume it.
public struct Session: Hashable, Codable, Sendable {
    /// Bumped when the encoded shape changes incompatibly.
    public static let formatVersion = 2

    public var formatVersion: Int
    /// The day the session runs on, passed in so that the engine never reads a clock.
    public var today: CalendarDate
    public var status: Status
    /// What is known about each variable that was asked or set.
    public var bindings: [String: Binding]
    /// Where `:back` returns to, most recent last.
    public var checkpoints: [Checkpoint]
    /// Every change to `bindings` since the first checkpoint, oldest first, with the binding it
    /// replaced: `:back` undoes them down to its checkpoint. A log rather than a copy of the
    /// bindings in each checkpoint, so that an answer costs what it changes, not what is known.
    public var undoLog: [BindingChange]
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
        self.undoLog = []
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

    /// Binds `variable`, logging the binding it replaces once there is a checkpoint to go back to.
    mutating func bind(_ variable: String, to binding: Binding) {
        let previous = bindings.updateValue(binding, forKey: variable)
        if !checkpoints.isEmpty { undoLog.append(BindingChange(variable: variable, previous: previous)) }
    }

    /// Remembers the state before the answer to the question at `node`.
    mutating func addCheckpoint(at node: NodeID) {
        checkpoints.append(Checkpoint(node: node, undoLogCount: undoLog.count))
    }

    /// Undoes every change since the last checkpoint and removes it; `nil` when there is none.
    mutating func restoreLastCheckpoint() -> Checkpoint? {
        guard let checkpoint = checkpoints.popLast() else { return nil }
        while undoLog.count > checkpoint.undoLogCount, let change = undoLog.popLast() {
            if let previous = change.previous {
                bindings[change.variable] = previous
            } else {
                bindings.removeValue(forKey: change.variable)
            }
        }
        return checkpoint
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
