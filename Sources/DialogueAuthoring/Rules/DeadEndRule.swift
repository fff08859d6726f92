import DialogueCore

/// PC016: from every reachable node some `end` can still be reached.
/// (A node with no `next` is reported when it is compiled, and a `next` to no node by PC012.)
enum DeadEndRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        // In file order and by position (`NodePositions`): the search hashes no id.
        let graph = context.positions
        let reachable = graph.inOrder.filter { graph.isReachable[$0] }
        var predecessors = [[Int]](repeating: [], count: context.documents.count)
        var canFinish = [Bool](repeating: false, count: context.documents.count)
        var stack: [Int] = []
        for position in reachable {
            for successor in graph.successors(of: position) { predecessors[successor].append(position) }
            // Nodes already reported for a missing or unknown target count as finishing, so that
            // one mistake is not reported again at every node before it.
            if countsAsFinishing(at: position, context) {
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
        return reachable.filter { !canFinish[$0] }.map { position in
            let document = context.documents.value(at: position)
            return Diagnostic(.deadEnd, at: document.id.location,
                              "no 'end' can be reached from node '\(document.id.text)'; the conversation would be stuck")
        }
    }

    /// An `end`, a node without targets or one with a target that names no node.
    private static func countsAsFinishing(at position: Int, _ context: RuleContext) -> Bool {
        if context.positions.missingTargets[position] != nil { return true }
        let document = context.documents.value(at: position)
        if case .end = document.kind { return true }
        return RuleContext.targets(of: document).isEmpty
    }
}
