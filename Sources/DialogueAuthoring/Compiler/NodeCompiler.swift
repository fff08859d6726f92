import DialogueCore

/// Turns node documents into nodes: texts compiled, conditions and assignments checked.
struct NodeCompiler: Sendable {
    private let variables: [VariableDecl]
    /// Declarations' positions by name, built once: looking each up in the list made loading
    /// quadratic. Positions, not the declarations: a copy of one (its options and all) was
    /// made at every lookup.
    private let declarations: [String: Int]
    private var expressions: ExpressionCompiler
    private var ownDiagnostics: [Diagnostic] = []
    private var compiledSets = CompiledSets()
    /// The lists of literals the branches on one variable test, each kept once.
    private var literalLists: [[Value]: [Value]] = [:]

    init(variables: [VariableDecl]) {
        self.variables = variables
        let declarations = ExpressionCompiler.firstPositions(of: variables)
        self.declarations = declarations
        self.expressions = ExpressionCompiler(variables: variables, positions: declarations)
    }

    private mutating func report(_ code: DiagnosticCode, _ location: SourceLocation, _ message: String) {
        ownDiagnostics.append(Diagnostic(code, at: location, message))
    }

    private func isDeclared(_ name: String) -> Bool { declarations[name] != nil }

    /// The position of each name's first declaration.
    var declarationPositions: [String: Int] { declarations }

    /// Compiles a document into the file's nodes, with its findings (`FileNodes`). Repeated ids
    /// are the join's to find, across the files.
    mutating func compile(_ document: NodeDocument, into file: inout FileNodes) {
        file.nodes.append(kind(document).map { Node(id: document.id.text, kind: $0, covers: document.covers.map(\.text)) })
        if !ownDiagnostics.isEmpty {
            file.diagnostics += ownDiagnostics
            ownDiagnostics.removeAll()
        }
        file.diagnostics += expressions.takeDiagnostics()
        file.diagnosticEnds.close(at: file.diagnostics.count)
    }

    private mutating func next(_ document: NodeDocument) -> NodeID {
        guard let next = document.next else {
            report(.deadEnd, document.id.location, "node '\(document.id.text)' has no 'next': the conversation would stop here without an end")
            return ""
        }
        return next.text
    }

    private mutating func kind(_ document: NodeDocument) -> NodeKind? {
        switch document.kind {
        case .say(let text):
            let next = next(document)
            return template(text).map { .say($0, next: next) }
        case .ask(let name, let promptText, let helpText):
            let next = next(document)
            guard assignable(name) != nil, let promptText, let prompt = template(promptText) else { return nil }
            let help = helpText.map { template($0) }
            if help == .some(nil) { return nil }
            return .ask(Ask(variable: name.text, prompt: prompt, help: help ?? nil, next: next))
        case .branch(let entries, let location):
            return branch(entries, at: location, in: document)
        case .set(let entries):
            let next = next(document)
            if let known = compiledSets.assignments(for: entries) { return .set(known, next: next) }
            var assignments: [Assignment] = []
            for entry in entries {
                guard let position = assignable(entry.variable),
                    let value = expressions.compileReusing(entry.value, expecting: ValueType(variables[position]))
                else { continue }
                let declaration = variables[position]
                if case .literal(.integer(let number)) = value, case .integer(let min, let max) = declaration.kind,
                    !(min...max).contains(number)
                {
                    report(.typeMismatch, entry.value.location, "\(number) is outside the range of '\(declaration.name)' (\(min) to \(max))")
                    continue
                }
                assignments.append(Assignment(variable: entry.variable.text, value: value))
            }
            guard assignments.count == entries.count else { return nil }
            compiledSets.remember(assignments, for: entries)
            return .set(assignments, next: next)
        case .emit(let kindName, let titleText, let bodyText):
            let next = next(document)
            guard let kind = EmissionKind(rawValue: kindName.text) else {
                let kinds = EmissionKind.allCases.map(\.rawValue)
                let suggestion = Suggestion.closest(to: kindName.text, in: kinds).map { "; did you mean '\($0)'?" } ?? ""
                report(.wrongShape, kindName.location, "'\(kindName.text)' is not a kind of emit (\(kinds.joined(separator: ", ")))\(suggestion)")
                return nil
            }
            let title = titleText.map { template($0) }
            guard let bodyText, let body = template(bodyText), title != .some(nil),
                let extras = emitExtras(document.emitExtras)
            else { return nil }
            return .emit(Emission(
                kind: kind, title: title ?? nil, body: body, because: extras.because, date: extras.date,
                chart: extras.chart), next: next)
        case .end(let text):
            guard let text else { return .end(nil) }
            return template(text).map { .end($0) }
        }
    }

