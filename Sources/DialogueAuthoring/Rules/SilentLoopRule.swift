import DialogueCore

/// PC017: no loop of nodes that asks nothing, which would run forever without waiting for the user.
enum SilentLoopRule {
    /// A node on the search path, with the next of its silent successors to look at.
    private struct Frame {
        let id: NodeID
        let successors: [NodeID]
        var next = 0
    }

    static func check(_ context: RuleContext) -> [Diagnostic] {
        var state: [NodeID: Bool] = [:]  // false: on the current path; true: finished
        var diagnostics: [Diagnostic] = []
        for root in context.order where context.reachable.contains(root) && state[root] == nil && !context.isAsk(root) {
            search(from: root, context, &state, &diagnostics)
        }
        return diagnostics
    }

    /// Depth-first, with the path kept on an explicit stack: a chain of thousands of `say`
    /// nodes must not be able to exhaust the call stack.
    private static func search(
        from root: NodeID, _ context: RuleContext, _ state: inout [NodeID: Bool], _ diagnostics: inout [Diagnostic]
    ) {
        func frame(_ id: NodeID) -> Frame {
            state[id] = false
            return Frame(id: id, successors: context.successors(of: id).filter { !context.isAsk($0) })
        }
        var stack = [frame(root)]
        while let top = stack.last {
            guard top.next < top.successors.count else {
                state[top.id] = true
                stack.removeLast()
                continue
            }
            let successor = top.successors[top.next]
            stack[stack.count - 1].next += 1
            switch state[successor] {
            case false?:
                let loop = stack.map(\.id).drop { $0 != successor } + [successor]
                if let location = context.location(of: successor) {
                    diagnostics.append(Diagnostic(.silentLoop, at: location,
                        "the nodes \(loop.joined(separator: " → ")) form a loop that asks nothing; it would never stop"))
                }
            case nil:
                stack.append(frame(successor))
            case true?:
                break
            }
        }
    }
}
