import DialogueCore

/// PC017: no loop of nodes that asks nothing, which would run forever without waiting for the user.
enum SilentLoopRule {
    /// A node on the search path (by position), with the next of its silent successors to look at.
    private struct Frame {
        let position: Int
        let successors: [Int]
        var next = 0
    }

    /// Where the search has been: not yet, on the current path, or finished.
    private enum Visit { case unvisited, onPath, finished }

    static func check(_ context: RuleContext) -> [Diagnostic] {
        // By position (`NodePositions`): on a large graph the hash tables of ids no longer fit the cache.
        let graph = context.positions
        var state = [Visit](repeating: .unvisited, count: context.nodes.count)
        var diagnostics: [Diagnostic] = []
        for root in graph.inOrder where graph.isReachable[root] && !graph.isAsk[root] && state[root] == .unvisited {
            search(from: root, context, &state, &diagnostics)
        }
        return diagnostics
    }

    /// Depth-first, with the path kept on an explicit stack: a chain of thousands of `say`
    /// nodes must not be able to exhaust the call stack.
    private static func search(
        from root: Int, _ context: RuleContext, _ state: inout [Visit], _ diagnostics: inout [Diagnostic]
    ) {
        let graph = context.positions
        func frame(_ position: Int) -> Frame {
            state[position] = .onPath
            return Frame(position: position, successors: graph.successors(of: position).filter { !graph.isAsk[$0] })
        }
        var stack = [frame(root)]
        while let top = stack.last {
            guard top.next < top.successors.count else {
                state[top.position] = .finished
                stack.removeLast()
                continue
            }
            let successor = top.successors[top.next]
            stack[stack.count - 1].next += 1
            switch state[successor] {
            case .onPath:
                let loop = (stack.map(\.position).drop { $0 != successor } + [successor]).map(context.id(at:))
                diagnostics.append(Diagnostic(.silentLoop, at: context.nodes.id(at: successor).location,
                    "the nodes \(loop.joined(separator: " → ")) form a loop that asks nothing; it would never stop"))
            case .unvisited:
                stack.append(frame(successor))
            case .finished:
                break
            }
        }
    }
}
