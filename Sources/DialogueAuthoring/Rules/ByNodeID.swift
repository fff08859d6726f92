import DialogueCore

/// The nodes as written (`NodeOutlines`) looked up by id, the first one of each id winning,
/// through an index of positions into them (`NodeIDIndex`).
struct ByNodeID: Sendable {
    /// Every node, duplicates included, by position.
    let outlines: NodeOutlines
    private let positions: NodeIDIndex

    /// With the index already built (`NodeIndex`, which hashed every id once).
    init(_ outlines: NodeOutlines, positions: NodeIDIndex) {
        self.outlines = outlines
        self.positions = positions
    }

    /// The id written at `position` (from 0 to `count`), first of its id or not.
    func id(at position: Int) -> SourceText { outlines.id(at: position) }

    /// How many nodes are held, duplicates included: positions run from 0 to this.
    var count: Int { outlines.count }

    /// How many different ids the nodes have.
    var distinctCount: Int { positions.count }

    /// Where the first node of an id is held.
    func position(of id: NodeID) -> Int? {
        positions.position(of: id) { outlines.idText(at: $0) }
    }

    /// Whether `position` holds the first node of its id.
    func isFirst(at position: Int, id: NodeID) -> Bool { self.position(of: id) == position }

    /// Whether a node has this id.
    func contains(_ id: NodeID) -> Bool { position(of: id) != nil }

    /// Every id, each once, in no particular order.
    var ids: [NodeID] { positions.positions.map { outlines.idText(at: $0) } }
}
