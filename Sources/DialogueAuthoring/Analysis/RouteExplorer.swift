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
        /// Hashed once: the index of states grows by rehashing every state it holds.
        private let hash: Int

        init(node: NodeID, slots: [Slot]) {
            self.node = node
            self.slots = slots
            var hasher = Hasher()
            hasher.combine(node)
            hasher.combine(slots)
            hash = hasher.finalize()
        }

        static func == (left: State, right: State) -> Bool {
            left.hash == right.hash && left.node == right.node && left.slots == right.slots
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }
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
        add(graph.start, Array(repeating: .never, count: live[graph.start]?.count ?? 0), from: nil, step: nil, approximate: false)
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
        let names = live[state.node] ?? []
        let approximate = isApproximate[current]
        switch node.kind {
        case .ask(let ask):
            let isRead = live[ask.next]?.contains(ask.variable) ?? false
            let values = domains.representatives[ask.variable] ?? [.opaque]
            for value in isRead ? values : Array(values.prefix(1)) {
                add(ask.next, Self.project(state.slots, from: names, to: ask.next, live, setting: [(ask.variable, value)]),
                    from: current, step: RouteStep(node: state.node, variable: ask.variable, slot: value), approximate: approximate)
            }
        case .set(let entries, let next):
            let assigned = assign(entries, state.slots, names, at: current)
            add(next, Self.project(state.slots, from: names, to: next, live, setting: assigned), from: current, step: nil,
                approximate: approximate)
        case .branch(let branchCases, let fallback):
            let targets = decide(state.node, state.slots, names, at: current)
            for target in targets {
                let next = target < branchCases.count ? branchCases[target].target : fallback
                add(next, Self.project(state.slots, from: names, to: next, live), from: current, step: nil,
                    approximate: approximate || targets.count > 1)
            }
        case .end:
            break
        default:
            for next in node.successors {
                add(next, Self.project(state.slots, from: names, to: next, live), from: current, step: nil, approximate: approximate)
            }
        }
    }

    /// The slots of the variables live at `node`: those `setting` gives a new value, and the
    /// rest from `slots`, aligned with `names`.
    ///
    /// Works on arrays rather than maps by name: the other live names of a node's successor
    /// are among its own and in the same order, so one forward scan finds them.
    private static func project(
        _ slots: [Slot], from names: [String], to node: NodeID, _ live: [NodeID: [String]], setting: [(String, Slot)] = []
    ) -> [Slot] {
        let wanted = live[node] ?? []
        if setting.isEmpty, wanted == names { return slots }
        var projected: [Slot] = []
        projected.reserveCapacity(wanted.count)
        var start = 0
        for name in wanted {
            if let set = setting.last(where: { $0.0 == name }) {
                projected.append(set.1)
                continue
            }
            var position = start
            while position < names.count, names[position] != name { position += 1 }
            if position < names.count {
                projected.append(slots[position])
                start = position + 1
            } else {
                projected.append(.never)
            }
        }
        return projected
    }

    /// The slots of the variables `infos` read, by name: all a condition or value looks at.
    private static func read(by infos: [ConditionInfo], _ slots: [Slot], _ names: [String]) -> [String: Slot] {
        var read: [String: Slot] = [:]
        for info in infos {
            for source in info.sources where read[source] == nil {
                read[source] = names.firstIndex(of: source).map { slots[$0] } ?? .never
            }
        }
        return read
    }

    /// The values a `set` node gives; as in the engine, every entry reads the values from before it.
    private mutating func assign(_ entries: [Assignment], _ before: [Slot], _ names: [String], at current: Int) -> [(String, Slot)] {
        let node = states[current].node
        let infos = assignments[node] ?? []
        let slots = Self.read(by: infos, before, names)
        let values = SessionValues(graph: graph, bindings: slots.compactMapValues(\.binding))
        var assigned: [(String, Slot)] = []
        for (position, entry) in entries.enumerated() {
            guard infos.indices.contains(position), infos[position].isDecidable(slots) else {
                assigned.append((entry.variable, .opaque))
                continue
            }
            let info = infos[position]
            let value = Evaluator.value(of: entry.value, in: values)
            assigned.append((entry.variable, value.map(Slot.value) ?? .skipped))
            if value == nil, !isApproximate[current], let variable = info.neverSet(slots),
                unsetAssignments[node]?[position] == nil {
                unsetAssignments[node, default: [:]][position] = (current, variable)
            }
        }
        return assigned
    }

    /// The cases a branch may take in this state (the fallback as the index past the last case),
    /// noting what each condition did.
    private mutating func decide(_ node: NodeID, _ aligned: [Slot], _ names: [String], at current: Int) -> [Int] {
        let infos = conditions[node] ?? []
        let slots = Self.read(by: infos, aligned, names)
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

    /// Adds the state of `node` with `slots` (aligned with the variables live there), unless known.
    private mutating func add(_ node: NodeID, _ slots: [Slot], from parent: Int?, step: RouteStep?, approximate: Bool) {
        let state = State(node: node, slots: slots)
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

    /// Variables a node or a later one may read before anything gives them a new value: the
    /// only ones that can still make a difference. A question or a `set` gives its variables a
    /// new value, so what they held before is dead there unless the node itself reads it; two
    /// routes that differ only in dead values are one state.
    private static func liveVariables(_ graph: DialogueGraph, reads: [NodeID: [ConditionInfo]]) -> [NodeID: [String]] {
        var live: [NodeID: Set<String>] = [:]
        var ownReads: [NodeID: Set<String>] = [:]
        var written: [NodeID: Set<String>] = [:]
        for id in graph.nodeOrder {
            ownReads[id] = Set((reads[id] ?? []).flatMap(\.sources))
            live[id] = ownReads[id]
            switch graph.node(id)?.kind {
            case .ask(let ask)?: written[id] = [ask.variable]
            case .set(let entries, _)?: written[id] = Set(entries.map(\.variable))
            default: break
            }
        }
        var changed = true
        // Read once: the graph makes the list each time it is asked for.
        let backwards = Array(graph.nodeOrder.reversed())
        while changed {
            changed = false
            for id in backwards {
                let before = live[id] ?? []
                var after = (graph.node(id)?.successors ?? []).reduce(into: Set<String>()) { $0.formUnion(live[$1] ?? []) }
                after.subtract(written[id] ?? [])
                after.formUnion(ownReads[id] ?? [])
                if after.count != before.count {
                    live[id] = after
                    changed = true
                }
            }
        }
        return live.mapValues { $0.sorted() }
    }

    /// Whether a later condition or value reads the answer given at `step` before it is asked again.
    func isRead(_ step: RouteStep) -> Bool {
        guard case .ask(let ask)? = graph.node(step.node)?.kind else { return false }
        return live[ask.next]?.contains(step.variable) ?? false
    }
}

/// An answer given on a route: the question's node, its variable, and the (grouped) value.
struct RouteStep: Hashable, Sendable {
    let node: NodeID
    let variable: String
    let slot: Slot
}
