import DialogueCore

/// Values looked up by node id, the first one of each id winning. Holds the array it is given
/// (shared, not copied) and an index into it: a dictionary of the values themselves would have
/// copied every node document and compiled node of a large graph once more.
struct ByNodeID<Value: Sendable>: Sendable {
    /// Every value, duplicates included, by position.
    let values: [Value]
    private let positions: [NodeID: Int]

    init(_ values: [Value], id: (Value) -> NodeID) {
        var positions: [NodeID: Int] = [:]
        positions.reserveCapacity(values.count)
        // Last to first, so that the first of an id is written last and wins: one hash an id.
        for position in values.indices.reversed() { positions[id(values[position])] = position }
        self.values = values
        self.positions = positions
    }

    /// With the index already built (by the node compiler, which hashed every id once).
    init(_ values: [Value], positions: [NodeID: Int]) {
        self.values = values
        self.positions = positions
    }

    subscript(id: NodeID) -> Value? {
        positions[id].map { values[$0] }
    }

    /// The value held at `position` (from 0 to `count`), first of its id or not.
    func value(at position: Int) -> Value { values[position] }

    /// How many values are held, duplicates included: positions run from 0 to this.
    var count: Int { values.count }

    /// How many different ids the values have.
    var distinctCount: Int { positions.count }

    /// Where the first value of an id is held.
    func position(of id: NodeID) -> Int? { positions[id] }

    /// Whether `position` holds the first value of its id.
    func isFirst(at position: Int, id: NodeID) -> Bool { positions[id] == position }

    /// Whether a value has this id, without copying the value out.
    func contains(_ id: NodeID) -> Bool { positions[id] != nil }

    var ids: Dictionary<NodeID, Int>.Keys { positions.keys }
}
