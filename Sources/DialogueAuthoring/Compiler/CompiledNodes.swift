import DialogueCore

/// What compiling the node documents gives: the nodes, and how the documents' positions map to
/// ids and nodes. The rules look nodes up by position through it, so that the ids of a large
/// graph are hashed once, here, and not again by every rule.
struct CompiledNodes {
    /// The nodes that compiled, in file order, each id once.
    var nodes: [Node] = []
    /// The position of the first document of each id.
    let firstPosition: NodeIDIndex
    /// For each document, the position of its node in `nodes`; -1 for a duplicate id or a node
    /// that did not compile.
    var nodeAt: [Int32] = []

    /// - Parameter firstPosition: the ids' index, from `NodeIndex`.
    init(capacity: Int, firstPosition: NodeIDIndex) {
        nodes.reserveCapacity(capacity)
        self.firstPosition = firstPosition
        nodeAt.reserveCapacity(capacity)
    }

    /// The compiled node of the document at `position`, if there is one.
    func node(atDocument position: Int) -> Node? {
        let index = Int(nodeAt[position])
        return index < 0 ? nil : nodes[index]
    }
}
