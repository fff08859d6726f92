/// Resolves names and checks types of a parsed expression against the declared variables.
///
/// A bare name is a choice key when the other side of a comparison (or the expected type) is
/// that choice, else a variable: `target == derm` reads `target` and the key `derm`.
public struct ExpressionChecker: Sendable {
    private let lookup: @Sendable (String) -> VariableDecl?
    private let variableNames: [String]
    private var errors: [ExpressionError] = []

    /// - Parameters:
    ///   - variables: the declared variables, for name lookup and suggestions.
    public init(variables: [VariableDecl]) {
        let index = Dictionary(variables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.lookup = { index[$0] }
        self.variableNames = variables.map(\.name)
    }

    /// A checker that finds declarations with `lookup`, for checking many expressions against
    /// the same declarations without indexing them again for each.
    /// - Parameters:
    ///   - lookup: the declaration of a name, if any.
    ///   - variableNames: every declared name, for suggestions.
    public init(lookup: @escaping @Sendable (String) -> VariableDecl?, variableNames: [String]) {
        self.lookup = lookup
        self.variableNames = variableNames
    }

    /// Checks `syntax`, which must have the type `expected` when one is given; the same as
    /// `check(_:expecting:variables:)` with this checker's declarations.
    public mutating func checked(_ syntax: SyntaxExpression, expecting expected: ValueType?) -> Result<(Expression, ValueType), ExpressionErrors> {
        errors = []
        let typed = check(syntax, expecting: expected)
        if let typed, errors.isEmpty { return .success(typed) }
        return .failure(ExpressionErrors(errors: errors))
    }

    /// Checks `syntax`, which must have the type `expected` when one is given.
    public static func check(
        _ syntax: SyntaxExpression, expecting expected: ValueType?, variables: [VariableDecl]
    ) -> Result<(Expression, ValueType), ExpressionErrors> {
        var checker = ExpressionChecker(variables: variables)
        let typed = checker.check(syntax, expecting: expected)
        if let typed, checker.errors.isEmpty { return .success(typed) }
        return .failure(ExpressionErrors(errors: checker.errors))
    }

    private mutating func fail(_ kind: ExpressionError.Kind, _ offset: Int, _ message: String) -> (Expression, ValueType)? {
        errors.append(ExpressionError(kind, at: offset, message))
        return nil
    }

    private mutating func check(_ syntax: SyntaxExpression, expecting expected: ValueType?) -> (Expression, ValueType)? {
        guard let typed = infer(syntax, hint: expected) else { return nil }
        if let expected, typed.1 != expected {
            return fail(.typeMismatch, syntax.offset, "expected \(expected) here, found \(typed.1)")
        }
        return typed
    }

    private mutating func infer(_ syntax: SyntaxExpression, hint: ValueType?) -> (Expression, ValueType)? {
        switch syntax {
        case .integer(let number, _):
            return (.literal(.integer(number)), .integer)
        case .string(let text, let offset):
            return literal(text, quoted: true, at: offset, hint: hint)
        case .identifier(let name, let offset):
            return identifier(name, at: offset, hint: hint)
        case .call(let name, let arguments, let offset):
            return call(name, arguments, at: offset)
        case .not(let inner, _):
            return check(inner, expecting: .bool).map { (.not($0.0), .bool) }
        case .logical(let logical, let lhs, let rhs, _):
            let left = check(lhs, expecting: .bool)
            let right = check(rhs, expecting: .bool)
            guard let left, let right else { return nil }
            return (logical == .and ? .and(left.0, right.0) : .or(left.0, right.0), .bool)
        case .compare(let comparison, let lhs, let rhs, let offset):
            return compare(comparison, lhs, rhs, at: offset)
        case .arithmetic(let arithmetic, let lhs, let rhs, let offset):
            return self.arithmetic(arithmetic, lhs, rhs, at: offset)
        case .member(let subject, let items, let negated, let offset):
            return member(subject, items, negated: negated, at: offset)
        }
    }

    /// A bare word that is no variable, or quoted text: its type comes from the other side.
    private func isUnresolvedName(_ syntax: SyntaxExpression) -> Bool {
        switch syntax {
        case .identifier(let name, _): !Self.isBoolWord(name) && lookup(name) == nil
        case .string: true
        default: false
        }
    }

    private static func isBoolWord(_ name: String) -> Bool {
        switch name {
        case "yes", "no", "true", "false": true
        default: false
        }
    }

    private mutating func compare(
        _ comparison: ComparisonOperator, _ lhs: SyntaxExpression, _ rhs: SyntaxExpression, at offset: Int
    ) -> (Expression, ValueType)? {
        // `derm == target` reads as well as `target == derm`: type the variable side first.
        let swapped = isUnresolvedName(lhs) && !isUnresolvedName(rhs)
        guard let first = infer(swapped ? rhs : lhs, hint: nil) else { return nil }
        guard let second = check(swapped ? lhs : rhs, expecting: first.1) else { return nil }
        let (left, right) = swapped ? (second, first) : (first, second)
        if !comparison.isEquality, ![.integer, .yearMonth, .date].contains(left.1) {
            return fail(.typeMismatch, offset, "'\(comparison.rawValue)' compares numbers, months or dates, not \(left.1)")
        }
        return (.compare(comparison, left.0, right.0), .bool)
    }

    private mutating func member(
        _ subject: SyntaxExpression, _ items: [SyntaxExpression], negated: Bool, at offset: Int
    ) -> (Expression, ValueType)? {
        guard let typedSubject = infer(subject, hint: nil) else { return nil }
        if typedSubject.1 == .bool {
            return fail(.typeMismatch, offset, "'in' needs a choice, number, text or month on its left, not yes/no")
        }
        var typedItems: [Expression] = []
        for item in items {
            if let typed = check(item, expecting: typedSubject.1) { typedItems.append(typed.0) }
        }
        guard typedItems.count == items.count else { return nil }
        return (.member(typedSubject.0, typedItems, negated: negated), .bool)
    }

    private mutating func arithmetic(
        _ arithmetic: ArithmeticOperator, _ lhs: SyntaxExpression, _ rhs: SyntaxExpression, at offset: Int
    ) -> (Expression, ValueType)? {
        let left = infer(lhs, hint: nil)
        let right = infer(rhs, hint: .integer)
        guard let left, let right else { return nil }
        let expression = Expression.arithmetic(arithmetic, left.0, right.0)
        switch (left.1, right.1, arithmetic) {
        case (.integer, .integer, _): return (expression, .integer)
        case (.yearMonth, .integer, _): return (expression, .yearMonth)
        case (.yearMonth, .yearMonth, .minus): return (expression, .integer)
        case (.date, .integer, _): return (expression, .date)
        case (.date, .date, .minus): return (expression, .integer)
        default:
            return fail(.typeMismatch, offset, "cannot apply '\(arithmetic.rawValue)' to \(left.1) and \(right.1)")
        }
    }

    private mutating func call(_ name: String, _ arguments: [SyntaxExpression], at offset: Int) -> (Expression, ValueType)? {
        switch name {
        case "count":
            var operands: [Expression] = []
            for argument in arguments {
                if let typed = check(argument, expecting: .bool) { operands.append(typed.0) }
            }
            guard operands.count == arguments.count else { return nil }
            return (.count(operands), .integer)
        case "mentions":
            return mentions(arguments, at: offset)
        case "answered":
            guard arguments.count == 1, case .identifier(let variable, let argumentOffset) = arguments[0] else {
                return fail(.syntax, offset, "'answered' takes one variable name, as in answered(step2_ck)")
            }
            guard lookup(variable) != nil else { return undeclared(variable, at: argumentOffset) }
            return (.answered(variable), .bool)
        default:
            guard let function = BuiltinFunction(rawValue: name) else {
                let names = ["count", "answered", "mentions"] + BuiltinFunction.allCases.map(\.rawValue)
                let suggestion = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
                return fail(.undeclared, offset, "'\(name)' is not a function (\(names.joined(separator: ", ")))\(suggestion)")
            }
            return builtin(function, arguments, at: offset)
        }
    }

    /// `mentions(projects, name, 'give up', 'hopeless')`: the quoted words are looked for in
    /// every other argument, each a text.
    private mutating func mentions(_ arguments: [SyntaxExpression], at offset: Int) -> (Expression, ValueType)? {
        var words: [String] = []
        var texts: [Expression] = []
        var valid = true
        for argument in arguments {
            if case .string(let word, _) = argument {
                words.append(word)
            } else if let text = check(argument, expecting: .text) {
                texts.append(text.0)
            } else {
                valid = false
            }
        }
        guard valid else { return nil }
        guard !texts.isEmpty, !words.isEmpty else {
            return fail(.syntax, offset, "'mentions' takes texts to search and quoted words to find, as in mentions(projects, 'give up')")
        }
        return (.mentions(texts, words: words), .bool)
    }

    /// A built-in call: its arguments checked against the signature, its result typed.
    private mutating func builtin(_ function: BuiltinFunction, _ arguments: [SyntaxExpression], at offset: Int) -> (Expression, ValueType)? {
        let parameters: [[ValueType]]
        let result: ValueType
        switch function {
        case .today: (parameters, result) = ([], .date)
        case .endOf: (parameters, result) = ([[.yearMonth]], .date)
        case .daysUntil, .weeksUntil: (parameters, result) = ([[.date]], .integer)
        case .year: (parameters, result) = ([[.yearMonth, .date]], .integer)
        case .monthOf: (parameters, result) = ([[.date]], .yearMonth)
        case .date: (parameters, result) = ([[.integer], [.integer], [.integer]], .date)
        case .weekdayOnOrAfter: (parameters, result) = ([[.date], [.integer]], .date)
        }
        guard arguments.count == parameters.count else {
            return fail(.syntax, offset, "'\(function.rawValue)' takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), as in \(function.signature)")
        }
        var typed: [Expression] = []
        for (argument, accepted) in zip(arguments, parameters) {
            guard let checked = infer(argument, hint: accepted.count == 1 ? accepted[0] : nil) else { continue }
            guard accepted.contains(checked.1) else {
                _ = fail(.typeMismatch, argument.offset, "'\(function.rawValue)' expects \(accepted.map(\.description).joined(separator: " or ")) here, found \(checked.1)")
                continue
            }
            typed.append(checked.0)
        }
        guard typed.count == arguments.count else { return nil }
        return (.function(function, typed), result)
    }

    private mutating func identifier(_ name: String, at offset: Int, hint: ValueType?) -> (Expression, ValueType)? {
        switch name {
        case "yes", "true": return (.literal(.bool(true)), .bool)
        case "no", "false": return (.literal(.bool(false)), .bool)
        default: break
        }
        if case .choice(let owner) = hint, let declaration = lookup(owner), declaration.kind.option(name) != nil {
            return (.literal(.choice(name)), hint ?? .bool)
        }
        if let declaration = lookup(name) {
            return (.variable(name), ValueType(declaration))
        }
        if case .choice = hint { return literal(name, quoted: false, at: offset, hint: hint) }
        return undeclared(name, at: offset)
    }

    private mutating func undeclared(_ name: String, at offset: Int) -> (Expression, ValueType)? {
        let suggestion = Suggestion.closest(to: name, in: variableNames).map { "; did you mean '\($0)'?" } ?? ""
        return fail(.undeclared, offset, "'\(name)' is not a declared variable\(suggestion)")
    }

    /// Text written where a value of type `hint` is expected: a choice key, a month or text.
    private mutating func literal(_ text: String, quoted: Bool, at offset: Int, hint: ValueType?) -> (Expression, ValueType)? {
        switch hint {
        case .choice(let owner):
            guard let declaration = lookup(owner), case .choice(let options) = declaration.kind else { return nil }
            if options.contains(where: { $0.key == text }) { return (.literal(.choice(text)), .choice(of: owner)) }
            let keys = options.map(\.key)
            let suggestion = Suggestion.closest(to: text, in: keys).map { "; did you mean '\($0)'?" } ?? ""
            return fail(.unknownKey, offset, "'\(text)' is not an option of '\(owner)' (\(keys.joined(separator: ", ")))\(suggestion)")
        case .date:
            guard let day = CalendarDate(isoText: text) else {
                return fail(.typeMismatch, offset, "'\(text)' is not a date; write it as 'YYYY-MM-DD'")
            }
            return (.literal(.date(day)), .date)
        case .yearMonth:
            guard let month = YearMonthParser.parse(text) else {
                return fail(.typeMismatch, offset, "'\(text)' is not a month; write it as 'YYYY-MM'")
            }
            return (.literal(.yearMonth(month)), .yearMonth)
        default:
            return (.literal(.text(text)), .text)
        }
    }
}
