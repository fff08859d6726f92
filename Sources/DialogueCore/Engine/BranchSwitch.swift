/// A branch whose every case is `variable == literal` on one variable, as dialogues branch on
/// a choice: the variable is read once and matched like a switch, not once a case.
enum BranchSwitch {
    /// The variable and each case's literal in order; `nil` unless there are at least two
    /// cases, all of that shape on the same variable.
    static func match(_ cases: [BranchCase]) -> (variable: String, literals: [Value])? {
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
        return (variable, literals)
    }

    /// The number of the case taken when the variable holds `value`, or the number of cases
    /// (the fallback): the first equal literal, as the cases would be tried in turn. An unknown
    /// value makes every comparison unknown, so no case holds.
    static func caseTaken(for value: Value?, among literals: ArraySlice<Value>) -> Int {
        guard let value else { return literals.count }
        return literals.firstIndex(of: value).map { $0 - literals.startIndex } ?? literals.count
    }
}
