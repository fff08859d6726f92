extension Engine {
    /// Required variables still unanswered that this user's conversation can still ask from
    /// `node` on, less those answered in advance. A branch whose conditions are already known
    /// is followed only where it goes; one that depends on unanswered values, every way it may go.
    func missingAnswers(from node: NodeID, in session: Session) -> [String] {
        let values = SessionValues(graph: graph, session: session)
        var missing: [String] = []
        var seen: Set<NodeID> = [node]
        var queue = [node]
        while !queue.isEmpty {
            let id = queue.removeFirst()
            guard let current = graph.node(id) else { continue }
            if case .ask(let ask) = current.kind, session.binding(ask.variable) == nil,
                session.answersInAdvance[ask.variable] == nil,
                graph.variable(ask.variable)?.isOptional == false, !missing.contains(ask.variable)
            {
                missing.append(ask.variable)
            }
            for successor in possibleSuccessors(of: current, values) where seen.insert(successor).inserted {
                queue.append(successor)
            }
        }
        return missing
    }

    private func possibleSuccessors(of node: Node, _ values: SessionValues) -> [NodeID] {
        guard case .branch(let cases, let fallback) = node.kind else { return node.successors }
        var targets: [NodeID] = []
        for branchCase in cases {
            switch Evaluator.truth(of: branchCase.condition, in: values) {
            case true?: return targets + [branchCase.target]
            case false?: continue
            case nil: targets.append(branchCase.target)
            }
        }
        return targets + [fallback]
    }
}
