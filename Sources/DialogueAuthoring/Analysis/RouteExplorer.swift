import DialogueCore

/// Walks every route of the graph over the grouped values of the questions, the way the engine
/// would, merging routes that stand at the same node with the same values still to be read.
///
/// The result is a graph of states: each is a node with the values of the variables that may
/// still be read from there on. Branch cases and `set` values record what happened on them.
struct RouteExplorer {
    /// Beyond this many states the exploration stops, and findings that need every route are not made.
    static let stateLimit = 100_000

    struct State: Hashable {
        let node: NodeID
        /// Aligned with `live[node]`.
        let slots: [Slot]
    }

    let graph: DialogueGraph
    let stateLimit: Int
    let domains: VariableDomains
    /// Variables that may be read at or after each node, sorted.
    let live: [NodeID: [String]]
    private let conditions: [NodeID: [ConditionInfo]]
    private let assignments: [NodeID: [ConditionInfo]]

    private(set) var states: [State] = []
    /// The state each was first reached from, and the answer given on the way (if a question).
    private(set) var parents: [(state: Int, step: RouteStep?)?] = []
    /// Reached only through a branch the analysis could not decide.
    private(set) var isApproximate: [Bool] = []
    private(set) var successors: [[(state: Int, step: RouteStep?)]] = []
    private(set) var cases: [NodeID: [CaseObservation]] = [:]
    /// A `set` entry (node, index) whose value was unknown because a variable was never set.
    private(set) var unsetAssignments: [NodeID: [Int: (state: Int, variable: String)]] = [:]
    private(set) var isComplete = true
    private var index: [State: Int] = [:]
    /// States added and not yet expanded (expanded ones stay, for the breadth-first head).
    private var frontier: [Int] = []

    init(_ graph: DialogueGraph, stateLimit: Int = Self.stateLimit) {
        self.graph = graph
        self.stateLimit = stateLimit
        var conditions: [Expression] = []
        var values: [Expression] = []
        for derivation in graph.variables.compactMap(\.derivation) {
            switch derivation {
            case .expression(let value): values.append(value)
            case .cases(let cases, let fallback):
                conditions += cases.map(\.condition)
                values += cases.map(\.value) + [fallback]
            }
        }
        for id in graph.nodeOrder {
            switch graph.node(id)?.kind {
            case .branch(let cases, _)?: conditions += cases.map(\.condition)
            case .set(let entries, _)?: values += entries.map(\.value)
            default: break
            }
        }
        let domains = VariableDomains(graph, facts: ExpressionFacts(conditions: conditions, values: values))
        self.domains = domains
        var branchConditions: [NodeID: [ConditionInfo]] = [:]
        var assignments: [NodeID: [ConditionInfo]] = [:]
        for id in graph.nodeOrder {
            switch graph.node(id)?.kind {
            case .branch(let cases, _)?: branchConditions[id] = cases.map { ConditionInfo($0.condition, domains: domains) }
            case .set(let entries, _)?: assignments[id] = entries.map { ConditionInfo($0.value, domains: domains) }
            default: break
            }
        }
        self.conditions = branchConditions
        self.assignments = assignments
        live = Self.liveVariables(graph, reads: branchConditions.merging(assignments) { $0 + $1 })
    }

    /// Explores from the start until every state is expanded or the limit is reached.
    ///
    /// - Parameter depthFirst: follow each route to its end before the next (so that a limited
    ///   exploration still finds whole routes), instead of widening level by level (so that
    ///   examples are the shortest).
    mutating func explore(depthFirst: Bool = false) {
        add(graph.start, [:], from: nil, step: nil, approximate: false)
        var head = 0
        while true {
            let current: Int
            if depthFirst {
                guard let last = frontier.popLast() else { return }
                current = last
            } else {
                guard head < frontier.count else { return }
                current = frontier[head]
                head += 1
            }
            expand(current)
        }
    }

    /// The answers given on the way to a state, in order.
    func route(to state: Int) -> [RouteStep] {
        var steps: [RouteStep] = []
        var current = state
        while let parent = parents[current] {
            if let step = parent.step { steps.append(step) }
            current = parent.state
        }
        return steps.reversed()
    }

    /// The conditions of a branch node, worked out.
    func branchConditions(_ node: NodeID) -> [ConditionInfo] { conditions[node] ?? [] }

    /// The answered variables the condition of a branch case depends on.
    func conditionSources(_ node: NodeID, _ position: Int) -> [String] {
        guard let infos = conditions[node], infos.indices.contains(position) else { return [] }
        return infos[position].sources
    }

    /// The values of a state by variable name.
    func slots(of state: Int) -> [String: Slot] {
        let names = live[states[state].node] ?? []
        return Dictionary(uniqueKeysWithValues: zip(names, states[state].slots))
    }

