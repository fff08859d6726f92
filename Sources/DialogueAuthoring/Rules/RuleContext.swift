import DialogueCore

/// What the graph rules look at: the nodes as written (their outlines), so that one node that
/// failed to compile does not make its neighbours look unreachable.
struct RuleContext: Sendable {
    let start: NodeID?
    let nodes: ByNodeID
    let content: ContentDocument?
    /// The edges by position, worked out once for the rules that follow them.
    let positions: NodePositions

    /// - Parameter positions: the edges of `nodes`, worked out before (on two threads, for a
    ///   large graph, while the rules run on one).
    init(start: NodeID?, nodes: ByNodeID, positions: NodePositions, content: ContentDocument?) {
        self.start = start
        self.nodes = nodes
        self.positions = positions
        self.content = content
    }

    /// Node ids in file order, each once; made when asked (only to word a diagnostic).
    var order: [NodeID] { positions.inOrder.map { nodes.id(at: $0).text } }

    /// The id of the node at a position.
    func id(at position: Int) -> NodeID { nodes.id(at: position).text }

    /// The variables the node at `position` binds, an ask's variable or a set's targets, by the
    /// position of their declaration (-1 for a name not declared).
    func binds(at position: Int) -> ArraySlice<Int32> { nodes.outlines.binds(at: position) }
}
