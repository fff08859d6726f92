/// The parts of a `DialogueGraph`, with every node also known by its position, so that the
/// engine follows positions from node to node instead of hashing ids at every step.
///
/// A position is an index into `nodes`; a negative one, `-(k + 1)`, stands for `missingNames[k]`,
/// a `next` that names no node (the engine stops there with a message naming it).
final class GraphStorage: Sendable {
    let start: NodeID
    let variables: [VariableDecl]
    let nodes: [Node]
    let nodeOrder: [NodeID]
    let migrations: NodeMigrations
    let variableIndex: [String: Int]
    let nodeIndex: [NodeID: Int]
    /// The position of the start node.
    let startPosition: Int
    /// Every node's successors as positions, in `Node.successors` order, from `firstSuccessor[node]`.
    let successors: [Int32]
    let firstSuccessor: [Int32]
    /// What the engine needs at each node beyond the node: a question's plan (when its
    /// variable is declared), a branch that can be matched like a switch.
    let plans: [NodePlan]
    let missingNames: [NodeID]
    /// `set` nodes where an assignment may read what an earlier one of the same node assigns:
    /// only these need all their values computed before the first is bound.
    let entangledSets: Set<Int>

    init(start: NodeID, variables: [VariableDecl], nodes allNodes: [Node], migrations: NodeMigrations) {
        self.start = start
        self.variables = variables
        self.migrations = migrations
        self.nodeOrder = allNodes.map(\.id)
        var nodeIndex: [NodeID: Int] = [:]
        var nodes: [Node] = []
        nodeIndex.reserveCapacity(allNodes.count)
        nodes.reserveCapacity(allNodes.count)
        for node in allNodes where nodeIndex[node.id] == nil {
            nodeIndex[node.id] = nodes.count
            nodes.append(node)
        }
        let variableIndex = Dictionary(variables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var missingNames: [NodeID] = []
        func position(of id: NodeID) -> Int {
            if let index = nodeIndex[id] { return index }
            missingNames.append(id)
            return -missingNames.count
        }
        var successors: [Int32] = []
        var firstSuccessor: [Int32] = []
        var plans: [NodePlan] = []
        var entangledSets: Set<Int> = []
        firstSuccessor.reserveCapacity(nodes.count)
        plans.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            if case .set(let assignments, _) = node.kind, Self.isEntangled(assignments, variables, variableIndex) {
                entangledSets.insert(index)
            }
            firstSuccessor.append(Int32(successors.count))
            for successor in node.successors { successors.append(Int32(position(of: successor))) }
            plans.append(Self.plan(for: node, variables, variableIndex))
        }
        self.startPosition = position(of: start)
        self.nodes = nodes
        self.nodeIndex = nodeIndex
        self.variableIndex = variableIndex
        self.successors = successors
        self.firstSuccessor = firstSuccessor
        self.plans = plans
        self.missingNames = missingNames
        self.entangledSets = entangledSets
    }

    private static func plan(for node: Node, _ variables: [VariableDecl], _ index: [String: Int]) -> NodePlan {
        switch node.kind {
        case .ask(let ask):
            guard let variable = index[ask.variable] else { return .none }
            return .question(QuestionPlan(node: node.id, ask: ask, declaration: variables[variable]))
        case .branch(let cases, _):
            return BranchSwitch(cases).map(NodePlan.branchSwitch) ?? .none
        default:
            return .none
        }
    }

    /// The plan of the question at `position`, if it is one whose variable is declared.
    func question(at position: Int) -> QuestionPlan? {
        if case .question(let plan) = plans[position] { return plan }
        return nil
    }

    /// Whether an assignment reads a variable assigned before it in the same node, or a derived
    /// variable (which might read one).
    private static func isEntangled(_ assignments: [Assignment], _ variables: [VariableDecl], _ index: [String: Int]) -> Bool {
        var assigned: Set<String> = []
        for assignment in assignments {
            if !assigned.isEmpty {
                for name in assignment.value.variablesRead {
                    if assigned.contains(name) { return true }
                    if let position = index[name], variables[position].isDerived { return true }
                }
            }
            assigned.insert(assignment.variable)
        }
        return false
    }

    /// The position node `node`'s successor number `offset` leads to.
    func successor(_ offset: Int, of node: Int) -> Int {
        Int(successors[Int(firstSuccessor[node]) + offset])
    }

    /// Whether the `set` node at `position` is in `entangledSets` (usually empty, and then
    /// without hashing).
    func isEntangledSet(at position: Int) -> Bool {
        !entangledSets.isEmpty && entangledSets.contains(position)
    }

    /// The id at a position, or the name a `next` gave for a node that does not exist.
    func id(at position: Int) -> NodeID {
        position >= 0 ? nodes[position].id : missingNames[-position - 1]
    }
}
