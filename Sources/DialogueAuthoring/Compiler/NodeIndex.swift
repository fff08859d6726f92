import DialogueCore

/// Where the first document of each node id is, and which documents repeat an id already used.
/// Built apart from the node compiler, which needs the declarations first: on a large graph the
/// helper thread builds it while this thread compiles the declarations. The node compiler reports
/// the repeats (PC007) as it meets them, in its order of findings.
struct NodeIndex: Sendable {
    /// The position of the first document of each id.
    let firstPosition: NodeIDIndex
    /// The documents whose id an earlier one has, in file order, each with that earlier one.
    let duplicates: [(position: Int, first: Int)]

    init(_ documents: [NodeDocument]) {
        var duplicates: [(position: Int, first: Int)] = []
        firstPosition = NodeIDIndex(count: documents.count, id: { documents[$0].id.text }) { duplicates.append(($0, $1)) }
        self.duplicates = duplicates
    }
}
