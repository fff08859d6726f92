/// Evaluates slot expressions exactly as `Evaluator` evaluates the expressions they were made
/// from: the same three-valued logic, comparisons and arithmetic, only reading by slot.
enum SlotEvaluator {
    static func value(of expression: SlotExpression, in source: some SlotSource) -> Value? {
        switch expression {
        case .literal(let value):
            return value
        case .variable(let slot):
            return source.value(atSlot: slot)
        case .answered(let slot):
            return .bool(source.value(atSlot: slot) != nil)
        case .not, .and, .or, .compare, .member:
            return truth(of: expression, in: source).map(Value.bool)
        case .arithmetic(let arithmetic, let lhs, let rhs):
            guard let left = value(of: lhs, in: source), let right = value(of: rhs, in: source) else { return nil }
            return Evaluator.apply(arithmetic, left, right)
        case .count(let operands):
            return EvaluationRules.count(operands) { truth(of: $0, in: source) }
        case .function(let function, let arguments):
            return EvaluationRules.call(function, arguments, today: source.day) { value(of: $0, in: source) }
        case .mentions(let texts, let words):
            return EvaluationRules.mentions(texts, words: words) { value(of: $0, in: source) }
        }
    }

    /// Whether a condition holds; unknown counts as not holding.
    static func holds(_ condition: SlotExpression, in source: some SlotSource) -> Bool {
        truth(of: condition, in: source) ?? false
    }

    /// Three-valued truth: `nil` when it depends on something unanswered.
    static func truth(of expression: SlotExpression, in source: some SlotSource) -> Bool? {
        switch expression {
        case .not(let inner):
            return truth(of: inner, in: source).map { !$0 }
        case .and(let lhs, let rhs):
            return EvaluationRules.and(truth(of: lhs, in: source)) { truth(of: rhs, in: source) }
        case .or(let lhs, let rhs):
            return EvaluationRules.or(truth(of: lhs, in: source)) { truth(of: rhs, in: source) }
        case .compare(let comparison, let lhs, let rhs):
            guard let left = value(of: lhs, in: source), let right = value(of: rhs, in: source) else { return nil }
            return Evaluator.compare(comparison, left, right)
        case .member(let subject, let items, let negated):
            return EvaluationRules.membership(value(of: subject, in: source), items, negated: negated) { value(of: $0, in: source) }
        default:
            guard case .bool(let flag)? = value(of: expression, in: source) else { return nil }
            return flag
        }
    }
}
