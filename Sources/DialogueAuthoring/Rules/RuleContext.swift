import DialogueCore

/// What the graph rules look at: the nodes as written, so that one node that failed to compile
/// does not make its neighbours look unreachable. It needs nothing compiled: on a large graph
/// the rules run on the helper thread while the nodes are compiled.
struct RuleContext: Sendable {
    let start: NodeID?
    let documents: ByNodeID
    let content: ContentDocument?
    /// The edges by position, worked out once for the rules that follow them.
    let positions: NodePositions

    /// - Parameter index: where the first document of each node id is (`NodeIndex`).
    init(start: NodeID?, documents: [NodeDocument], index: NodeIDIndex, content: ContentDocument?) {
        let byID = ByNodeID(documents, positions: index)
        let positions = NodePositions(start: start, documents: byID)
        self.start = start
        self.documents = byID
        self.positions = positions
        self.content = content
    }

    /// Node ids in file order, each once; made when asked (only to word a diagnostic).
    var order: [NodeID] { positions.inOrder.map { documents.value(at: $0).id.text } }

    /// The id of the node at a position.
    func id(at position: Int) -> NodeID { documents.value(at: position).id.text }

    /// Every `next`, `goto` and `otherwise` a node names, with where it is written.
    static func targets(of document: NodeDocument) -> [SourceText] {
        if case .branch(let cases, _) = document.kind { return cases.map(\.result) }
        return document.next.map { [$0] } ?? []
    }

    /// The same targets, without making an array of them.
    static func forEachTarget(of document: NodeDocument, _ body: (SourceText) -> Void) {
        if case .branch(let cases, _) = document.kind {
            for entry in cases { body(entry.result) }
        } else if let next = document.next {
            body(next)
        }
    }

    /// The targets with the key that names each.
    static func namedTargets(of document: NodeDocument) -> [(key: String, target: SourceText)] {
        if case .branch(let cases, _) = document.kind {
            return cases.map { ($0.when == nil ? "otherwise" : "goto", $0.result) }
        }
        return document.next.map { [("next", $0)] } ?? []
    }

    /// The variables the node at `position` binds: an ask's variable, a set's targets.
    func binds(at position: Int) -> [String] {
        switch documents.value(at: position).kind {
        case .ask(let variable, _, _): [variable.text]
        case .set(let entries): entries.map(\.variable.text)
        default: []
        }
    }
}
