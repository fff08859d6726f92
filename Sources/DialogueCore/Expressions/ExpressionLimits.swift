/// Bounds on a condition's size, checked on its tokens before parsing: the parser, checker and
/// evaluator recurse once per level, so a condition built to be deep (a dialogue file can hold
/// a megabyte of parentheses) must be refused before it can exhaust the stack.
enum ExpressionLimits {
    /// Most parts (names, numbers, operators, brackets) in one condition; the shipped ones use under 20.
    static let maximumTokens = 1000
    /// Deepest nesting of parentheses, brackets and `not`s.
    static let maximumDepth = 32

    /// The error for the first token past a limit, or `nil` when `tokens` are within both.
    static func violation(in tokens: [ExpressionToken]) -> ExpressionError? {
        var depth = 0
        var negations = 0
        for token in tokens {
            switch token.kind {
            case .symbol("("), .symbol("["): depth += 1
            case .symbol(")"), .symbol("]"): depth = max(0, depth - 1)
            default: break
            }
            negations = token.kind == .identifier("not") ? negations + 1 : 0
            if depth + negations > maximumDepth {
                return ExpressionError(.syntax, at: token.offset,
                    "the condition is nested more than \(maximumDepth) deep here; split it into derived values")
            }
        }
        if tokens.count > maximumTokens {
            return ExpressionError(.syntax, at: tokens[maximumTokens].offset,
                "the condition is too long (more than \(maximumTokens) parts); split it into derived values")
        }
        return nil
    }
}
