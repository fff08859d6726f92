import DialogueCore

/// One way from a node to the next: a `next`, one `when` case of a branch, or its `otherwise`.
public struct DialogueEdge: Hashable, Sendable {
    public enum Label: Hashable, Sendable {
        /// A plain `next` of a say, set or emit node.
        case next
        /// An ask's `next`, taken whatever the answer to this variable.
        case answer(String)
        /// The `when` case at this index of a branch, with the condition as written.
        case when(Int, String)
        case otherwise
    }

    public let from: NodeID
    public let to: NodeID
    public let label: Label
    /// Where the target is named (`next:`, `goto:`, `otherwise:`).
    public let location: SourceLocation

    /// The label as a reader sees it on a picture: the variable, the condition, `otherwise`.
    public var caption: String? {
        switch label {
        case .next: nil
        case .answer(let variable): variable
        case .when(_, let condition): condition
        case .otherwise: "otherwise"
        }
    }

    /// The edges of a node in the order it names them.
    static func edges(of id: NodeID, in graph: DialogueGraph, documents: [NodeID: NodeDocument]) -> [DialogueEdge] {
        guard let node = graph.node(id), let document = documents[id] else { return [] }
        let targets = document.targets
        func located(_ index: Int) -> SourceLocation { targets.indices.contains(index) ? targets[index].location : document.id.location }
        switch node.kind {
        case .branch(let cases, let fallback):
            let written = Self.conditions(of: document)
            let whens = cases.enumerated().map { index, branchCase in
                DialogueEdge(from: id, to: branchCase.target,
                             label: .when(index, written.indices.contains(index) ? written[index] : "condition \(index + 1)"),
                             location: located(index))
            }
            return whens + [DialogueEdge(from: id, to: fallback, label: .otherwise, location: located(cases.count))]
        case .ask(let ask):
            return [DialogueEdge(from: id, to: ask.next, label: .answer(ask.variable), location: located(0))]
        case .end:
            return []
        default:
            return node.successors.map { DialogueEdge(from: id, to: $0, label: .next, location: located(0)) }
        }
    }

    private static func conditions(of document: NodeDocument) -> [String] {
        guard case .branch(let cases, _) = document.kind else { return [] }
        return cases.compactMap { $0.when?.text }
    }
}
