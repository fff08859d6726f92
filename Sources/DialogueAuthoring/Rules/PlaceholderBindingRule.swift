import DialogueCore

/// PC019: a text's placeholders are bound (asked or set) on every path that reaches it.
///
/// A forward "must" analysis: what is bound on entry to a node is what every reachable
/// predecessor has bound on exit. A derived value is bound when everything it reads is.
enum PlaceholderBindingRule {
    /// - Parameters:
    ///   - compiled: the nodes that compiled, whose texts' placeholders are followed.
    ///   - variables: the declarations, for what each derived value reads.
    static func check(_ context: RuleContext, compiled: CompiledNodes, variables: [VariableDecl]) -> [Diagnostic] {
        // Only the names templates read (and what derived ones read) need tracking: following
        // every variable made the sets, and the analysis, grow with the size of the graph.
        let reads = derivedReads(variables)
        let tracked = trackedNames(context, compiled, reads)
        guard !tracked.isEmpty else { return [] }
        let names = NameBits(tracked)
        let boundOnEntry = boundOnEntry(context, names, variables)
        var diagnostics: [Diagnostic] = []
        let graph = context.positions
        // `inOrder` holds the first node of each id, the one its id leads to.
        for position in graph.inOrder where graph.isReachable[position] {
            let id = context.id(at: position)
            guard let node = compiled.node(atDocument: position), let bound = boundOnEntry[position] else { continue }
            for (template, source) in zip(templates(of: node), context.nodes.outlines.texts(at: position)) {
                for name in template.placeholders where !isBound(name, in: bound, names, reads) {
                    diagnostics.append(Diagnostic(.unboundPlaceholder, at: PlaceholderLocator.locate(name, in: source),
                        "'{{\(name)}}' is not bound on every path to node '\(id)': some path reaches it before '\(name)' is asked or set"))
                }
            }
        }
        return diagnostics
    }

    /// What each derived value reads, worked out once: every check of a placeholder asks it.
    private static func derivedReads(_ variables: [VariableDecl]) -> [String: [String]] {
        var reads: [String: [String]] = [:]
        var seen: Set<String> = []
        // The first declaration of a name counts (a second one is an error of its own).
        for declaration in variables where seen.insert(declaration.name).inserted {
            switch declaration.derivation {
            case .expression(let expression)?:
                reads[declaration.name] = expression.variablesRead
            case .cases(let cases, let fallback)?:
                reads[declaration.name] = cases.flatMap { $0.condition.variablesRead + $0.value.variablesRead } + fallback.variablesRead
            case nil:
                continue
            }
        }
        return reads
    }

    /// Every placeholder of a reachable text, with the variables its derivation reads.
    private static func trackedNames(_ context: RuleContext, _ compiled: CompiledNodes, _ reads: [String: [String]]) -> Set<String> {
        var tracked: Set<String> = []
        var pending: [String] = []
        // By position, and from the compiled nodes alone: no id is hashed, no document copied.
        let graph = context.positions
        for position in graph.inOrder where graph.isReachable[position] {
            guard let node = compiled.node(atDocument: position) else { continue }
            forEachTemplate(of: node) { pending += $0.placeholders }
        }
        while let name = pending.popLast() {
            guard tracked.insert(name).inserted, let read = reads[name] else { continue }
            pending += read
        }
        return tracked
    }

    /// What is bound on entry to each node, by position (`nil` where no path from the start
    /// reaches): the names as bits, so that each edge is a few word operations, not a
    /// hash of every name in two sets.
    private static func boundOnEntry(_ context: RuleContext, _ names: NameBits, _ variables: [VariableDecl]) -> [[UInt64]?] {
        let graph = context.positions
        var entry = [[UInt64]?](repeating: nil, count: context.nodes.count)
        guard let start = context.start.flatMap(context.nodes.position(of:)), graph.isReachable[start] else { return entry }
        entry[start] = names.none
        var work = [start]
        while let position = work.popLast() {
            guard var exit = entry[position] else { continue }
            // A name not declared (-1) is no placeholder's: a text naming it does not compile.
            names.insert(context.binds(at: position).lazy.filter { $0 >= 0 }.map { variables[Int($0)].name }, into: &exit)
            for successor in graph.successors(of: position) {
                // Start holds nothing whatever leads back to it; elsewhere, intersect the paths.
                let merged = successor == start ? names.none : entry[successor].map { NameBits.intersection($0, exit) } ?? exit
                if merged != entry[successor] {
                    entry[successor] = merged
                    work.append(successor)
                }
            }
        }
        return entry
    }

    private static func isBound(_ name: String, in bound: [UInt64], _ names: NameBits, _ reads: [String: [String]], depth: Int = 0) -> Bool {
        if names.contains(name, in: bound) { return true }
        guard depth < 32, let read = reads[name] else { return false }
        return read.allSatisfy { isBound($0, in: bound, names, reads, depth: depth + 1) }
    }

    /// A node's templates: a `say`'s or `end`'s text, an `ask`'s prompt then help, an `emit`'s
    /// text then title, the order of `NodeOutlines.texts(at:)`.
    private static func forEachTemplate(of node: Node, _ body: (Template) -> Void) {
        switch node.kind {
        case .say(let template, _):
            body(template)
        case .ask(let ask):
            body(ask.prompt)
            if let help = ask.help { body(help) }
        case .emit(let emission, _):
            body(emission.body)
            if let title = emission.title { body(title) }
        case .end(let template?):
            body(template)
        default:
            break
        }
    }

    /// The node's templates in the order of its texts as written (`NodeOutlines.texts(at:)`).
    private static func templates(of node: Node) -> [Template] {
        var templates: [Template] = []
        forEachTemplate(of: node) { templates.append($0) }
        return templates
    }
}
