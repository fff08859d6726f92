/// PC015: every node can be reached from the start.
enum ReachabilityRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard context.start.map({ context.nodes.contains($0) }) == true else { return [] }
        let graph = context.positions
        return graph.inOrder.filter { !graph.isReachable[$0] }.map { position in
            let id = context.nodes.id(at: position)
            return Diagnostic(.unreachableNode, at: id.location, "node '\(id.text)' cannot be reached from the start; nothing leads to it")
        }
    }
}
