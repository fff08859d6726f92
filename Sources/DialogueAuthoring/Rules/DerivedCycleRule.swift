import DialogueCore

/// PC020: derived values do not depend on each other in a circle. PC029: nor in a chain deeper
/// than `maximumDepth`, which the engine would follow one level of evaluation per link.
enum DerivedCycleRule {
    /// Longest chain of derived values computed from one another; the shipped dialogues use two.
    static let maximumDepth = 32

    static func check(_ variables: [VariableDecl], documents: [VariableDocument]) -> [Diagnostic] {
        let derived = Dictionary(variables.compactMap { declaration in
            declaration.derivation.map { (declaration.name, reads(of: $0)) }
        }, uniquingKeysWith: { first, _ in first })
        func location(_ name: String) -> SourceLocation {
            documents.first { $0.name.text == name }?.name.location ?? SourceLocation(file: "?", line: 1, column: 1)
        }
        var search = Search(derived: derived)
        for name in derived.keys.sorted() { search.walk(from: name) }
        var diagnostics = search.cycles.map { cycle in
            Diagnostic(.derivedCycle, at: location(cycle[0]),
                "derived values depend on each other in a circle: \((cycle + [cycle[0]]).joined(separator: " → "))")
        }
        if let deep = search.tooDeep {
            diagnostics.append(Diagnostic(.beyondLimits, at: location(deep),
                "'\(deep)' is computed from a chain of more than \(maximumDepth) derived values; compute it from the answers more directly"))
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

    /// One depth-first search over all derived values, on an explicit stack (a file can declare
    /// thousands of them): each value is visited once, so the check stays linear.
    private struct Search {
        let derived: [String: [String]]
        /// Each finished value's depth: 1 + the deepest derived value it reads.
        private var depth: [String: Int] = [:]
        private var onPath: [String: Int] = [:]
        private(set) var cycles: [[String]] = []
        private(set) var tooDeep: String?

        init(derived: [String: [String]]) {
            self.derived = derived
        }

        mutating func walk(from root: String) {
            guard depth[root] == nil, onPath[root] == nil else { return }
            var stack: [(name: String, next: Int)] = [(root, 0)]
            onPath[root] = 0
            while let (name, next) = stack.last {
                let reads = derived[name] ?? []
                guard next < reads.count else {
                    let deepest = reads.compactMap { depth[$0] }.max() ?? 0
                    depth[name] = deepest + 1
                    if deepest + 1 > DerivedCycleRule.maximumDepth, tooDeep == nil { tooDeep = name }
                    onPath[name] = nil
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let read = reads[next]
                if let index = onPath[read] {
                    let cycle = stack[index...].map(\.name)
                    if !cycles.contains(where: { Set($0) == Set(cycle) }) { cycles.append(cycle) }
                } else if derived[read] != nil, depth[read] == nil {
                    onPath[read] = stack.count
                    stack.append((read, 0))
                }
            }
        }
    }
}
