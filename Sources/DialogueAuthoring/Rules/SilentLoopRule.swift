import DialogueCore

/// PC017: no loop of nodes that asks nothing, which would run forever without waiting for the user.
enum SilentLoopRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        var state: [NodeID: Bool] = [:]  // false: on the current path; true: finished
        var diagnostics: [Diagnostic] = []
        for root in context.order where context.reachable.contains(root) && state[root] == nil && !context.isAsk(root) {
            visit(root, context, &state, &diagnostics)
        }
        return diagnostics
    }

    /// A depth-first search with its own stack: a graph's long chains of nodes neither overflow
    /// the call stack nor copy the path at every step (which made large graphs load in
    /// quadratic time).
    private static func visit(
        _ root: NodeID, _ context: RuleContext, _ state: inout [NodeID: Bool], _ diagnostics: inout [Diagnostic]
    ) {
        var path: [NodeID] = []
        var pending: [(successors: [NodeID], next: Int)] = []
        func enter(_ id: NodeID) {
            state[id] = false
            path.append(id)
            pending.append((context.successors(of: id).filter { !context.isAsk($0) }, 0))
        }
        enter(root)
        while let top = pending.indices.last {
            guard pending[top].next < pending[top].successors.count else {
                state[path[top]] = true
                path.removeLast()
                pending.removeLast()
                continue
            }
            let successor = pending[top].successors[pending[top].next]
            pending[top].next += 1
            switch state[successor] {
            case false?:
                let loop = path.drop { $0 != successor } + [successor]
                if let location = context.location(of: successor) {
                    diagnostics.append(Diagnostic(.silentLoop, at: location,
                        "the nodes \(loop.joined(separator: " → ")) form a loop that asks nothing; it would never stop"))
                }
            case nil:
                enter(successor)
            case true?:
                break
            }
        }
    }
}
