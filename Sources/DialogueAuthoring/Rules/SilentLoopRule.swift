import DialogueCore

/// PC017: no loop of nodes that asks nothing, which would run forever without waiting for the user.
enum SilentLoopRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        var state: [NodeID: Bool] = [:]  // false: on the current path; true: finished
        var diagnostics: [Diagnostic] = []
        for root in context.order where context.reachable.contains(root) && state[root] == nil && !context.isAsk(root) {
            visit(root, path: [], context, &state, &diagnostics)
        }
        return diagnostics
    }

    private static func visit(
        _ id: NodeID, path: [NodeID], _ context: RuleContext, _ state: inout [NodeID: Bool], _ diagnostics: inout [Diagnostic]
    ) {
        state[id] = false
        for successor in context.successors(of: id) where !context.isAsk(successor) {
            switch state[successor] {
            case false?:
                let loop = (path + [id]).drop { $0 != successor } + [successor]
                if let location = context.location(of: successor) {
                    diagnostics.append(Diagnostic(.silentLoop, at: location,
                        "the nodes \(loop.joined(separator: " → ")) form a loop that asks nothing; it would never stop"))
                }
            case nil:
                visit(successor, path: path + [id], context, &state, &diagnostics)
            case true?:
                break
            }
        }
        state[id] = true
    }
}
