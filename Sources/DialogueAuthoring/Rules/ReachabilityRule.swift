/// PC015: every node can be reached from the start.
enum ReachabilityRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard context.start.map({ context.documents.contains($0) }) == true else { return [] }
        return context.order.filter { !context.reachable.contains($0) }.compactMap { id in
            context.location(of: id).map {
                Diagnostic(.unreachableNode, at: $0, "node '\(id)' cannot be reached from the start; nothing leads to it")
            }
        }
    }
}
