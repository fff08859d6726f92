/// A branch whose every case is `variable == literal` on one variable, as dialogues branch on
/// a choice: the variable is read once and matched like a switch, not once a case.
final class BranchSwitch: Sendable {
    let variable: String
    /// Each case's literal, in order.
    let literals: [Value]

    /// `nil` unless there are at least two cases, all of that shape on the same variable.
    init?(_ cases: [BranchCase]) {
        guard cases.count >= 2 else { return nil }
        var variable: String?
        var literals: [Value] = []
        for branchCase in cases {
            guard case .compare(.equal, .variable(let name), .literal(let literal)) = branchCase.condition,
                variable == nil || variable == name
            else { return nil }
            variable = name
            literals.append(literal)
        }
        guard let variable else { return nil }
        self.variable = variable
        self.literals = literals
    }

    /// The number of the case taken when the variable holds `value`, or the number of cases
    /// (the fallback): the first equal literal, as the cases would be tried in turn. An unknown
    /// value makes every comparison unknown, so no case holds.
    func caseTaken(for value: Value?) -> Int {
        guard let value else { return literals.count }
        return literals.firstIndex(of: value) ?? literals.count
    }
}

/// What the engine needs at a node beyond the node itself, gathered once when the graph is
/// built. One word wide: each case holds a reference.
enum NodePlan: Sendable {
    case none
    case question(QuestionPlan)
    case branchSwitch(BranchSwitch)
}
