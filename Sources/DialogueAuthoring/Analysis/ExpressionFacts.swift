import DialogueCore

/// What the analysis knows about the expressions of a graph: the literals they compare with,
/// which variables are only ever compared with literals, and which expressions it can model.
///
/// Anything it does not know (an expression form added later, a builtin such as a date) makes
/// the expression unmodelled: the analysis then treats it as "could be any value" and never
/// reports a finding that rests on it.
struct ExpressionFacts {
    private(set) var integers: Set<Int> = []
    private(set) var texts: Set<String> = []
    private(set) var months: Set<YearMonth> = []
    private(set) var choiceKeys: Set<String> = []
    /// Variables read anywhere other than beside literals (compared with another variable,
    /// used in arithmetic): their values cannot be grouped by the literals alone.
    private(set) var entangled: Set<String> = []

    init(_ expressions: [Expression]) {
        for expression in expressions { collect(expression) }
    }

    private mutating func collect(_ expression: Expression) {
        switch expression {
        case .literal(let value):
            note(value)
        case .not(let inner):
            collect(inner)
        case .and(let lhs, let rhs), .or(let lhs, let rhs):
            collect(lhs)
            collect(rhs)
        case .compare(_, let lhs, let rhs):
            collectOperands([lhs, rhs])
        case .member(let subject, let items, _):
            collectOperands([subject] + items)
        case .count(let operands):
            operands.forEach { collect($0) }
        case .variable, .answered:
            // A bare yes/no is enumerated whole; `answered` only asks whether there is a value.
            break
        default:
            // Arithmetic, and forms this analysis does not know: every variable inside is entangled.
            entangled.formUnion(expression.variablesRead)
            collectLiterals(in: expression)
        }
    }

    /// A comparison's operands: a variable beside only literals stays groupable.
    private mutating func collectOperands(_ operands: [Expression]) {
        let variables = operands.filter { if case .variable = $0 { true } else { false } }
        for operand in operands {
            if case .variable = operand, variables.count == 1 { continue }
            collect(operand)
            if case .variable(let name) = operand { entangled.insert(name) }
        }
    }

    private mutating func collectLiterals(in expression: Expression) {
        if case .literal(let value) = expression { note(value) }
        if case .arithmetic(_, let lhs, let rhs) = expression {
            collectLiterals(in: lhs)
            collectLiterals(in: rhs)
        }
    }

    private mutating func note(_ value: Value) {
        switch value {
        case .integer(let number): integers.insert(number)
        case .text(let text): texts.insert(text)
        case .yearMonth(let month): months.insert(month)
        case .choice(let key): choiceKeys.insert(key)
        default: break
        }
    }

    /// Whether the analysis can evaluate this expression exactly (given modelled values).
    static func isModelled(_ expression: Expression) -> Bool {
        switch expression {
        case .variable, .answered: true
        case .not(let inner): isModelled(inner)
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .compare(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs):
            isModelled(lhs) && isModelled(rhs)
        case .member(let subject, let items, _): isModelled(subject) && items.allSatisfy(isModelled)
        case .count(let operands): operands.allSatisfy(isModelled)
        default:
            if case .literal(let value) = expression { isModelledValue(value) } else { false }
        }
    }

    static func isModelledValue(_ value: Value) -> Bool {
        switch value {
        case .choice, .integer, .bool, .text: true
        default:
            if case .yearMonth = value { true } else { false }
        }
    }
}
