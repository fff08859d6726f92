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
            var total = 0
            for operand in operands {
                guard let flag = truth(of: operand, in: source) else { return nil }
                if flag { total += 1 }
            }
            return .integer(total)
        case .function(let function, let arguments):
            var values: [Value] = []
            for argument in arguments {
                guard let value = value(of: argument, in: source) else { return nil }
                values.append(value)
            }
            return function.apply(values, today: source.day)
        case .mentions(let texts, let words):
            let answered = texts.compactMap { text -> String? in
                if case .text(let value)? = value(of: text, in: source) { return value }
                return nil
            }
            guard !answered.isEmpty else { return nil }
            return .bool(answered.contains { WordMatcher.contains($0, anyOf: words) })
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
            let left = truth(of: lhs, in: source)
            if left == false { return false }
            let right = truth(of: rhs, in: source)
            if right == false { return false }
            return left == nil || right == nil ? nil : true
        case .or(let lhs, let rhs):
            let left = truth(of: lhs, in: source)
            if left == true { return true }
            let right = truth(of: rhs, in: source)
            if right == true { return true }
            return left == nil || right == nil ? nil : false
        case .compare(let comparison, let lhs, let rhs):
            guard let left = value(of: lhs, in: source), let right = value(of: rhs, in: source) else { return nil }
            return Evaluator.compare(comparison, left, right)
        case .member(let subject, let items, let negated):
            guard let needle = value(of: subject, in: source) else { return nil }
            let candidates = items.map { value(of: $0, in: source) }
            if candidates.contains(needle) { return !negated }
            // Not among the known items; with an unknown item it might still be.
            if candidates.contains(nil) { return nil }
            return negated
        default:
            guard case .bool(let flag)? = value(of: expression, in: source) else { return nil }
            return flag
        }
    }
}
