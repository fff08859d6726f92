/// What the engine does at one node, in 20 bytes: a walk over a large graph reads one of these
/// and the few entries of the flat arrays of `StepTable` it points to, instead of following a
/// node's boxes and arrays through memory, and retains nothing on the way.
struct NodeStep: Equatable, Sendable {
    enum Operation: UInt8, Sendable {
        /// `first` is the question's plan in `StepTable.questions`, or -1 when its variable is
        /// not declared.
        case ask
        /// `first` and `count` delimit the node's assignments in `StepTable.assignments`.
        case set
        /// A `set` node where an assignment reads what an earlier one of the node assigns (or a
        /// derived value, which might): all its values are computed before the first is bound.
        case setEntangled
        /// `first` and `count` delimit the cases in `StepTable.conditionCases`.
        case branch
        /// Every case compares `slot` with a literal: `first` and `count` delimit them in
        /// `StepTable.switchCases`, whose targets are counted from the branch's own position.
        case branchSwitch
        /// A `say` node whose text has no placeholder: `first` is its text in `StepTable.sayings`.
        case sayFixed
        /// Other `say` nodes, `emit` and `end`: read from the node itself.
        case other
    }

    let operation: Operation
    let slot: Int32
    let first: Int32
    let count: Int32
    /// The position of the node's one successor, or of a branch's fallback (so that most steps
    /// read no other array to go on).
    let next: Int32

    /// Stands for a position that names no node, where the engine stops.
    static let missing = NodeStep(operation: .other, slot: -1, first: -1, count: 0, next: -1)
}

/// What a `say` node with a fixed text says.
struct Saying: Sendable {
    let node: NodeID
    let text: String
}

/// A case of a branch on one variable: the literal it compares with, and where it leads. Beside
/// each other, so that a branch reads one place in memory, not one for the tests and another
/// for the targets (on a large graph, each a cache miss).
struct SwitchCase: RunElement {
    let literal: Value
    /// The target's position less the branch's: branches that lead alike share their cases.
    let offset: Int32

    var fingerprint: Int? {
        var mixed = Fingerprint(Int(offset))
        return mixed.add(literal: literal) ? mixed.value : nil
    }
}

/// A case of any other branch: its condition, and where it leads.
struct ConditionCase: Sendable {
    let condition: SlotCondition
    let target: Int32
}

/// One assignment of a `set` node, its variable and expression resolved to slots.
struct SlotAssignment: RunElement {
    let slot: Int32
    let value: AssignedValue

    var fingerprint: Int? {
        var mixed = Fingerprint(Int(slot))
        switch value {
        case .integer(let number):
            mixed.add(1)
            mixed.add(number)
        case .offset(let read, let number, let arithmetic):
            mixed.add(2)
            mixed.add(Int(read))
            mixed.add(arithmetic == .plus ? number : ~number)
        case .constant(let literal):
            mixed.add(3)
            guard mixed.add(literal: literal) else { return nil }
        case .computed:
            return nil
        }
        return mixed.value
    }
}

/// An assignment's expression, with the usual shapes (`v3: 2`, `score: score + 1`) kept unboxed
/// as whole numbers, so that an assignment is 24 bytes and computing it reads nothing beyond it.
enum AssignedValue: Equatable, Sendable {
    case integer(Int)
    /// A variable plus or minus a whole number.
    case offset(Int32, by: Int, ArithmeticOperator)
    indirect case constant(Value)
    indirect case computed(SlotExpression)

    init(_ expression: SlotExpression) {
        switch expression {
        case .literal(.integer(let number)): self = .integer(number)
        case .literal(let value): self = .constant(value)
        case .arithmetic(let arithmetic, .variable(let slot), .literal(.integer(let number))):
            self = .offset(slot, by: number, arithmetic)
        default: self = .computed(expression)
        }
    }

    /// Calls `body` with each slot it reads.
    func forEachSlot(_ body: (Int32) -> Void) {
        switch self {
        case .integer, .constant: break
        case .offset(let slot, _, _): body(slot)
        case .computed(let expression): expression.forEachSlot(body)
        }
    }

    /// Its value, exactly as `SlotEvaluator` would compute the expression it was made from.
    func value(in source: some SlotSource) -> Value? {
        switch self {
        case .integer(let number): .integer(number)
        case .offset(let slot, let number, let arithmetic):
            source.value(atSlot: slot).flatMap { Evaluator.apply(arithmetic, $0, .integer(number)) }
        case .constant(let value): value
        case .computed(let expression): SlotEvaluator.value(of: expression, in: source)
        }
    }
}

/// Every node's step, with the flat arrays the steps point into, built once with the graph.
struct StepTable: Sendable {
    let steps: [NodeStep]
    let questions: [QuestionPlan]
    let assignments: [SlotAssignment]
    let conditionCases: [ConditionCase]
    let switchCases: [SwitchCase]
    let sayings: [Saying]

    /// - Parameters:
    ///   - resolved: the positions each node leads to, when the compiler worked them out.
    ///   - position: the position of a node id, or a negative stand-in for a missing one.
    init(nodes: [Node], variables: [VariableDecl], namer: SlotNamer, resolved: NodeTargets? = nil, position: (NodeID) -> Int) {
        var builder = StepTableBuilder(variables: variables, namer: namer)
        builder.reserve(nodes.count)
        for (index, node) in nodes.enumerated() {
            builder.add(node, resolved: resolved?.of(index)) { id in
                NearbyTarget.position(after: index, count: nodes.count) { nodes[$0].id == id } ?? position(id)
            }
        }
        steps = builder.steps
        questions = builder.questions
        assignments = builder.assignments.elements
        conditionCases = builder.conditionCases
        switchCases = builder.switchCases.elements
        sayings = builder.sayings
    }

    /// The step at `position`, or `NodeStep.missing` for a negative position.
    func step(at position: Int) -> NodeStep {
        position >= 0 ? steps[position] : .missing
    }
}
