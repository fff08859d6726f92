/// Every variable name a graph mentions, each with a slot: a small number that sessions and
/// compiled expressions use instead of the name, so that reading or binding a variable on the
/// engine's path indexes instead of hashing a string.
///
/// Declared variables come first, in declaration order; names used but not declared (a graph
/// built without `check`) follow. Built once with the graph and shared by its sessions: a
/// session knows its graph's layout by identity.
final class VariableLayout: Sendable {
    /// The name of each slot.
    let names: [String]
    let slots: [String: Int32]
    /// For each declared derived variable's slot, how to compute it; `nil` elsewhere.
    let derivations: [SlotDerivation?]

    /// The layout of no graph: a session decoded or made without an engine keeps its names here
    /// until an engine adopts it.
    static let detached = VariableLayout(names: [], slots: [:], derivations: [])

    private init(names: [String], slots: [String: Int32], derivations: [SlotDerivation?]) {
        self.names = names
        self.slots = slots
        self.derivations = derivations
    }

    /// Slots for the declared variables, then for every other name the nodes or derivations use.
    convenience init(variables: [VariableDecl], nodes: [Node]) {
        var names: [String] = []
        var slots: [String: Int32] = [:]
        func add(_ name: String) {
            guard slots[name] == nil else { return }
            slots[name] = Int32(names.count)
            names.append(name)
        }
        for variable in variables { add(variable.name) }
        for variable in variables { Self.namesUsed(by: variable.derivation).forEach(add) }
        for node in nodes { Self.namesUsed(by: node.kind).forEach(add) }
        var derivations: [SlotDerivation?] = Array(repeating: nil, count: names.count)
        let resolve = { (name: String) in slots[name] ?? -1 }
        // As `DialogueGraph.variable(_:)`, the first declaration of a name is the one that counts.
        var seen = Set<String>()
        for variable in variables where seen.insert(variable.name).inserted {
            guard let derivation = variable.derivation, let slot = slots[variable.name] else { continue }
            derivations[Int(slot)] = SlotDerivation(derivation, resolve)
        }
        self.init(names: names, slots: slots, derivations: derivations)
    }

    var count: Int { names.count }

    private static func namesUsed(by derivation: Derivation?) -> [String] {
        switch derivation {
        case .expression(let expression)?: expression.variablesRead
        case .cases(let cases, let fallback)?:
            cases.flatMap { $0.condition.variablesRead + $0.value.variablesRead } + fallback.variablesRead
        case nil: []
        }
    }

    private static func namesUsed(by kind: NodeKind) -> [String] {
        switch kind {
        case .ask(let ask): [ask.variable]
        case .branch(let cases, _): cases.flatMap(\.condition.variablesRead)
        case .set(let assignments, _): assignments.flatMap { [$0.variable] + $0.value.variablesRead }
        case .say, .emit, .end: []
        }
    }
}

/// A derived variable's computation with its variables resolved to slots.
enum SlotDerivation: Sendable {
    case expression(SlotExpression)
    case cases([(condition: SlotExpression, value: SlotExpression)], fallback: SlotExpression)

    init(_ derivation: Derivation, _ slot: (String) -> Int32) {
        switch derivation {
        case .expression(let expression):
            self = .expression(SlotExpression(expression, slot))
        case .cases(let cases, let fallback):
            self = .cases(cases.map { (SlotExpression($0.condition, slot), SlotExpression($0.value, slot)) },
                          fallback: SlotExpression(fallback, slot))
        }
    }
}
