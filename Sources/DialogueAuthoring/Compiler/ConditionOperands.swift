import DialogueCore

/// The operands of the conditions `ConditionShortcut` compiles, shared from one condition to
/// the next: an expression's operands are boxes, and a large graph's hundred thousand
/// conditions name few literals (the keys `c1` to `c6`, a few numbers) and, within a branch,
/// one variable (`a == c1`, `a == c2`). Sharing a box changes no value.
struct ConditionOperands {
    /// The variable of the condition before, shared with the next one while they name it.
    private var lastVariable: (name: String, expression: Expression)?
    /// Every literal met so far, each boxed once.
    private var literals: [Value: Expression] = [:]

    mutating func variable(_ name: String) -> Expression {
        if let lastVariable, lastVariable.name == name { return lastVariable.expression }
        let expression = Expression.variable(name)
        lastVariable = (name, expression)
        return expression
    }

    mutating func literal(_ value: Value) -> Expression {
        if let known = literals[value] { return known }
        let expression = Expression.literal(value)
        literals[value] = expression
        return expression
    }
}
