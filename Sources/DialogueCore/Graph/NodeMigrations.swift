/// How node ids of older dialogues map to the current ones, so old transcripts keep working.
public struct NodeMigrations: Hashable, Sendable {
    /// Old id → the id the node has now.
    public let renamed: [NodeID: NodeID]
    /// Ids of nodes that are gone: answers recorded there are dropped on resume.
    public let removed: Set<NodeID>

    public init(renamed: [NodeID: NodeID] = [:], removed: Set<NodeID> = []) {
        self.renamed = renamed
        self.removed = removed
    }

    /// The current id for an id recorded in a transcript (following chains of renames).
    public func current(_ id: NodeID) -> NodeID {
        var id = id
        var seen: Set<NodeID> = []
        while let next = renamed[id], seen.insert(id).inserted { id = next }
        return id
    }
}
