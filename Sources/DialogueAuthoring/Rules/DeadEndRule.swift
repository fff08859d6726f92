import DialogueCore

/// PC016: from every reachable node some `end` can still be reached.
/// (A node with no `next` is reported when it is compiled, and a `next` to no node by PC012.)
enum DeadEndRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        // In file order, not the set's: the documents are then read in the order they are stored,
        // which cut this rule's time by a third at N = 100,000 (cache misses, not instructions).
        let reachable = context.order.filter { context.reachable.contains($0) }
        var predecessors: [NodeID: [NodeID]] = [:]
        for id in reachable {
            for successor in context.successors(of: id) { predecessors[successor, default: []].append(id) }
        }
        // Nodes already reported for a missing or unknown target count as finishing, so that
        // one mistake is not reported again at every node before it.
        var canFinish = Set(reachable.filter { countsAsFinishing($0, context) })
        var stack = Array(canFinish)
        while let id = stack.popLast() {
            for predecessor in predecessors[id] ?? [] where canFinish.insert(predecessor).inserted {
                stack.append(predecessor)
            }
        }
        return reachable.filter { !canFinish.contains($0) }.compactMap { id in
            context.location(of: id).map {
                Diagnostic(.deadEnd, at: $0, "no 'end' can be reached from node '\(id)'; the conversation would be stuck")
            }
        }
    }

    /// An `end`, or a node already reported; its document is looked up once for both.
    private static func countsAsFinishing(_ id: NodeID, _ context: RuleContext) -> Bool {
        guard let document = context.documents[id] else { return false }
        if case .end = document.kind { return true }
        let targets = RuleContext.targets(of: document)
        return targets.isEmpty || targets.contains { !context.documents.contains($0.text) }
    }
}
