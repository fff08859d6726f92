/// A checked dialogue: variables, nodes and where the conversation starts.
///
/// Built by `DialogueAuthoring` from the files in `dialogues/`; the engine trusts that every
/// `next` names a node and every expression is well typed.
public struct DialogueGraph: Sendable {
    public let start: NodeID
    /// Variables in declaration order (the order of summaries).
    public let variables: [VariableDecl]
    public let nodes: [NodeID: Node]
    /// Node ids in file order, for listings that must be stable.
    public let nodeOrder: [NodeID]
    /// Renamed and removed node ids, for transcripts recorded against older dialogues.
    public let migrations: NodeMigrations
    private let variableIndex: [String: Int]

    public init(start: NodeID, variables: [VariableDecl], nodes: [Node], migrations: NodeMigrations = NodeMigrations()) {
        self.start = start
        self.migrations = migrations
        self.variables = variables
        self.nodes = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.nodeOrder = nodes.map(\.id)
        self.variableIndex = Dictionary(
            variables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func variable(_ name: String) -> VariableDecl? {
        variableIndex[name].map { variables[$0] }
    }

    public func node(_ id: NodeID) -> Node? { nodes[id] }
}
