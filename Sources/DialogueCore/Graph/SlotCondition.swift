/// A branch case's condition, with the usual shape (`score >= 7`, `v3 == 2`: a variable compared
/// with a literal) kept unboxed, so that testing it reads nothing beyond its entry in the step
/// table. The boxes of `SlotExpression`'s indirect cases lie anywhere in memory: on a large
/// graph, reaching one was a cache miss of its own at every branch taken.
enum SlotCondition: Sendable {
    /// The variable at a slot compared with a literal.
    case comparison(ComparisonOperator, Int32, Value)
    case general(SlotExpression)

    init(_ expression: SlotExpression) {
        if case .compare(let comparison, .variable(let slot), .literal(let literal)) = expression {
            self = .comparison(comparison, slot, literal)
        } else {
            self = .general(expression)
        }
    }

    /// Whether it holds, exactly as `SlotEvaluator.holds` decides for the expression it was made
    /// from: unknown (an unanswered variable, values that do not compare) counts as not holding.
    func holds(in source: some SlotSource) -> Bool {
        switch self {
        case .comparison(let comparison, let slot, let literal):
            guard let value = source.value(atSlot: slot) else { return false }
            return Evaluator.compare(comparison, value, literal) ?? false
        case .general(let expression):
            return SlotEvaluator.holds(expression, in: source)
        }
    }
}
