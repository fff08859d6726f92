import DialogueCore

/// Parses and type-checks expressions written in the files, placing their errors in the file.
struct ExpressionCompiler {
    let variables: [VariableDecl]
    private(set) var diagnostics: [Diagnostic] = []
    /// Declaration position by name, built once: a graph has thousands of expressions.
    private let positions: [String: Int]
    /// Texts that compiled, by text and expected type (see `compileReusing`).
    private var compiledTexts: [CompiledText: Expression] = [:]

    private struct CompiledText: Hashable {
        let text: String
        let type: ValueType?
    }

    init(variables: [VariableDecl]) {
        self.variables = variables
        self.positions = Dictionary(variables.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func report(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(code, at: location, message))
    }

    mutating func compile(_ source: SourceText, expecting type: ValueType?) -> Expression? {
        switch ExpressionParser.parse(source.text) {
        case .failure(let error):
            record(error, in: source)
            return nil
        case .success(let syntax):
            // Checking against only the variables the text names is the same check, without
            // indexing every declaration per expression; a failure is checked again against all
            // of them, so that "did you mean" can suggest any declared name.
            if case .success(let typed) = ExpressionChecker.check(syntax, expecting: type, variables: named(in: source.text)) {
                return typed.0
            }
            switch ExpressionChecker.check(syntax, expecting: type, variables: variables) {
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
            if case .success(let typed) = ExpressionChecker.check(syntax, expecting: type, variables: variables) {
                return typed.0
            }
        }
        return compile(source, expecting: types.first)
    }

    /// The declared variables whose names occur as words of `text` (runs of ASCII letters,
    /// digits and `_`, as names are written), in declaration order. A name missed here only
    /// sends the expression to the check against every declaration.
    private func named(in text: String) -> [VariableDecl] {
        // An expression names a few variables: a list to look through, not a set to hash into.
        var found: [Int] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count {
                if index < bytes.count, Self.isWordByte(bytes[index]) { continue }
                if index > start, let position = positions[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)] {
                    if !found.contains(position) { found.append(position) }
                }
                start = index + 1
            }
        }
        return found.sorted().map { variables[$0] }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
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
