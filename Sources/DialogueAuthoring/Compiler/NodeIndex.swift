import DialogueCore

/// Where the first document of each node id is, and which documents repeat an id already used.
/// Built apart from the node compiler, which needs the declarations first: on a large graph the
/// helper thread builds it while this thread compiles the declarations. The node compiler reports
/// the repeats (PC007) as it meets them, in its order of findings.
struct NodeIndex: Sendable {
    /// The position of the first document of each id.
    private(set) var firstPosition: [NodeID: Int] = [:]
    /// The documents whose id an earlier one has, in file order, each with that earlier one.
    private(set) var duplicates: [(position: Int, first: Int)] = []

    init(_ documents: [NodeDocument]) {
        firstPosition.reserveCapacity(documents.count)
        for position in documents.indices {
            // One hash an id: a repeat (rare) puts the first position back.
            let id = documents[position].id.text
            guard let first = firstPosition.updateValue(position, forKey: id) else { continue }
            firstPosition[id] = first
            duplicates.append((position, first))
        }
    }
}