    private mutating func expand(_ current: Int) {
        let state = states[current]
        guard let node = graph.node(state.node) else { return }
        let slots = slots(of: current)
        let approximate = isApproximate[current]
        switch node.kind {
        case .ask(let ask):
            let isRead = live[ask.next]?.contains(ask.variable) ?? false
            let values = domains.representatives[ask.variable] ?? [.opaque]
            for value in isRead ? values : Array(values.prefix(1)) {
                var answered = slots
                answered[ask.variable] = value
                add(ask.next, answered, from: current, step: RouteStep(node: state.node, variable: ask.variable, slot: value),
                    approximate: approximate)
            }
        case .set(let entries, let next):
            add(next, assign(entries, slots, at: current), from: current, step: nil, approximate: approximate)
        case .branch(let branchCases, let fallback):
            let targets = decide(state.node, slots, at: current)
            for target in targets {
                add(target < branchCases.count ? branchCases[target].target : fallback, slots, from: current, step: nil,
                    approximate: approximate || targets.count > 1)
            }
        case .end:
            break
        default:
            for next in node.successors { add(next, slots, from: current, step: nil, approximate: approximate) }
        }
    }

    /// The values after a `set` node; as in the engine, every entry reads the values from before it.
    private mutating func assign(_ entries: [Assignment], _ slots: [String: Slot], at current: Int) -> [String: Slot] {
        let values = SessionValues(graph: graph, bindings: slots.compactMapValues(\.binding))
        var assigned = slots
        for (position, entry) in entries.enumerated() {
            guard let info = assignments[states[current].node]?[position], info.isDecidable(slots) else {
                assigned[entry.variable] = .opaque
                continue
            }
            let value = Evaluator.value(of: entry.value, in: values)
            assigned[entry.variable] = value.map(Slot.value) ?? .skipped
            if value == nil, !isApproximate[current], let variable = info.neverSet(slots),
                unsetAssignments[states[current].node]?[position] == nil {
                unsetAssignments[states[current].node, default: [:]][position] = (current, variable)
            }
        }
        return assigned
    }

    /// The cases a branch may take in this state (the fallback as the index past the last case),
    /// noting what each condition did.
    private mutating func decide(_ node: NodeID, _ slots: [String: Slot], at current: Int) -> [Int] {
        let infos = conditions[node] ?? []
        let values = SessionValues(graph: graph, bindings: slots.compactMapValues(\.binding))
        var observations = cases[node] ?? Array(repeating: CaseObservation(), count: infos.count)
        var targets: [Int] = []
        var winner: Int?
        for (position, info) in infos.enumerated() {
            if observations[position].reached == nil { observations[position].reached = current }
            guard info.isDecidable(slots) else {
                observations[position].isUndecidable = true
                if winner == nil {
                    targets.append(position)
                    observations[position].isTaken = true
                }
                continue
            }
            switch Evaluator.truth(of: info.expression, in: values) {
            case true?:
                if observations[position].holds == nil { observations[position].holds = current }
                if let winner {
                    if observations[position].shadow == nil { observations[position].shadow = (current, winner) }
                } else {
                    winner = position
                    targets.append(position)
                    observations[position].isTaken = true
                }
            case nil where winner == nil && !isApproximate[current]:
                if observations[position].unsetRead == nil, let variable = info.neverSet(slots) {
                    observations[position].unsetRead = (current, variable)
                }
            default:
                break
            }
        }
        if winner == nil { targets.append(infos.count) }
        cases[node] = observations
        return targets
    }

    private mutating func add(_ node: NodeID, _ slots: [String: Slot], from parent: Int?, step: RouteStep?, approximate: Bool) {
        let state = State(node: node, slots: (live[node] ?? []).map { slots[$0] ?? .never })
        if let known = index[state] {
            if let parent { successors[parent].append((known, step)) }
            return
        }
        guard states.count < stateLimit else {
            isComplete = false
            return
        }
        index[state] = states.count
        if let parent { successors[parent].append((states.count, step)) }
        frontier.append(states.count)
        states.append(state)
        parents.append(parent.map { ($0, step) })
        isApproximate.append(approximate)
        successors.append([])
    }

    /// Variables read at a node or anywhere after it: the only ones that can still make a difference.
    private static func liveVariables(_ graph: DialogueGraph, reads: [NodeID: [ConditionInfo]]) -> [NodeID: [String]] {
        var live: [NodeID: Set<String>] = [:]
        for id in graph.nodeOrder { live[id] = Set((reads[id] ?? []).flatMap(\.sources)) }
        var changed = true
        while changed {
            changed = false
            for id in graph.nodeOrder.reversed() {
                let before = live[id] ?? []
                let after = (graph.node(id)?.successors ?? []).reduce(before) { $0.union(live[$1] ?? []) }
                if after.count != before.count {
                    live[id] = after
                    changed = true
                }
            }
        }
        return live.mapValues { $0.sorted() }
    }
}

/// An answer given on a route: the question's node, its variable, and the (grouped) value.
struct RouteStep: Hashable, Sendable {
    let node: NodeID
    let variable: String
    let slot: Slot
}
