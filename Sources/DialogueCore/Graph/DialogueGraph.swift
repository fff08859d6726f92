/// A checked dialogue: variables, nodes and where the conversation starts.
///
/// Built by `DialogueAuthoring` from the files in `dialogues/`; the engine trusts that every
/// `next` names a node and every expression is well typed.
///
/// The graph never changes once built, so its parts live in one shared object: copying a graph
/// (the engine does, once a node) costs one reference count, not one per part.
public struct DialogueGraph: Sendable {
    let storage: GraphStorage

    public init(start: NodeID, variables: [VariableDecl], nodes: [Node], migrations: NodeMigrations = NodeMigrations()) {
        storage = GraphStorage(start: start, variables: variables, nodes: nodes, migrations: migrations)
    }

    /// The same graph, given the position of each node in `nodes` by id, every id once, as the
    /// compiler has it: a graph of hundreds of thousands of nodes is not indexed twice.
    ///
    /// - Parameter targets: the positions each node leads to, when the compiler worked them out
    ///   for these nodes in this order (a node whose count differs is looked up by id).
    package init(
        start: NodeID, variables: [VariableDecl], nodes: [Node], migrations: NodeMigrations, index: NodeIDIndex, targets: NodeTargets? = nil
    ) {
        storage = GraphStorage(start: start, variables: variables, nodes: nodes, migrations: migrations, index: index, targets: targets)
    }

    public var start: NodeID { storage.start }
    /// Variables in declaration order (the order of summaries).
    public var variables: [VariableDecl] { storage.variables }
    /// The nodes in file order (the first of any repeated id).
    public var nodes: [Node] { storage.nodes }
    /// Node ids in file order, for listings that must be stable. A new list at each call (the
    /// graph keeps no second list of its ids): read it once outside a loop.
    public var nodeOrder: [NodeID] { storage.nodeOrder }
    /// Renamed and removed node ids, for transcripts recorded against older dialogues.
    public var migrations: NodeMigrations { storage.migrations }

    public func variable(_ name: String) -> VariableDecl? {
        storage.layout.declaration(of: name).map { storage.variables[$0] }
    }

    public func node(_ id: NodeID) -> Node? {
        storage.position(of: id).map { storage.nodes[$0] }
    }
}
