import DialogueCore

/// Parses and type-checks expressions written in the files, placing their errors in the file.
struct ExpressionCompiler: Sendable {
    let variables: [VariableDecl]
    private(set) var diagnostics: [Diagnostic] = []
    /// Texts that compiled, by text and expected type (see `compileReusing`).
    private var compiledTexts: [CompiledText: Expression] = [:]
    /// The conditions' operands, shared from one condition to the next.
    private var operands = ConditionOperands()

    private struct CompiledText: Hashable {
        let text: String
        let type: ValueType?
    }

    /// One checker for every expression: building one per expression indexed the declarations
    /// each time, a third of compiling the shipped dialogues' expressions.
    private var checker: ExpressionChecker
    private let positions: [String: Int]

    init(variables: [VariableDecl]) {
        self.init(variables: variables, positions: Self.firstPositions(of: variables))
    }

    /// - Parameter positions: the position of each name's first declaration, as
    ///   `firstPositions(of:)` gives it, when the caller has it already.
    init(variables: [VariableDecl], positions: [String: Int]) {
        self.variables = variables
        self.positions = positions
        checker = ExpressionChecker(lookup: { positions[$0].map { variables[$0] } }, variableNames: variables.map(\.name))
    }

    /// The position of each name's first declaration, built once: a graph has thousands of
    /// expressions. By index, the declarations read in place (a copy of one retains its parts).
    static func firstPositions(of variables: [VariableDecl]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(variables.count)
        // Last to first, so that the first declaration of a name is written last and wins.
        for index in variables.indices.reversed() { positions[variables[index].name] = index }
        return positions
    }

    /// The findings so far, no longer held here.
    mutating func takeDiagnostics() -> [Diagnostic] {
        guard !diagnostics.isEmpty else { return [] }
        defer { diagnostics = [] }
        return diagnostics
    }

    mutating func report(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(code, at: location, message))
    }

    mutating func compile(_ source: SourceText, expecting type: ValueType?) -> Expression? {
        let positions = self.positions
        if type == .bool, let condition = ConditionShortcut.compile(
            source.text, variables: variables, declaration: { positions[$0] }, operands: &operands) {
            return condition
        }
        switch ExpressionParser.parse(source.text) {
        case .failure(let error):
            record(error, in: source)
            return nil
        case .success(let syntax):
            switch checker.checked(syntax, expecting: type) {
            case .success(let typed):
                return typed.0
            case .failure(let failure):
                for error in failure.errors { record(error, in: source) }
                return nil
            }
        }
    }

    /// The same as `compile(_:expecting:)`, reusing what an equal text compiled to before. The
    /// values of `set` nodes repeat (`1`, `score + 2`) across a large graph; compiling is a
    /// function of the text and the type, and a text that compiled has no diagnostic to place.
    /// Only successes are kept, so that every failure is reported at its own place.
    mutating func compileReusing(_ source: SourceText, expecting type: ValueType?) -> Expression? {
        let key = CompiledText(text: source.text, type: type)
        if let known = compiledTexts[key] { return known }
        let compiled = compile(source, expecting: type)
        if let compiled { compiledTexts[key] = compiled }
        return compiled
    }

    /// Compiles an expression that may have any of several types (a milestone's date or
    /// month): the first type it checks as wins; otherwise the errors for the first type.
    mutating func compile(_ source: SourceText, expectingOneOf types: [ValueType]) -> Expression? {
        guard case .success(let syntax) = ExpressionParser.parse(source.text) else {
            return compile(source, expecting: types.first)
        }
        for type in types {
            if case .success(let typed) = checker.checked(syntax, expecting: type) {
                return typed.0
            }
        }
        return compile(source, expecting: types.first)
    }

    private mutating func record(_ error: ExpressionError, in source: SourceText) {
        let code: DiagnosticCode =
            switch error.kind {
            case .syntax: .expressionSyntax
            case .undeclared: .undeclaredVariable
            case .typeMismatch: .typeMismatch
            case .unknownKey: .unknownChoiceKey
            }
        report(code, source.location(atOffset: error.offset), error.message)
    }
}
