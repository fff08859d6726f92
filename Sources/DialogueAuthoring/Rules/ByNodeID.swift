import DialogueCore

/// Node documents looked up by id, the first one of each id winning. Holds the array it is given
/// (shared, not copied) and an index of positions into it (`NodeIDIndex`): a dictionary of the
/// documents themselves would have copied every one of a large graph once more.
struct ByNodeID: Sendable {
    /// Every document, duplicates included, by position.
    let values: [NodeDocument]
    private let positions: NodeIDIndex

    /// With the index already built (`NodeIndex`, which hashed every id once).
    init(_ values: [NodeDocument], positions: NodeIDIndex) {
        self.values = values
        self.positions = positions
    }

    subscript(id: NodeID) -> NodeDocument? {
        position(of: id).map { values[$0] }
    }

    /// The document held at `position` (from 0 to `count`), first of its id or not.
    func value(at position: Int) -> NodeDocument { values[position] }

    /// How many documents are held, duplicates included: positions run from 0 to this.
    var count: Int { values.count }

    /// How many different ids the documents have.
    var distinctCount: Int { positions.count }

    /// Where the first document of an id is held.
    func position(of id: NodeID) -> Int? {
        positions.position(of: id) { values[$0].id.text }
    }

    /// Whether `position` holds the first document of its id.
    func isFirst(at position: Int, id: NodeID) -> Bool { self.position(of: id) == position }

    /// Whether a document has this id, without copying the document out.
    func contains(_ id: NodeID) -> Bool { position(of: id) != nil }

    /// Every id, each once, in no particular order.
    var ids: [NodeID] { positions.positions.map { values[$0].id.text } }
}
