import DialogueCore

/// What the analysis knows about the expressions of a graph: the literals they compare with,
/// which variables are only ever compared with literals, and which expressions it can model.
///
/// Anything it does not know (an expression form added later, a builtin such as a date) makes
/// the expression unmodelled: the analysis then treats it as "could be any value" and never
/// reports a finding that rests on it.
struct ExpressionFacts {
    /// For each integer variable compared directly with numbers, the values where a comparison
    /// changes its answer: `step2_ck < 240` splits at 240 (239 and 240 differ), `x == 3` at 3
    /// and 4. Values between two splits behave the same in every comparison.
    private(set) var splitsByVariable: [String: Set<Int>] = [:]
    /// The texts each variable is compared with directly (`city == 'Boston'`).
    private(set) var textsByVariable: [String: Set<String>] = [:]
    private(set) var months: Set<YearMonth> = []
    private(set) var choiceKeys: Set<String> = []
    /// Variables read anywhere other than beside literals (compared with another variable,
    /// used in arithmetic): their values cannot be grouped by the literals alone.
    private(set) var entangled: Set<String> = []

    /// - Parameters:
    ///   - conditions: expressions tested for truth (branch and derived-case conditions).
    ///   - values: expressions whose value is kept (`set` values, derived values): a variable
    ///     that stands there alone passes its value on, so it is entangled.
    init(conditions: [Expression], values: [Expression]) {
        for expression in conditions + values { collect(expression) }
        for case .variable(let name) in values { entangled.insert(name) }
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
        case .compare(let comparison, let lhs, let rhs):
            if !noteSplits(comparison, lhs, rhs) { collectOperands([lhs, rhs]) }
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
        let variables = operands.compactMap { if case .variable(let name) = $0 { name } else { nil } }
        for operand in operands {
            if case .variable = operand, variables.count == 1 { continue }
            if variables.count == 1, case .literal(.text(let text)) = operand {
                textsByVariable[variables[0], default: []].insert(text)
            }
            if variables.count == 1, case .literal(.integer(let number)) = operand {
                splitsByVariable[variables[0], default: []].formUnion([number, number + 1])
            }
            collect(operand)
            if case .variable(let name) = operand { entangled.insert(name) }
        }
    }

    /// `variable op number` (either way round): records where the answer changes.
    private mutating func noteSplits(_ comparison: ComparisonOperator, _ lhs: Expression, _ rhs: Expression) -> Bool {
        let name: String
        let number: Int
        let flipped: Bool
        switch (lhs, rhs) {
        case (.variable(let variable), .literal(.integer(let literal))): (name, number, flipped) = (variable, literal, false)
        case (.literal(.integer(let literal)), .variable(let variable)): (name, number, flipped) = (variable, literal, true)
        default: return false
        }
        let splits: [Int]
        switch comparison {
        // x < n, x >= n (and n > x, n <= x): n-1 and n differ.
        case .less, .greaterOrEqual: splits = flipped ? [number + 1] : [number]
        // x <= n, x > n: n and n+1 differ.
        case .lessOrEqual, .greater: splits = flipped ? [number] : [number + 1]
        case .equal, .notEqual: splits = [number, number + 1]
        }
        splitsByVariable[name, default: []].formUnion(splits)
        return true
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
