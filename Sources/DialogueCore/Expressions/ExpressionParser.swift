/// Parses the condition language:
///
///     expression := or
///     or         := and ("or" and)*
///     and        := not ("and" not)*
///     not        := "not" not | comparison
///     comparison := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum | "not"? "in" "[" list "]")?
///     sum        := primary (("+" | "-") primary)*
///     primary    := integer | 'text' | name | name "(" list ")" | "(" expression ")"
public struct ExpressionParser {
    private var tokens: [ExpressionToken]
    private var position = 0

    /// Parses a whole expression, or names the first syntax error and where it is.
    public static func parse(_ text: String) -> Result<SyntaxExpression, ExpressionError> {
        switch ExpressionLexer.tokens(in: text) {
        case .failure(let error):
            return .failure(error)
        case .success(let tokens):
            if let error = ExpressionLimits.violation(in: tokens) { return .failure(error) }
            var parser = ExpressionParser(tokens: tokens)
            do {
                let expression = try parser.parseOr()
                guard case .end = parser.current.kind else {
                    throw ExpressionError(.syntax, at: parser.current.offset, "unexpected \(describe(parser.current)) after a complete condition")
                }
                return .success(expression)
            } catch let error as ExpressionError {
                return .failure(error)
            } catch {
                return .failure(ExpressionError(.syntax, at: 0, "\(error)"))
            }
        }
    }

    private init(tokens: [ExpressionToken]) {
        self.tokens = tokens
    }

    private var current: ExpressionToken { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() { position += 1 }

    private func isKeyword(_ word: String) -> Bool {
        if case .identifier(word) = current.kind { return true }
        return false
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(symbol) = current.kind { return true }
        return false
    }

    private mutating func expect(_ symbol: String, _ context: String) throws(ExpressionError) {
        guard isSymbol(symbol) else {
            throw ExpressionError(.syntax, at: current.offset, "expected '\(symbol)' \(context), found \(Self.describe(current))")
        }
        advance()
    }

    private mutating func parseOr() throws(ExpressionError) -> SyntaxExpression {
        var lhs = try parseAnd()
        while isKeyword("or") {
            let offset = current.offset
            advance()
            lhs = .logical(.or, lhs, try parseAnd(), at: offset)
        }
        return lhs
    }

    private mutating func parseAnd() throws(ExpressionError) -> SyntaxExpression {
        var lhs = try parseNot()
        while isKeyword("and") {
            let offset = current.offset
            advance()
            lhs = .logical(.and, lhs, try parseNot(), at: offset)
        }
        return lhs
    }

    private mutating func parseNot() throws(ExpressionError) -> SyntaxExpression {
        guard isKeyword("not") else { return try parseComparison() }
        let offset = current.offset
        advance()
        return .not(try parseNot(), at: offset)
    }

    private mutating func parseComparison() throws(ExpressionError) -> SyntaxExpression {
        let lhs = try parseSum()
        if case .symbol(let symbol) = current.kind, let comparison = ComparisonOperator(rawValue: symbol) {
            let offset = current.offset
            advance()
            return .compare(comparison, lhs, try parseSum(), at: offset)
        }
        let offset = current.offset
        var negated = false
        if isKeyword("not"), position + 1 < tokens.count, tokens[position + 1].kind == .identifier("in") {
            negated = true
            advance()
        }
        guard isKeyword("in") else { return lhs }
        advance()
        try expect("[", "after 'in'")
        let list = try parseList(closing: "]")
        return .member(lhs, list, negated: negated, at: offset)
    }

    private mutating func parseSum() throws(ExpressionError) -> SyntaxExpression {
        var lhs = try parsePrimary()
        while case .symbol(let symbol) = current.kind, let arithmetic = ArithmeticOperator(rawValue: symbol) {
            let offset = current.offset
            advance()
            lhs = .arithmetic(arithmetic, lhs, try parsePrimary(), at: offset)
        }
        return lhs
    }

    private mutating func parsePrimary() throws(ExpressionError) -> SyntaxExpression {
        let token = current
        switch token.kind {
        case .integer(let number):
            advance()
            return .integer(number, at: token.offset)
        case .string(let text):
            advance()
            return .string(text, at: token.offset)
        case .identifier(let name) where !["and", "or", "not", "in"].contains(name):
            advance()
            guard isSymbol("(") else { return .identifier(name, at: token.offset) }
            advance()
            return .call(name, try parseList(closing: ")"), at: token.offset)
        case .symbol("("):
            advance()
            let inner = try parseOr()
            try expect(")", "to close the '(' at column \(token.offset + 1)")
            return inner
        default:
            throw ExpressionError(.syntax, at: token.offset, "expected a value or a name, found \(Self.describe(token))")
        }
    }

    private mutating func parseList(closing: String) throws(ExpressionError) -> [SyntaxExpression] {
        var items: [SyntaxExpression] = []
        if isSymbol(closing) {
            advance()
            return items
        }
        while true {
            items.append(try parseOr())
            if isSymbol(",") {
                advance()
                continue
            }
            try expect(closing, "to close the list")
            return items
        }
    }

    private static func describe(_ token: ExpressionToken) -> String {
        switch token.kind {
        case .integer(let number): "'\(number)'"
        case .string(let text): "'\(text)'"
        case .identifier(let name): "'\(name)'"
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end of the condition"
        }
    }
}
