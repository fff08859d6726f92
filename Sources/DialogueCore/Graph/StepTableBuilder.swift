/// Builds a `StepTable` node by node.
struct StepTableBuilder {
    let variables: [VariableDecl]
    let namer: SlotNamer
    var steps: [NodeStep] = []
    var questions: [QuestionPlan] = []
    var assignments = SharedRuns<SlotAssignment>()
    var conditionCases: [ConditionCase] = []
    var switchCases = SharedRuns<SwitchCase>()
    var sayings: [Saying] = []

    init(variables: [VariableDecl], namer: SlotNamer) {
        self.variables = variables
        self.namer = namer
    }

    mutating func reserve(_ count: Int) {
        steps.reserveCapacity(count)
    }

    /// - Parameters:
    ///   - resolved: the positions the node leads to, in the order of `Node.successors`, when
    ///     the compiler worked them out; taken only if there are as many as the node names.
    ///   - position: the position of a node id, for a node whose targets are not resolved.
    mutating func add(_ node: Node, resolved: ArraySlice<Int32>? = nil, _ position: (NodeID) -> Int) {
        steps.append(step(for: node, at: steps.count, resolved: resolved, position))
    }

    private mutating func step(for node: Node, at own: Int, resolved: ArraySlice<Int32>?, _ position: (NodeID) -> Int) -> NodeStep {
        // A branch's targets are its cases' (see `branchStep`); any other node has one at most.
        let next = node.next.map { id in resolved.flatMap { $0.count == 1 ? $0.first : nil } ?? Int32(position(id)) } ?? -1
        // The namer's method, not one of the builder's: a closure over the builder would copy it.
        let slot = namer.slot
        switch node.kind {
        case .ask(let ask):
            let asked = slot(ask.variable)
            var first: Int32 = -1
            if let declared = namer.declaration(ofSlot: asked) {
                first = Int32(questions.count)
                questions.append(QuestionPlan(node: node.id, ask: ask, declaration: variables[declared], at: declared, slot: asked))
            }
            return NodeStep(operation: .ask, slot: asked, first: first, count: 0, next: next)
        case .set(let nodeAssignments, _):
            for assignment in nodeAssignments {
                assignments.append(SlotAssignment(slot: slot(assignment.variable), value: AssignedValue(SlotExpression(assignment.value, slot))))
            }
            let operation: NodeStep.Operation = isEntangled(assignments.currentRun[...]) ? .setEntangled : .set
            return NodeStep(operation: operation, slot: -1, first: assignments.endRun(), count: Int32(nodeAssignments.count), next: next)
        case .branch(let cases, let fallback):
            if let resolved, resolved.count == cases.count + 1, let last = resolved.last {
                return branchStep(cases, at: own, targets: Array(resolved.dropLast()), fallback: last)
            }
            let targets = cases.indices.map { Int32(position(cases.target(at: $0))) }
            return branchStep(cases, at: own, targets: targets, fallback: Int32(position(fallback)))
        case .say(let text, _) where text.fixedText != nil:
            sayings.append(Saying(node: node.id, text: text.fixedText ?? text.source))
            return NodeStep(operation: .sayFixed, slot: -1, first: Int32(sayings.count - 1), count: 0, next: next)
        case .say, .emit, .end:
            return NodeStep(operation: .other, slot: -1, first: -1, count: 0, next: next)
        }
    }

    /// A branch's step: its cases with their targets, and its fallback as `next`. A switch's
    /// targets are kept relative to the branch, so that branches of the same shape share one
    /// table (a missing node's negative stand-in comes back as it was).
    private mutating func branchStep(_ cases: BranchCases, at own: Int, targets: [Int32], fallback: Int32) -> NodeStep {
        if let (variable, literals) = cases.onOneVariable {
            for (literal, target) in zip(literals, targets) { switchCases.append(SwitchCase(literal: literal, offset: target - Int32(own))) }
            return NodeStep(
                operation: .branchSwitch, slot: namer.slot(variable), first: switchCases.endRun(), count: Int32(cases.count), next: fallback)
        }
        let first = Int32(conditionCases.count)
        for (branchCase, target) in zip(cases, targets) {
            conditionCases.append(ConditionCase(condition: SlotCondition(SlotExpression(branchCase.condition, namer.slot)), target: target))
        }
        return NodeStep(operation: .branch, slot: -1, first: first, count: Int32(cases.count), next: fallback)
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
