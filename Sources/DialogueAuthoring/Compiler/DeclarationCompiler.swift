import DialogueCore

/// Turns variable documents into declarations: kinds, ranges, options, defaults, derivations.
struct DeclarationCompiler {
    static let typeNames = ["choice", "integer", "yes_no", "text", "year_month", "date"]
    static let defaultTextLength = 200

    private(set) var diagnostics: [Diagnostic] = []

    /// The declarations with their derivations, once every base is known.
    ///
    /// - Parameters:
    ///   - bases: each declaration as written, without its derivation.
    ///   - derived: the documents of the derived ones, by their position in `bases`.
    mutating func derive(_ bases: [VariableDecl], derived: [Int: VariableDocument]) -> [VariableDecl] {
        // One checker for every derivation: building its index of the declarations once per
        // derived variable made compiling them quadratic.
        var checker = ExpressionCompiler(variables: bases)
        defer { diagnostics += checker.takeDiagnostics() }
        var variables = bases
        for (position, document) in derived.sorted(by: { $0.key < $1.key }) where document.isDerived {
            let base = bases[position]
            guard let derivation = Self.derivation(document, base, with: &checker) else { continue }
            variables[position] = VariableDecl(
                name: base.name, label: base.label, kind: base.kind, placeholder: base.placeholder, derivation: derivation,
                redaction: base.redaction, isInPlan: document.isInPlan)
        }
        return variables
    }

