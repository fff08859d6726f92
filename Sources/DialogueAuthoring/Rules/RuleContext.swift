import DialogueCore

/// What the graph rules look at: the nodes as written (so that one node that failed to compile
/// does not make its neighbours look unreachable) and the compiled ones where they exist.
struct RuleContext {
    let start: NodeID?
    let documents: ByNodeID<NodeDocument>
    /// Node ids in file order.
    let order: [NodeID]
    let compiled: ByNodeID<Node>
    let variables: [VariableDecl]
    let content: ContentDocument?
    /// Nodes reachable from the start, following every edge.
    let reachable: Set<NodeID>

    init(start: NodeID?, documents: [NodeDocument], compiled: [Node], variables: [VariableDecl], content: ContentDocument?) {
        let byID = ByNodeID(documents) { $0.id.text }
        self.start = start
        self.documents = byID
        self.order = documents.indices.compactMap { position in
            let id = documents[position].id.text
            return byID.isFirst(at: position, id: id) ? id : nil
        }
        self.compiled = ByNodeID(compiled) { $0.id }
        self.variables = variables
        self.content = content
        self.reachable = Self.reach(from: start.map { [$0] } ?? [], documents: byID)
    }

    /// The nodes a node can move to, as written, keeping only those that exist.
    func successors(of id: NodeID) -> [NodeID] {
        guard let document = documents[id] else { return [] }
        return Self.targets(of: document).map(\.text).filter { documents.contains($0) }
    }

    /// Every `next`, `goto` and `otherwise` a node names, with where it is written.
    static func targets(of document: NodeDocument) -> [SourceText] {
        if case .branch(let cases, _) = document.kind { return cases.map(\.result) }
        return document.next.map { [$0] } ?? []
    }

    /// The targets with the key that names each.
    static func namedTargets(of document: NodeDocument) -> [(key: String, target: SourceText)] {
        if case .branch(let cases, _) = document.kind {
            return cases.map { ($0.when == nil ? "otherwise" : "goto", $0.result) }
        }
        return document.next.map { [("next", $0)] } ?? []
    }

    func isAsk(_ id: NodeID) -> Bool {
        if case .ask? = documents[id]?.kind { return true }
        return false
    }

    /// The variables a node binds: an ask's variable, a set's targets.
    func binds(_ id: NodeID) -> [String] {
        switch documents[id]?.kind {
        case .ask(let variable, _, _)?: [variable.text]
        case .set(let entries)?: entries.map(\.variable.text)
        default: []
        }
    }

    func location(of id: NodeID) -> SourceLocation? { documents[id]?.id.location }

    /// Reachability follows a misspelt target to the node it most likely means, so that one typo
    /// (reported by PC012 with its suggestion) does not also make that node look unreachable.
    private static func reach(from roots: [NodeID], documents: ByNodeID<NodeDocument>) -> Set<NodeID> {
        // Sorted only when a target names no node, which a graph that checks never has.
        var sortedIDs: [NodeID]?
        var seen: Set<NodeID> = []
        var stack = roots.filter { documents.contains($0) }
        while let id = stack.popLast() {
            guard seen.insert(id).inserted, let document = documents[id] else { continue }
            for target in targets(of: document).map(\.text) {
                var resolved: NodeID? = target
                if !documents.contains(target) {
                    let ids = sortedIDs ?? Array(documents.ids).sorted()
                    sortedIDs = ids
                    resolved = Suggestion.closest(to: target, in: ids)
                }
                if let resolved, !seen.contains(resolved) { stack.append(resolved) }
            }
        }
        return seen
    }
}
