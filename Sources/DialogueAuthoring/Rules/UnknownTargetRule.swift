import DialogueCore

/// PC012: every `next`, `goto` and `otherwise` names a node.
enum UnknownTargetRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        let graph = context.positions
        // Only the nodes `NodePositions` found a missing target in: none, in a graph that checks.
        let wrong = graph.inOrder.filter { graph.missingTargets[$0] != nil }
        guard !wrong.isEmpty else { return [] }
        let ids = context.order
        return wrong.flatMap { position -> [Diagnostic] in
            context.nodes.outlines.namedTargets(at: position)
                .filter { !context.nodes.contains($0.target.text) }
                .map { diagnostic(for: $0.target, key: $0.key, ids: ids) }
        }
    }

    static func diagnostic(for target: SourceText, key: String, ids: [String]) -> Diagnostic {
        let suggestion = Suggestion.closest(to: target.text, in: ids).map { "; did you mean '\($0)'?" } ?? ""
        return Diagnostic(.unknownNode, at: target.location, "'\(key)' names '\(target.text)', which is not a node\(suggestion)")
    }
}
