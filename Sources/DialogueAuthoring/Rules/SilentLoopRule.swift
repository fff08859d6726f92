import DialogueCore

/// PC017: no loop of nodes that asks nothing, which would run forever without waiting for the user.
enum SilentLoopRule {
    /// A node on the search path, with the next of its silent successors to look at.
    private struct Frame {
        let id: NodeID
        let successors: [NodeID]
        var next = 0
    }

    /// Where the search has been: not yet, on the current path, or finished.
    private enum Visit { case unvisited, onPath, finished }

    static func check(_ context: RuleContext) -> [Diagnostic] {
        // By position, not by id: on a large graph the hash tables of ids no longer fit the cache.
        var state = [Visit](repeating: .unvisited, count: context.documents.count)
        var diagnostics: [Diagnostic] = []
        for root in context.order where context.reachable.contains(root) && !context.isAsk(root) {
            guard let position = context.documents.position(of: root), state[position] == .unvisited else { continue }
            search(from: root, context, &state, &diagnostics)
        }
        return diagnostics
    }

    /// Depth-first, with the path kept on an explicit stack: a chain of thousands of `say`
    /// nodes must not be able to exhaust the call stack.
    private static func search(
        from root: NodeID, _ context: RuleContext, _ state: inout [Visit], _ diagnostics: inout [Diagnostic]
    ) {
        func frame(_ id: NodeID) -> Frame {
            if let position = context.documents.position(of: id) { state[position] = .onPath }
            return Frame(id: id, successors: context.successors(of: id).filter { !context.isAsk($0) })
        }
        var stack = [frame(root)]
        while let top = stack.last {
            guard top.next < top.successors.count else {
                if let position = context.documents.position(of: top.id) { state[position] = .finished }
                stack.removeLast()
                continue
            }
            let successor = top.successors[top.next]
            stack[stack.count - 1].next += 1
            // Successors are nodes that exist, so each has a position.
            guard let position = context.documents.position(of: successor) else { continue }
            switch state[position] {
            case .onPath:
                let loop = stack.map(\.id).drop { $0 != successor } + [successor]
                if let location = context.location(of: successor) {
                    diagnostics.append(Diagnostic(.silentLoop, at: location,
                        "the nodes \(loop.joined(separator: " → ")) form a loop that asks nothing; it would never stop"))
                }
            case .unvisited:
                stack.append(frame(successor))
            case .finished:
                break
            }
        }
    }
}
