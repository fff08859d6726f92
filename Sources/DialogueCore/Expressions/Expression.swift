/// A checked expression of the condition language, with every name resolved.
///
/// Produced by `ExpressionChecker`; evaluated by `Evaluator`.
public indirect enum Expression: Hashable, Sendable {
    case literal(Value)
    case variable(String)
    case not(Expression)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case compare(ComparisonOperator, Expression, Expression)
    case member(Expression, [Expression], negated: Bool)
    case arithmetic(ArithmeticOperator, Expression, Expression)
    /// How many of the yes/no operands are yes.
    case count([Expression])
    /// Whether the variable holds a value (it was answered, defaulted or set).
    case answered(String)
    /// A built-in function applied to its checked arguments.
    case function(BuiltinFunction, [Expression])
    /// Whether any of the texts holds any of the words or phrases (whole words, any case).
    /// Unanswered texts are passed over; with none answered the result is unknown.
    case mentions([Expression], words: [String])

    /// Every variable the expression reads, in order of appearance.
    public var variablesRead: [String] {
        switch self {
        case .literal: []
        case .variable(let name), .answered(let name): [name]
        case .not(let inner): inner.variablesRead
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .compare(_, let lhs, let rhs),
            .arithmetic(_, let lhs, let rhs):
            lhs.variablesRead + rhs.variablesRead
        case .member(let subject, let set, _): subject.variablesRead + set.flatMap(\.variablesRead)
        case .count(let operands), .function(_, let operands), .mentions(let operands, _):
            operands.flatMap(\.variablesRead)
        }
    }
}

public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Only these two apply to choices, yes/no and text.
    public var isEquality: Bool { self == .equal || self == .notEqual }
}

public enum ArithmeticOperator: String, Hashable, Sendable {
    case plus = "+"
    case minus = "-"
}

/// The static type of an expression.
public enum ValueType: Hashable, Sendable, CustomStringConvertible {
    case bool
    case integer
    case text
    case yearMonth
    case date
    /// The options of the named choice variable.
    case choice(of: String)

    public var description: String {
        switch self {
        case .bool: "yes/no"
        case .integer: "integer"
        case .text: "text"
        case .yearMonth: "year-month"
        case .date: "date"
        case .choice(let name): "choice of '\(name)'"
        }
    }

    public init(_ declaration: VariableDecl) {
        switch declaration.kind {
        case .choice: self = .choice(of: declaration.name)
        case .integer: self = .integer
        case .yesNo: self = .bool
        case .text: self = .text
        case .yearMonth: self = .yearMonth
        case .date: self = .date
        }
    }
}