    /// The findings so far, no longer held here.
    mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics = [] }
        return diagnostics
    }

    private mutating func report(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(code, at: location, message))
    }

    /// A declaration as written, without its derivation (every expression needs every type):
    /// `nil` when it is wrong, as reported.
    mutating func declaration(_ document: VariableDocument) -> VariableDecl? {
        let name = document.name
        guard Self.isName(name.text) else {
            report(.badDeclaration, name.location, "'\(name.text)' is not a valid name: use letters, digits and '_'")
            return nil
        }
        guard let typeName = document.type else { return nil }
        guard let kind = kind(typeName, document) else { return nil }
        let label = document.label?.text ?? name.text.replacingEvery("_", with: " ")
        let partial = VariableDecl(name: name.text, label: label, kind: kind, isOptional: document.isOptional)
        var defaultValue: DefaultValue?
        if let written = document.defaultValue {
            defaultValue = self.defaultValue(written, for: partial)
            if defaultValue == nil { return nil }
        }
        return VariableDecl(
            name: name.text, label: label, kind: kind, isOptional: document.isOptional,
            defaultValue: defaultValue, placeholder: document.placeholder?.text, redaction: redaction(document))
    }

    /// `redact:` as a level; a value that is not one is reported and shown in every plan.
    private mutating func redaction(_ document: VariableDocument) -> Redaction {
        guard let written = document.redact else { return .none }
        let levels = [Redaction.sensitive, .identity]
        if let level = levels.first(where: { $0.rawValue == written.text }) { return level }
        let names = levels.map(\.rawValue)
        let suggestion = Suggestion.closest(to: written.text, in: names).map { "; did you mean '\($0)'?" } ?? ""
        report(.badRedaction, written.location,
            "'redact' is 'sensitive' (hidden by share --redact) or 'identity' (hidden by --redact all), not '\(written.text)'\(suggestion)")
        return .none
    }

    /// Keys that belong to one type only, and where each was written.
    private func typeSpecificKeys(_ document: VariableDocument) -> [(key: String, location: SourceLocation)] {
        var keys: [(String, SourceLocation)] = []
        if let location = document.optionsLocation { keys.append(("options", location)) }
        if let min = document.min { keys.append(("min", min.1)) }
        if let max = document.max { keys.append(("max", max.1)) }
        if let length = document.maxLength { keys.append(("max_length", length.1)) }
        return keys
    }

    private static let keysByType: [String: Set<String>] = [
        "choice": ["options"], "integer": ["min", "max"], "text": ["max_length"], "yes_no": [], "year_month": [], "date": [],
    ]

    private mutating func kind(_ typeName: SourceText, _ document: VariableDocument) -> VariableKind? {
        if let allowed = Self.keysByType[typeName.text] {
            let misplaced = typeSpecificKeys(document).filter { !allowed.contains($0.key) }
            for key in misplaced {
                report(.badDeclaration, key.location, "'\(key.key)' does not apply to a \(typeName.text) variable")
            }
            if !misplaced.isEmpty { return nil }
        }
        switch typeName.text {
        case "choice":
            return choiceKind(document)
        case "integer":
            guard let min = document.min, let max = document.max else {
                report(.missingKey, document.name.location, "integer '\(document.name.text)' needs 'min' and 'max'")
                return nil
            }
            guard min.0 <= max.0 else {
                report(.badDeclaration, min.1, "'min' (\(min.0)) is greater than 'max' (\(max.0))")
                return nil
            }
            return .integer(min: min.0, max: max.0)
        case "yes_no":
            return .yesNo
        case "text":
            if let length = document.maxLength, length.0 < 1 {
                report(.badDeclaration, length.1, "'max_length' must be at least 1")
                return nil
            }
            return .text(maxLength: document.maxLength?.0 ?? Self.defaultTextLength)
        case "year_month":
            return .yearMonth
        case "date":
            return .date
        default:
            let suggestion = Suggestion.closest(to: typeName.text, in: Self.typeNames).map { "; did you mean '\($0)'?" } ?? ""
            report(.badDeclaration, typeName.location,
                "'\(typeName.text)' is not a type (\(Self.typeNames.joined(separator: ", ")))\(suggestion)")
            return nil
        }
    }

    private mutating func choiceKind(_ document: VariableDocument) -> VariableKind? {
        guard !document.options.isEmpty else {
            report(.badDeclaration, document.optionsLocation ?? document.name.location, "choice '\(document.name.text)' needs at least one option")
            return nil
        }
        var keys: Set<String> = []
        var options: [ChoiceOption] = []
        // Its room at once: grown one by one, five options had room for eight, in every one of
        // a large graph's tens of thousands of questions, for as long as the graph lives.
        options.reserveCapacity(document.options.count)
        for option in document.options {
            guard Self.isWritableKey(option.key.text) else {
                report(.badDeclaration, option.key.location,
                    "option key '\(option.key.text)' cannot be written in a condition: use letters, digits and '_', starting with a letter, and not a word of the condition language")
                continue
            }
            guard keys.insert(option.key.text).inserted else {
                report(.badDeclaration, option.key.location, "option '\(option.key.text)' is listed twice")
                continue
            }
            options.append(ChoiceOption(
                key: option.key.text, label: option.label?.text ?? option.key.text,
                text: option.text?.text, aliases: option.aliases.map(\.text)))
        }
        return .choice(options)
    }

    /// Keys are written bare in conditions (`target == derm`) and typed by users, where a
    /// number means "the option with that number": so no digits first, no reserved words.
    static func isWritableKey(_ key: String) -> Bool {
        isName(key) && !reservedWords.contains(key)
    }

    /// ASCII letters, digits and `_`, not starting with a digit. Told on bytes: such a
    /// character is one byte, and no byte of any other character is one of these (asking
    /// `Character`s cost thousands of instructions a name).
    private static func isName(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, first == UInt8(ascii: "_") || ASCIIBytes.isLetter(first) else { return false }
        return bytes.allSatisfy(ASCIIBytes.isNameByte)
    }

    /// Made once, not for every option of every choice.
    private static let reservedWords: Set<String> = ["and", "or", "not", "in", "yes", "no", "true", "false"]

    private mutating func defaultValue(_ written: SourceText, for declaration: VariableDecl) -> DefaultValue? {
        if declaration.kind == .yearMonth, written.text == "academic_year_start" { return .academicYearStart }
        switch AnswerParser.parse(written.text, for: declaration) {
        case .success(let value):
            return .value(value)
        case .failure(let error):
            let code: DiagnosticCode = if case .choice = declaration.kind { .unknownChoiceKey } else { .badDeclaration }
            report(code, written.location, "the default '\(written.text)' does not fit '\(declaration.name)': \(error.message)")
            return nil
        }
    }

    private static func derivation(_ document: VariableDocument, _ base: VariableDecl, with checker: inout ExpressionCompiler) -> Derivation? {
        let type = ValueType(base)
        if let value = document.value {
            return checker.compile(value, expecting: type).map(Derivation.expression)
        }
        var cases: [DerivationCase] = []
        var fallback: Expression?
        for (index, entry) in document.cases.enumerated() {
            guard let when = entry.when else {
                fallback = checker.compile(entry.result, expecting: type)
                if index != document.cases.count - 1 {
                    checker.report(.branchWithoutFallback, entry.result.location, "'otherwise' must be the last case; the cases after it are never tried")
                }
                continue
            }
            if let condition = checker.compile(when, expecting: .bool), let value = checker.compile(entry.result, expecting: type) {
                cases.append(DerivationCase(condition: condition, value: value))
            }
        }
        guard let fallback else {
            if !document.cases.isEmpty {
                checker.report(.branchWithoutFallback, document.name.location, "the cases of '\(document.name.text)' need a last '- otherwise: value'")
            }
            return nil
        }
        return .cases(cases, fallback: fallback)
    }
}
