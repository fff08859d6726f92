/// The parts of a `DialogueGraph`, with every node also known by its position, so that the
/// engine follows positions from node to node instead of hashing ids at every step.
///
/// A position is an index into `nodes`; a negative one, `-(k + 1)`, stands for `missingNames[k]`,
/// a `next` that names no node (the engine stops there with a message naming it).
final class GraphStorage: Sendable {
    let start: NodeID
    let variables: [VariableDecl]
    let nodes: [Node]
    /// Every id as given, repeats included, kept only when some id was repeated: otherwise the
    /// order is that of `nodes`, and a second list of hundreds of thousands of ids is not kept.
    let idsWithRepeats: [NodeID]?
    let migrations: NodeMigrations
    private let nodeIndex: NodeIDIndex
    /// The position of the start node.
    let startPosition: Int
    /// Every variable's slot.
    let layout: VariableLayout
    /// What the engine does at each node, by position.
    let table: StepTable
    /// Whether the step table was built from the compiler's resolved targets (`NodeTargets`)
    /// rather than by looking the ids up, so that tests can see the compiler hands them over.
    let tookResolvedTargets: Bool
    let missingNames: [NodeID]

    /// - Parameter index: each node's position in `allNodes`, every id once, when the caller has
    ///   it already (the compiler hashed every id to check them): it is taken as it is, instead
    ///   of hashing every id of a large graph a second time.
    /// - Parameter targets: the positions each of `allNodes` leads to, from the compiler, used
    ///   only with its `index` (then the nodes' positions are those it worked them out for).
    init(
        start: NodeID, variables: [VariableDecl], nodes allNodes: [Node], migrations: NodeMigrations, index: NodeIDIndex? = nil,
        targets: NodeTargets? = nil
    ) {
        self.start = start
        self.variables = variables
        self.migrations = migrations
        let indexed = index.map { $0.count == allNodes.count } ?? false
        let (nodeIndex, nodes) = if let index, indexed { (index, allNodes) } else { Self.firstOfEachID(allNodes) }
        self.idsWithRepeats = nodes.count == allNodes.count ? nil : allNodes.map(\.id)
        var missingNames: [NodeID] = []
        func position(of id: NodeID) -> Int {
            if let index = nodeIndex.position(of: id, idAt: { nodes[$0].id }) { return index }
            missingNames.append(id)
            return -missingNames.count
        }
        let namer = SlotNamer(declaring: variables)
        let resolved = indexed && targets?.count == nodes.count ? targets : nil
        self.tookResolvedTargets = resolved != nil
        self.table = StepTable(nodes: nodes, variables: variables, namer: namer, resolved: resolved, position: position)
        let layout = VariableLayout(variables: variables, namer: namer)
        self.startPosition = position(of: start)
        self.nodes = nodes
        self.nodeIndex = nodeIndex
        self.layout = layout
        self.missingNames = missingNames
    }

    /// Node ids in file order, repeats included; made each time it is asked for, unless ids repeat.
    var nodeOrder: [NodeID] { idsWithRepeats ?? nodes.map(\.id) }

    /// The first node of each id, and each one's position among them.
    private static func firstOfEachID(_ allNodes: [Node]) -> (NodeIDIndex, [Node]) {
        var nodeIndex = NodeIDIndex(capacity: allNodes.count)
        var nodes: [Node] = []
        nodes.reserveCapacity(allNodes.count)
        for node in allNodes where nodeIndex.insert(nodes.count, id: node.id, idAt: { nodes[$0].id }) == nodes.count {
            nodes.append(node)
        }
        return (nodeIndex, nodes)
    }

    /// The position of the first node of an id.
    func position(of id: NodeID) -> Int? {
        nodeIndex.position(of: id) { nodes[$0].id }
    }

    /// The plan of the question at `position`, if it is one whose variable is declared.
    func question(at position: Int) -> QuestionPlan? {
        let step = table.steps[position]
        guard step.operation == .ask, step.first >= 0 else { return nil }
        return table.questions[Int(step.first)]
    }

    /// The position a node that is not a branch leads to (an `ask`, `say` or `emit` node).
    func successor(of node: Int) -> Int {
        Int(table.steps[node].next)
    }

    /// The id at a position, or the name a `next` gave for a node that does not exist.
    func id(at position: Int) -> NodeID {
        position >= 0 ? nodes[position].id : missingNames[-position - 1]
    }
}
