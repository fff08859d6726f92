/// An expression as written, before names are resolved. Offsets count characters from the
/// start of the expression text, so that diagnostics can point at the column.
public indirect enum SyntaxExpression: Hashable, Sendable {
    case integer(Int, at: Int)
    case string(String, at: Int)
    case identifier(String, at: Int)
    case call(String, [SyntaxExpression], at: Int)
    case not(SyntaxExpression, at: Int)
    case logical(LogicalOperator, SyntaxExpression, SyntaxExpression, at: Int)
    case compare(ComparisonOperator, SyntaxExpression, SyntaxExpression, at: Int)
    case arithmetic(ArithmeticOperator, SyntaxExpression, SyntaxExpression, at: Int)
    case member(SyntaxExpression, [SyntaxExpression], negated: Bool, at: Int)

    public var offset: Int {
        switch self {
        case .integer(_, let at), .string(_, let at), .identifier(_, let at), .call(_, _, let at),
            .not(_, let at), .logical(_, _, _, let at), .compare(_, _, _, let at),
            .arithmetic(_, _, _, let at), .member(_, _, _, let at):
            at
        }
    }
}

public enum LogicalOperator: String, Hashable, Sendable {
    case and
    case or
}

/// A problem found in an expression, at a character offset within it.
public struct ExpressionError: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case syntax
        case undeclared
        case typeMismatch
        case unknownKey
    }

    public let kind: Kind
    public let offset: Int
    public let message: String

    public init(_ kind: Kind, at offset: Int, _ message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }
}

/// Every problem found in one expression.
public struct ExpressionErrors: Error, Hashable, Sendable {
    public let errors: [ExpressionError]
}
