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
        names.reserveCapacity(variables.count)
        slots.reserveCapacity(variables.count)
        func add(_ name: String) {
            // One hash a name: modifying through the default inserts the next slot for a new name.
            let known = slots.count
            slots[name, default: Int32(names.count)] &+= 0
            if slots.count != known { names.append(name) }
        }
        for variable in variables { add(variable.name) }
        for variable in variables { Self.forEachName(in: variable.derivation, add) }
        for node in nodes { Self.forEachName(in: node.kind, add) }
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

    /// The slot of `name`; -1 (never bound) for a name the graph does not use.
    func slot(_ name: String) -> Int32 {
        slots[name] ?? -1
    }

    private static func forEachName(in derivation: Derivation?, _ body: (String) -> Void) {
        switch derivation {
        case .expression(let expression)?:
            expression.forEachVariable(body)
        case .cases(let cases, let fallback)?:
            for derivationCase in cases {
                derivationCase.condition.forEachVariable(body)
                derivationCase.value.forEachVariable(body)
            }
            fallback.forEachVariable(body)
        case nil:
            break
        }
    }

    private static func forEachName(in kind: NodeKind, _ body: (String) -> Void) {
        switch kind {
        case .ask(let ask):
            body(ask.variable)
        case .branch(let cases, _):
            for branchCase in cases { branchCase.condition.forEachVariable(body) }
        case .set(let assignments, _):
            for assignment in assignments {
                body(assignment.variable)
                assignment.value.forEachVariable(body)
            }
        case .say, .emit, .end:
            break
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
