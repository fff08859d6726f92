/// Builds a `StepTable` node by node.
struct StepTableBuilder {
    let variables: [VariableDecl]
    let namer: SlotNamer
    var steps: [NodeStep] = []
    var successors: [Int32] = []
    var questions: [QuestionPlan] = []
    var assignments: [SlotAssignment] = []
    var conditions: [SlotExpression] = []
    var literals: [Value] = []
    var sayings: [Saying] = []

    init(variables: [VariableDecl], namer: SlotNamer) {
        self.variables = variables
        self.namer = namer
    }

    mutating func reserve(_ count: Int) {
        steps.reserveCapacity(count)
        successors.reserveCapacity(count)
    }

    mutating func add(_ node: Node, _ position: (NodeID) -> Int) {
        let targets = node.successors
        var next: Int32 = -1
        if case .branch = node.kind {
            next = Int32(successors.count)
            for target in targets { successors.append(Int32(position(target))) }
        } else if let target = targets.first {
            next = Int32(position(target))
        }
        steps.append(step(for: node, next: next))
    }

    private mutating func step(for node: Node, next: Int32) -> NodeStep {
        // The namer's method, not one of the builder's: a closure over the builder would copy it.
        let slot = namer.slot
        switch node.kind {
        case .ask(let ask):
            let asked = slot(ask.variable)
            var first: Int32 = -1
            if let declared = namer.declaration(ofSlot: asked) {
                first = Int32(questions.count)
                questions.append(QuestionPlan(node: node.id, ask: ask, declaration: variables[declared], slot: asked))
            }
            return NodeStep(operation: .ask, slot: asked, first: first, count: 0, next: next)
        case .set(let nodeAssignments, _):
            let first = assignments.count
            for assignment in nodeAssignments {
                assignments.append(SlotAssignment(slot: slot(assignment.variable), value: AssignedValue(SlotExpression(assignment.value, slot))))
            }
            let operation: NodeStep.Operation = isEntangled(assignments[first...]) ? .setEntangled : .set
            return NodeStep(operation: operation, slot: -1, first: Int32(first), count: Int32(nodeAssignments.count), next: next)
        case .branch(let cases, _):
            if let (variable, caseLiterals) = BranchSwitch.match(cases) {
                let first = Int32(literals.count)
                literals += caseLiterals
                return NodeStep(operation: .branchSwitch, slot: slot(variable), first: first, count: Int32(cases.count), next: next)
            }
            let first = Int32(conditions.count)
            for branchCase in cases { conditions.append(SlotExpression(branchCase.condition, slot)) }
            return NodeStep(operation: .branch, slot: -1, first: first, count: Int32(cases.count), next: next)
        case .say(let text, _) where text.fixedText != nil:
            sayings.append(Saying(node: node.id, text: text.fixedText ?? text.source))
            return NodeStep(operation: .sayFixed, slot: -1, first: Int32(sayings.count - 1), count: 0, next: next)
        case .say, .emit, .end:
            return NodeStep(operation: .other, slot: -1, first: -1, count: 0, next: next)
        }
    }

    /// Whether an assignment reads a variable assigned before it in the same node, or a derived
    /// variable (which might read one).
    private func isEntangled(_ assignments: ArraySlice<SlotAssignment>) -> Bool {
        var entangled = false
        for index in assignments.indices.dropFirst() {
            let earlier = assignments[..<index]
            assignments[index].value.forEachSlot { read in
                if namer.isDerived(read) || earlier.contains(where: { $0.slot == read }) { entangled = true }
            }
        }
        return entangled
    }
}
