/// A branch's cases, in order.
///
/// Most branches of a dialogue test one variable against one literal a case (`track == derm`), as
/// it branches on a choice. Those are kept as the variable, the literals and the targets, not as a
/// condition each: a comparison is three boxes of which one, 48 bytes, is the case's own, and a
/// large graph has hundreds of thousands of them. Each case's condition is made when it is read;
/// the engine never reads it (its step table has the literals), the authoring tools seldom do.
public struct BranchCases: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    private enum Storage: Sendable {
        case list([BranchCase])
        case onOneVariable(OneVariableCases)
    }

    private let storage: Storage

    /// The cases as given, kept as they are.
    public init(_ cases: [BranchCase]) {
        storage = .list(cases)
    }

    public init(arrayLiteral cases: BranchCase...) {
        self.init(cases)
    }

    /// Cases that each test `variable == literals[i]` and lead to `targets[i]`: the same cases as
    /// those conditions would make, kept without them.
    package init(variable: String, literals: [Value], targets: [NodeID]) {
        storage = .onOneVariable(OneVariableCases(variable: variable, literals: literals, targets: targets))
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .list(let cases): cases.count
        case .onOneVariable(let cases): cases.targets.count
        }
    }

    public subscript(index: Int) -> BranchCase {
        switch storage {
        case .list(let cases):
            cases[index]
        case .onOneVariable(let cases):
            BranchCase(
                condition: .compare(.equal, .variable(cases.variable), .literal(cases.literals[index])), target: cases.targets[index])
        }
    }

    /// Where the case at `index` leads, without making its condition.
    public func target(at index: Int) -> NodeID {
        switch storage {
        case .list(let cases): cases[index].target
        case .onOneVariable(let cases): cases.targets[index]
        }
    }

    /// The variable and each case's literal in order, when every case tests `variable == literal`
    /// on one variable and there are at least two: a branch the engine takes as a switch.
    package var onOneVariable: (variable: String, literals: [Value])? {
        switch storage {
        case .onOneVariable(let cases): (cases.variable, cases.literals)
        case .list(let cases): Self.oneVariable(of: cases)
        }
    }

    /// Whether the cases are kept as a variable and its literals, without conditions.
    package var isKeptOnOneVariable: Bool {
        if case .onOneVariable = storage { return true }
        return false
    }

    /// The variable and each case's literal in order, when there are at least two cases, all
    /// `variable == literal` on the same variable; `nil` otherwise.
    package static func oneVariable(of cases: some Collection<BranchCase>) -> (variable: String, literals: [Value])? {
        guard cases.count >= 2 else { return nil }
        var variable: String?
        var literals: [Value] = []
        literals.reserveCapacity(cases.count)
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

    public static func == (lhs: BranchCases, rhs: BranchCases) -> Bool {
        if case .list(let left) = lhs.storage, case .list(let right) = rhs.storage { return left == right }
        return lhs.elementsEqual(rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for branchCase in self { hasher.combine(branchCase) }
    }
}

/// The parts of cases on one variable, shared by the copies of a node.
private final class OneVariableCases: Sendable {
    let variable: String
    let literals: [Value]
    let targets: [NodeID]

    init(variable: String, literals: [Value], targets: [NodeID]) {
        self.variable = variable
        self.literals = literals
        self.targets = targets
    }
}
