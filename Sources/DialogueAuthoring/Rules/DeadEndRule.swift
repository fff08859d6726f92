import DialogueCore

/// PC016: from every reachable node some `end` can still be reached.
/// (A node with no `next` is reported when it is compiled, and a `next` to no node by PC012.)
enum DeadEndRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        // In file order, not the set's, and by position, not by id: the documents are then read
        // in the order they are stored, and the search itself hashes nothing. On a large graph
        // the hash tables of ids no longer fit the cache, and this rule was a sixth of the load.
        let reachable = context.order.filter { context.reachable.contains($0) }
        var predecessors = [[Int]](repeating: [], count: context.documents.count)
        var canFinish = [Bool](repeating: false, count: context.documents.count)
        var stack: [Int] = []
        for id in reachable {
            guard let position = context.documents.position(of: id) else { continue }
            for successor in context.successors(of: id) {
                if let target = context.documents.position(of: successor) { predecessors[target].append(position) }
            }
            // Nodes already reported for a missing or unknown target count as finishing, so that
            // one mistake is not reported again at every node before it.
            if countsAsFinishing(id, context) {
                canFinish[position] = true
                stack.append(position)
            }
        }
        while let position = stack.popLast() {
            for predecessor in predecessors[position] where !canFinish[predecessor] {
                canFinish[predecessor] = true
                stack.append(predecessor)
            }
        }
        return reachable.filter { id in context.documents.position(of: id).map { !canFinish[$0] } ?? false }.compactMap { id in
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
