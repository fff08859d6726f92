import DialogueCore

/// The fallback when there are too many routes to follow: each branch's conditions are tried on
/// every value of the variables they read (unset included), without following routes. A
/// condition false for all of them is false on every route; a case that holds only where an
/// earlier one holds is shadowed on every route. Unset reads need routes, so they are not
/// looked for here.
struct DomainCheck {
    /// Most value combinations tried for one branch; a larger branch is left alone.
    static let combinationLimit = 100_000

    enum Finding {
        /// The case never holds; an example of the values it reads.
        case neverTrue(example: String)
        /// The case holds only where the case at `winner` holds too; an example where both do.
        case shadowed(winner: Int, example: String)
    }

    let graph: DialogueGraph
    let domains: VariableDomains
    /// Variables some `set` node assigns: their values are not limited to the questions' values.
    let assigned: Set<String>

    /// The findings for each case of one branch, by case index.
    func check(_ cases: [ConditionInfo]) -> [Int: Finding] {
        var findings: [Int: Finding] = [:]
        for position in cases.indices {
            guard let values = combinations(of: Array(cases[...position])) else { continue }
            if let finding = judge(position, cases, values) { findings[position] = finding }
        }
        return findings
    }

    private func judge(_ position: Int, _ cases: [ConditionInfo], _ combinations: [[String: Slot]]) -> Finding? {
        var holdsSomewhere = false
        var shadow: (winner: Int, values: [String: Slot])?
        for slots in combinations {
            let values = SessionValues(graph: graph, bindings: slots.compactMapValues(\.binding))
            guard Evaluator.truth(of: cases[position].expression, in: values) == true else { continue }
            holdsSomewhere = true
            let winner = cases[..<position].firstIndex { Evaluator.truth(of: $0.expression, in: values) == true }
            guard let winner else { return nil }
            if shadow == nil { shadow = (winner, slots) }
        }
        let sources = cases[position].sources
        if !holdsSomewhere, let first = combinations.first { return .neverTrue(example: Self.describe(first, sources)) }
        guard let shadow else { return nil }
        return .shadowed(winner: shadow.winner, example: Self.describe(shadow.values, sources))
    }

    /// Every combination of the values the cases read, or nil when one of them cannot be tried.
    private func combinations(of cases: [ConditionInfo]) -> [[String: Slot]]? {
        guard cases.allSatisfy(\.isModelled) else { return nil }
        let names = Array(Set(cases.flatMap(\.sources))).sorted()
        var choices: [[Slot]] = []
        var total = 1
        for name in names {
            guard !assigned.contains(name), let values = domains.representatives[name], !values.contains(.opaque) else { return nil }
            let withUnset = values + [.never]
            total *= withUnset.count
            guard total <= Self.combinationLimit else { return nil }
            choices.append(withUnset)
        }
        var result: [[String: Slot]] = [[:]]
        for (name, values) in zip(names, choices) {
            result = result.flatMap { partial in values.map { value in partial.merging([name: value]) { _, new in new } } }
        }
        return result
    }

    private static func describe(_ slots: [String: Slot], _ sources: [String]) -> String {
        guard !sources.isEmpty else { return "whatever the answers" }
        return "with " + sources.map { "\($0) = \((slots[$0] ?? .never).text)" }.joined(separator: ", ")
    }
}
