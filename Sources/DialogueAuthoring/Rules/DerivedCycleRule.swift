import DialogueCore

/// PC020: derived values do not depend on each other in a circle.
enum DerivedCycleRule {
    static func check(_ variables: [VariableDecl], documents: [VariableDocument]) -> [Diagnostic] {
        let derived = Dictionary(variables.compactMap { declaration in
            declaration.derivation.map { (declaration.name, reads(of: $0)) }
        }, uniquingKeysWith: { first, _ in first })
        var reported: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for name in derived.keys.sorted() where !reported.contains(name) {
            guard let cycle = cycle(from: name, derived) else { continue }
            reported.formUnion(cycle)
            let location = documents.first { $0.name.text == name }?.name.location
                ?? SourceLocation(file: "?", line: 1, column: 1)
            diagnostics.append(Diagnostic(.derivedCycle, at: location,
                "derived values depend on each other in a circle: \((cycle + [cycle[0]]).joined(separator: " → "))"))
        }
        return diagnostics
    }

    private static func reads(of derivation: Derivation) -> [String] {
        switch derivation {
        case .expression(let expression): expression.variablesRead
        case .cases(let cases, let fallback):
            cases.flatMap { $0.condition.variablesRead + $0.value.variablesRead } + fallback.variablesRead
        }
    }

    private static func cycle(from start: String, _ derived: [String: [String]]) -> [String]? {
        var path: [String] = []
        var visited: Set<String> = []
        func walk(_ name: String) -> [String]? {
            if let index = path.firstIndex(of: name) { return Array(path[index...]) }
            guard visited.insert(name).inserted, let reads = derived[name] else { return nil }
            path.append(name)
            defer { path.removeLast() }
            for read in reads { if let found = walk(read) { return found } }
            return nil
        }
        let found = walk(start)
        return found?.first == start ? found : nil
    }
}
