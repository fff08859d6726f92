import DialogueCore

/// Where the first document of each node id is, and the documents whose id is already used
/// (PC007). Built apart from the node compiler, which needs the declarations first: on a large
/// graph the helper thread builds it while this thread compiles the declarations.
struct NodeIndex: Sendable {
    /// The position of the first document of each id.
    private(set) var firstPosition: [NodeID: Int] = [:]
    /// The positions of the documents whose id an earlier one has, in file order.
    private(set) var duplicates: [Int] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(_ documents: [NodeDocument]) {
        firstPosition.reserveCapacity(documents.count)
        for position in documents.indices {
            let id = documents[position].id
            // One hash an id: a duplicate (rare) puts the first position back.
            guard let first = firstPosition.updateValue(position, forKey: id.text) else { continue }
            firstPosition[id.text] = first
            duplicates.append(position)
            diagnostics.append(Diagnostic(.duplicateNode, at: id.location, "node id '\(id.text)' is already used at \(documents[first].id.location)"))
        }
    }
}
