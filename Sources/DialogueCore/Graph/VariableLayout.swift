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
    /// For each declared variable's slot, the position of its first declaration.
    let declarations: [Int]

    /// The layout of no graph: a session decoded or made without an engine keeps its names here
    /// until an engine adopts it.
    static let detached = VariableLayout(names: [], slots: [:], derivations: [], declarations: [])

    private init(names: [String], slots: [String: Int32], derivations: [SlotDerivation?], declarations: [Int]) {
        self.names = names
        self.slots = slots
        self.derivations = derivations
        self.declarations = declarations
    }

    /// The slots `namer` gave, after those of the names the derivations read.
    convenience init(variables: [VariableDecl], namer: SlotNamer) {
        var compiled: [(slot: Int32, derivation: SlotDerivation)] = []
        // As `DialogueGraph.variable(_:)`, the first declaration of a name is the one that counts:
        // the namer numbered those first, in declaration order.
        for (slot, index) in namer.declarations.enumerated() {
            guard let derivation = variables[index].derivation else { continue }
            compiled.append((Int32(slot), SlotDerivation(derivation, namer.slot)))
        }
        var derivations: [SlotDerivation?] = Array(repeating: nil, count: namer.names.count)
        for (slot, derivation) in compiled { derivations[Int(slot)] = derivation }
        self.init(names: namer.names, slots: namer.slots, derivations: derivations, declarations: namer.declarations)
    }

    var count: Int { names.count }

    /// The position of the first declaration of `name`, if it is declared.
    func declaration(of name: String) -> Int? {
        guard let slot = slots[name], Int(slot) < declarations.count else { return nil }
        return declarations[Int(slot)]
    }

    /// The slot of `name`; -1 (never bound) for a name the graph does not use.
    func slot(_ name: String) -> Int32 {
        slots[name] ?? -1
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
