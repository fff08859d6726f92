/// Everything that changes during a conversation; the graph itself never does.
///
/// Codable so that a journal can store it and a later version can resume it. Its variables are
/// kept by slot in its graph's `VariableLayout` (see `SlotBindings`); `bindings` and `undoLog`
/// show them by name, which is also how they are encoded and compared.
public struct Session: Sendable {
    /// Bumped when the encoded shape changes incompatibly.
    public static let formatVersion = 2

    public var formatVersion: Int
    /// The day the session runs on, passed in so that the engine never reads a clock.
    public var today: CalendarDate
    public var status: Status {
        get { storedStatus }
        set {
            storedStatus = newValue
            awaitedPosition = -1
        }
    }
    /// Where `:back` returns to, most recent last.
    public var checkpoints: [Checkpoint]
    /// Set once input has ended: optional questions then take their defaults unasked.
    public var inputClosed: Bool
    /// Answers given ahead of time (an answers file), by variable, used when their question comes.
    public var answersInAdvance: [String: String]

    private var storedStatus: Status
    /// The layout whose slots `table` and `changes` use: the graph's once an engine has run the
    /// session, `VariableLayout.detached` for a session decoded or made by hand.
    private(set) var layout: VariableLayout
    /// Names the layout does not know (a session carried over from another graph), in slots
    /// from `layout.count` on.
    private var extraNames: [String]
    private var table: SlotBindings
    /// Every change to the bindings since the first checkpoint, oldest first: see `undoLog`.
    private var changes: [SlotChange]
    /// The position of the awaited node in the layout's graph, or -1 when not known: spares
    /// looking the node's id up at every answer.
    private(set) var awaitedPosition: Int32

    public init(today: CalendarDate, start: NodeID, answersInAdvance: [String: String] = [:]) {
        self.init(today: today, start: start, answersInAdvance: answersInAdvance, layout: .detached, capacity: 8)
    }

    init(today: CalendarDate, start: NodeID, answersInAdvance: [String: String], layout: VariableLayout, capacity: Int) {
        self.formatVersion = Session.formatVersion
        self.today = today
        self.storedStatus = .running(start)
        self.checkpoints = []
        self.inputClosed = false
        self.answersInAdvance = answersInAdvance
        self.layout = layout
        self.extraNames = []
        self.table = SlotBindings(capacity: capacity)
        self.changes = []
        self.awaitedPosition = -1
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
        if case .awaiting(let node) = storedStatus { return node }
        return nil
    }

    public var hasEnded: Bool {
        if case .ended = storedStatus { return true }
        return false
    }

    /// What is known about each variable that was asked or set.
    public var bindings: [String: Binding] {
        get {
            var named: [String: Binding] = [:]
            named.reserveCapacity(table.count)
            for (slot, binding) in table.all { named[name(of: slot)] = binding }
            return named
        }
        set {
            table = SlotBindings(capacity: newValue.count)
            for (name, binding) in newValue { table.update(binding, at: slot(naming: name)) }
        }
    }

    /// Every change to `bindings` since the first checkpoint, oldest first, with the binding it
    /// replaced: `:back` undoes them down to its checkpoint. A log rather than a copy of the
    /// bindings in each checkpoint, so that an answer costs what it changes, not what is known.
    public var undoLog: [BindingChange] {
        get { changes.map { BindingChange(variable: name(of: $0.slot), previous: $0.previous) } }
        set { changes = newValue.map { SlotChange(slot: slot(naming: $0.variable), previous: $0.previous) } }
    }

    /// What is known about one variable.
    public func binding(_ variable: String) -> Binding? {
        slot(of: variable).flatMap { table[$0] }
    }

    /// The binding in `slot` of the session's layout.
    func binding(atSlot slot: Int32) -> Binding? {
        table[slot]
    }

    /// Awaits the answer to the question at `node`, which is at `position` in the layout's graph.
    mutating func await(_ node: NodeID, at position: Int) {
        storedStatus = .awaiting(node)
        awaitedPosition = Int32(position)
    }

    /// Binds the variable in `slot`, logging the binding it replaces once there is a checkpoint
    /// to go back to.
    mutating func bind(_ slot: Int32, to binding: Binding) {
        let previous = table.update(binding, at: slot)
        if !checkpoints.isEmpty { changes.append(SlotChange(slot: slot, previous: previous)) }
    }

    /// Remembers the state before the answer to the question at `node`.
    mutating func addCheckpoint(at node: NodeID) {
        checkpoints.append(Checkpoint(node: node, undoLogCount: changes.count))
    }

    /// Undoes every change since the last checkpoint and removes it; `nil` when there is none.
    mutating func restoreLastCheckpoint() -> Checkpoint? {
        guard let checkpoint = checkpoints.popLast() else { return nil }
        while changes.count > checkpoint.undoLogCount, let change = changes.popLast() {
            if let previous = change.previous {
                table.update(previous, at: change.slot)
            } else {
                table.remove(change.slot)
            }
        }
        return checkpoint
    }

    /// Moves the bindings and the undo log into `layout`'s slots, by name; names it does not
    /// know keep slots of their own.
    mutating func adopt(_ layout: VariableLayout) {
        guard layout !== self.layout else { return }
        let named = bindings
        let log = undoLog
        self.layout = layout
        extraNames = []
        changes = []
        awaitedPosition = -1
        bindings = named
        undoLog = log
    }

    private func slot(of name: String) -> Int32? {
        if let slot = layout.slots[name] { return slot }
        return extraNames.firstIndex(of: name).map { Int32(layout.count + $0) }
    }

    /// The slot of `name`, given one of its own when the layout does not know it.
    private mutating func slot(naming name: String) -> Int32 {
        if let slot = slot(of: name) { return slot }
        extraNames.append(name)
        return Int32(layout.count + extraNames.count - 1)
    }

    private func name(of slot: Int32) -> String {
        let index = Int(slot)
        return index < layout.count ? layout.names[index] : extraNames[index - layout.count]
    }
}

/// One logged change, by slot (`Session.undoLog` shows it by name).
struct SlotChange: Sendable {
    let slot: Int32
    let previous: Binding?
}
