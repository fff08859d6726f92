import DialogueCore

/// A distinct way through the conversation: the nodes it passes and answers that take it.
public struct Route: Sendable {
    public let nodes: [NodeID]
    /// Each question on the way with the answer that keeps to this route, as an answers file
    /// writes it (`derm`, `245`, `yes`, `2026-07`; empty for a skip).
    public let answers: [(variable: String, answer: String)]
    /// The route passes a condition the analysis cannot evaluate: the answers may go another way.
    public let isApproximate: Bool

    /// How many questions it asks.
    public var questionCount: Int { answers.count }
}

/// Every distinct route from the start to an end, over the questions' grouped values.
public enum RouteEnumerator {
    /// How many states the exploration follows before it stops.
    public static let stateLimit = RouteExplorer.stateLimit

    public struct Result: Sendable {
        /// The routes found, shortest first (by nodes passed), at most the limit.
        public let routes: [Route]
        /// More routes exist than the limit allowed.
        public let reachedLimit: Bool
        /// The routes grew past the states the exploration follows: some routes were not met.
        public let isPartial: Bool
    }

    public static func routes(of graph: DialogueGraph, limit: Int) -> Result {
        var explorer = RouteExplorer(graph)
        explorer.explore(depthFirst: true)
        var walk = SuffixWalk(explorer: explorer, limit: limit)
        let suffixes = explorer.states.isEmpty ? [] : walk.suffixes(from: 0)
        let routes = suffixes.map { suffix in
            Route(nodes: suffix.nodes, answers: suffix.steps.map { ($0.variable, answerText($0, graph)) },
                  isApproximate: suffix.isApproximate)
        }
        let ordered = routes.enumerated().sorted { ($0.element.nodes.count, $0.offset) < ($1.element.nodes.count, $1.offset) }.map(\.element)
        return Result(routes: ordered, reachedLimit: !walk.isComplete, isPartial: !explorer.isComplete)
    }

    /// An answer an answers file can give for a grouped value; opaque values get a plain example.
    private static func answerText(_ step: RouteStep, _ graph: DialogueGraph) -> String {
        switch step.slot {
        case .value(.text(let text)): return text
        case .value(let value): return Slot.text(of: value)
        case .skipped, .never: return ""
        case .opaque:
            switch graph.variable(step.variable)?.kind {
            case .integer(let min, _)?: return String(min)
            case .text?: return "example"
            default: return "2026-07"
            }
        }
    }
}

/// The distinct node sequences from each state to an end, remembered per state. A route
/// follows a loop once: a state already on the way is not entered again.
private struct SuffixWalk {
    struct Suffix {
        var nodes: [NodeID]
        var steps: [RouteStep]
        var isApproximate: Bool
    }

    let explorer: RouteExplorer
    let limit: Int
    private(set) var isComplete = true
    private var memo: [Int: [Suffix]] = [:]
    private var onTheWay: Set<Int> = []

    init(explorer: RouteExplorer, limit: Int) {
        self.explorer = explorer
        self.limit = limit
    }

    mutating func suffixes(from state: Int) -> [Suffix] {
        if let known = memo[state] { return known }
        let node = explorer.states[state].node
        let approximate = explorer.isApproximate[state]
        let next = explorer.successors[state]
        guard !next.isEmpty else {
            // Only an `end` finishes a route; a state left unexplored at the limit does not.
            guard case .end? = explorer.graph.node(node)?.kind else { return [] }
            return [Suffix(nodes: [node], steps: [], isApproximate: approximate)]
        }
        onTheWay.insert(state)
        defer { onTheWay.remove(state) }
        var seen: Set<[NodeID]> = []
        var found: [Suffix] = []
        for (target, step) in next where !onTheWay.contains(target) {
            for suffix in suffixes(from: target) {
                let nodes = [node] + suffix.nodes
                guard seen.insert(nodes).inserted else { continue }
                guard found.count < limit else {
                    isComplete = false
                    break
                }
                found.append(Suffix(nodes: nodes, steps: (step.map { [$0] } ?? []) + suffix.steps,
                                    isApproximate: approximate || suffix.isApproximate))
            }
        }
        memo[state] = found
        return found
    }
}
