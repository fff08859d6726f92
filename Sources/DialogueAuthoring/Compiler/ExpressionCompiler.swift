import DialogueCore

/// Parses and type-checks expressions written in the files, placing their errors in the file.
struct ExpressionCompiler {
    let variables: [VariableDecl]
    private(set) var diagnostics: [Diagnostic] = []
    /// Declaration position by name, built once: a graph has thousands of expressions.
    private let positions: [String: Int]

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

    /// The declared variables whose names occur as words of `text`, in declaration order.
    private func named(in text: String) -> [VariableDecl] {
        var found: [Int] = []
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII, nearly every expression: the words are runs of letters, digits and '_' taken
            // as slices, not built up scalar by scalar.
            for word in text.utf8.split(whereSeparator: { !Self.isASCIIWordByte($0) }) {
                if let position = positions[String(Substring(word))] { found.append(position) }
            }
            return Set(found).sorted().map { variables[$0] }
        }
        var word = ""
        for character in text.unicodeScalars {
            if character.properties.isAlphabetic || character == "_" || ("0"..."9").contains(character) {
                word.unicodeScalars.append(character)
                continue
            }
            if let position = positions[word] { found.append(position) }
            word = ""
        }
        if let position = positions[word] { found.append(position) }
        return Set(found).sorted().map { variables[$0] }
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): true
        default: false
        }
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
