import DialogueCore

/// The values the analysis tries for each question, grouped: two values no condition tells
/// apart behave the same on every route, so one stands for both.
///
/// A choice keeps every key some expression names and one key for the rest; an integer keeps
/// one value for each stretch between the numbers it is compared with; yes/no keeps both. A variable compared with another variable or used in arithmetic keeps every value
/// when there are few, and is otherwise opaque, as are texts in such use.
struct VariableDomains {
    /// Most values an entangled integer may have and still be enumerated.
    static let enumerableRange = 64

    let representatives: [String: [Slot]]
    /// Derived variables whose computation the analysis can follow.
    let modelledDerived: Set<String>
    let graph: DialogueGraph

    init(_ graph: DialogueGraph, facts: ExpressionFacts) {
        self.graph = graph
        var representatives: [String: [Slot]] = [:]
        var modelled: Set<String> = []
        for declaration in graph.variables {
            if let derivation = declaration.derivation {
                if Self.expressions(of: derivation).allSatisfy(ExpressionFacts.isModelled) { modelled.insert(declaration.name) }
                continue
            }
            var slots = Self.values(of: declaration, facts: facts)
            if declaration.isOptional, declaration.defaultValue == nil { slots.append(.skipped) }
            representatives[declaration.name] = slots
        }
        self.representatives = representatives
        self.modelledDerived = modelled
    }

    static func expressions(of derivation: Derivation) -> [Expression] {
        switch derivation {
        case .expression(let expression): [expression]
        case .cases(let cases, let fallback): cases.flatMap { [$0.condition, $0.value] } + [fallback]
        }
    }

    private static func values(of declaration: VariableDecl, facts: ExpressionFacts) -> [Slot] {
        let entangled = facts.entangled.contains(declaration.name)
        switch declaration.kind {
        case .choice(let options):
            let named = options.filter { entangled || facts.choiceKeys.contains($0.key) }
            let rest = options.first { !named.contains($0) }
            return (named + (rest.map { [$0] } ?? [])).map { .value(.choice($0.key)) }
        case .yesNo:
            return [.value(.bool(true)), .value(.bool(false))]
        case .integer(let min, let max):
            if entangled {
                guard max - min < enumerableRange else { return [.opaque] }
                return (min...max).map { .value(.integer($0)) }
            }
            // One value per stretch between splits: its lowest.
            let splits = (facts.splitsByVariable[declaration.name] ?? []).filter { min < $0 && $0 <= max }
            return ([min] + splits.sorted()).map { .value(.integer($0)) }
        case .text(let maxLength):
            guard !entangled else { return [.opaque] }
            let compared = (facts.textsByVariable[declaration.name] ?? []).filter { $0.count <= maxLength }
            var other = "example"
            while compared.contains(other) { other += "_" }
            return (compared.sorted() + [other]).map { .value(.text($0)) }
        default:
            // Months are modelled; a kind added later is not.
            guard case .yearMonth = declaration.kind else { return [.opaque] }
            return monthValues(entangled: entangled, facts: facts)
        }
    }

    private static func monthValues(entangled: Bool, facts: ExpressionFacts) -> [Slot] {
        guard !entangled else { return [.opaque] }
        let cuts = facts.months.flatMap { month in [-1, 0, 1].compactMap { YearMonth(ordinal: month.ordinal + $0) } }
        let ends = [YearMonth(year: 1900, month: 1), YearMonth(year: 2200, month: 12)]
        return Set(cuts + ends).sorted().map { .value(.yearMonth($0)) }
    }

    /// The answered variables an expression depends on, following derived values to their sources.
    func sources(of expression: Expression) -> Set<String> {
        var found: Set<String> = []
        var pending = expression.variablesRead
        var seen: Set<String> = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted else { continue }
            if let derivation = graph.variable(name)?.derivation {
                pending += Self.expressions(of: derivation).flatMap(\.variablesRead)
            } else {
                found.insert(name)
            }
        }
        return found
    }

    /// Whether the analysis can evaluate the expression exactly, whatever the modelled values.
    func canModel(_ expression: Expression) -> Bool {
        guard ExpressionFacts.isModelled(expression) else { return false }
        var pending = expression.variablesRead
        var seen: Set<String> = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let derivation = graph.variable(name)?.derivation else { continue }
            guard modelledDerived.contains(name) else { return false }
            pending += Self.expressions(of: derivation).flatMap(\.variablesRead)
        }
        return true
    }
}
