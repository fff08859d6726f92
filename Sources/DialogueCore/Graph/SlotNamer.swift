/// Gives every name a slot while a graph is built, declared variables first in declaration
/// order: the step table takes each name's slot as it compiles the nodes (one hash a name
/// mentioned), and the `VariableLayout` is made from the names when all are known.
final class SlotNamer {
    private(set) var names: [String] = []
    private(set) var slots: [String: Int32] = [:]
    /// For each declared name's slot, the position of its first declaration.
    private(set) var declarations: [Int] = []
    /// For each declared name's slot, whether its first declaration is derived.
    private var derived: [Bool] = []

    init(declaring variables: [VariableDecl]) {
        names.reserveCapacity(variables.count)
        slots.reserveCapacity(variables.count)
        // By index, reading each declaration in place: a copy of one retains all its parts,
        // and a large graph declares a hundred thousand.
        for index in variables.indices where slots[variables[index].name] == nil {
            slots[variables[index].name] = Int32(names.count)
            names.append(variables[index].name)
            declarations.append(index)
            derived.append(variables[index].isDerived)
        }
    }

    /// The slot of `name`, given the next one if it has none yet.
    func slot(_ name: String) -> Int32 {
        if let slot = slots[name] { return slot }
        let slot = Int32(names.count)
        slots[name] = slot
        names.append(name)
        return slot
    }

    /// The position of the first declaration of the variable in `slot`, if it is declared.
    func declaration(ofSlot slot: Int32) -> Int? {
        slot >= 0 && Int(slot) < declarations.count ? declarations[Int(slot)] : nil
    }

    /// Whether the variable in `slot` is declared as derived.
    func isDerived(_ slot: Int32) -> Bool {
        slot >= 0 && Int(slot) < derived.count && derived[Int(slot)]
    }
}
