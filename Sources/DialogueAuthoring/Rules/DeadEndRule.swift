import DialogueCore

/// PC016: from every reachable node some `end` can still be reached.
/// (A node with no `next` is reported when it is compiled, and a `next` to no node by PC012.)
enum DeadEndRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        // In file order and by position (`NodePositions`): the search hashes no id.
        let graph = context.positions
        let reachable = graph.inOrder.filter { graph.isReachable[$0] }
        let predecessors = Predecessors(of: reachable, graph, count: context.nodes.count)
        var canFinish = [Bool](repeating: false, count: context.nodes.count)
        var stack: [Int] = []
        // Nodes already reported for a missing or unknown target count as finishing, so that
        // one mistake is not reported again at every node before it.
        for position in reachable where countsAsFinishing(at: position, context) {
            canFinish[position] = true
            stack.append(position)
        }
        while let position = stack.popLast() {
            for predecessor in predecessors.of(position) where !canFinish[predecessor] {
                canFinish[predecessor] = true
                stack.append(predecessor)
            }
        }
        return reachable.filter { !canFinish[$0] }.map { position in
            let id = context.nodes.id(at: position)
            return Diagnostic(.deadEnd, at: id.location, "no 'end' can be reached from node '\(id.text)'; the conversation would be stuck")
        }
    }

    /// Every node's reachable predecessors, in one array (a list per node was an allocation
    /// for each of a large graph's nodes): those of `p` are `all[start[p]..<start[p + 1]]`.
    private struct Predecessors {
        private let all: [Int32]
        private let start: [Int32]

        init(of reachable: [Int], _ graph: NodePositions, count: Int) {
            var start = [Int32](repeating: 0, count: count + 1)
            for position in reachable {
                for successor in graph.successors(of: position) { start[successor + 1] += 1 }
            }
            for position in 0..<count { start[position + 1] += start[position] }
            var next = start
            var all = [Int32](repeating: 0, count: Int(start[count]))
            for position in reachable {
                for successor in graph.successors(of: position) {
                    all[Int(next[successor])] = Int32(position)
                    next[successor] += 1
                }
            }
            self.all = all
            self.start = start
        }

        func of(_ position: Int) -> some Sequence<Int> {
            all[Int(start[position])..<Int(start[position + 1])].lazy.map { Int($0) }
        }
    }

    /// An `end`, a node without targets or one with a target that names no node.
    private static func countsAsFinishing(at position: Int, _ context: RuleContext) -> Bool {
        if context.positions.missingTargets[position] != nil { return true }
        // A branch without cases, or another node without `next`, has no targets.
        return context.nodes.outlines.shape(at: position) == .end || context.nodes.outlines.targetRange(at: position).isEmpty
    }
}