    private mutating func branch(_ entries: [CaseDocument], at location: SourceLocation, in document: NodeDocument) -> NodeKind? {
        var cases: [BranchCase] = []
        var fallback: NodeID?
        var valid = true
        for (index, entry) in entries.enumerated() {
            guard let when = entry.when else {
                fallback = entry.result.text
                if index != entries.count - 1 {
                    report(.branchWithoutFallback, entry.result.location, "'otherwise' must be the last case; the cases after it are never tried")
                }
                continue
            }
            if let condition = expressions.compile(when, expecting: .bool) {
                cases.append(BranchCase(condition: condition, target: entry.result.text))
            } else {
                valid = false
            }
        }
        guard let fallback else {
            report(.branchWithoutFallback, location, "branch '\(document.id.text)' needs a last '- otherwise: node' for when no condition holds")
            return nil
        }
        return valid ? .branch(kept(cases), fallback: fallback) : nil
    }

    /// The cases as the node keeps them: as a variable, its literals and the targets when each
    /// case tests `variable == literal` on one variable (`BranchCases`), with the file's equal
    /// lists of literals (the keys of a choice, branch after branch) kept once.
    private mutating func kept(_ cases: [BranchCase]) -> BranchCases {
        guard let (variable, literals) = BranchCases.oneVariable(of: cases) else { return BranchCases(cases) }
        let shared = literalLists[literals] ?? literals
        literalLists[literals] = shared
        return BranchCases(variable: variable, literals: shared, targets: cases.map(\.target))
    }

    /// The reasons, milestone day and chart of an `emit`, checked; `nil` if any is wrong.
    private mutating func emitExtras(_ extras: EmitExtrasDocument) -> (because: [String], date: Expression?, chart: Chart?)? {
        var valid = true
        for name in extras.because where !isDeclared(name.text) {
            let suggestion = Suggestion.closest(to: name.text, in: variables.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
            report(.undeclaredVariable, name.location, "'because' names '\(name.text)', which is not a declared variable\(suggestion)")
            valid = false
        }
        var date: Expression?
        if let written = extras.date {
            date = expressions.compile(written, expectingOneOf: [.date, .yearMonth])
            if date == nil { valid = false }
        }
        let chart = extras.chart.map { document in
            Chart(unit: document.unit, bars: document.bars.map { Chart.Bar(label: $0.label, value: $0.value, source: $0.source) })
        }
        return valid ? (extras.because.map(\.text), date, chart) : nil
    }

    /// An `ask` or `set` must name a declared variable the engine does not compute: where that
    /// variable's declaration is, or `nil`.
    private mutating func assignable(_ name: SourceText) -> Int? {
        guard let position = declarations[name.text] else {
            let suggestion = Suggestion.closest(to: name.text, in: variables.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
            report(.undeclaredVariable, name.location, "'\(name.text)' is not a declared variable\(suggestion)")
            return nil
        }
        if variables[position].isDerived {
            report(.notAssignable, name.location, "'\(name.text)' is derived (computed from other answers); it cannot be asked or set")
            return nil
        }
        return position
    }

    private mutating func template(_ source: SourceText) -> Template? {
        switch Template.compile(source.text) {
        case .failure(let error):
            report(.templateSyntax, source.location(line: error.line, column: error.column), error.message)
            return nil
        case .success(let template):
            var valid = true
            for name in template.placeholders where !isDeclared(name) {
                let suggestion = Suggestion.closest(to: name, in: variables.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
                report(.undeclaredVariable, PlaceholderLocator.locate(name, in: source),
                    "the placeholder '{{\(name)}}' is not a declared variable\(suggestion)")
                valid = false
            }
            return valid ? template : nil
        }
    }
}
