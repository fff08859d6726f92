import DialogueCore

/// Where the first node of each id is written, and which nodes repeat an id already used, over
/// every file's nodes in file order. The join of the files reports the repeats (PC007) and drops
/// their compiled nodes and findings.
struct NodeIndex: Sendable {
    /// The position of the first node of each id.
    let firstPosition: NodeIDIndex
    /// The nodes whose id an earlier one has, in file order, each with that earlier one.
    let duplicates: [(position: Int, first: Int)]

    init(_ ids: NodeOutlines.IDs) {
        var duplicates: [(position: Int, first: Int)] = []
        firstPosition = NodeIDIndex(count: ids.count, id: { ids[$0].text }) { duplicates.append(($0, $1)) }
        self.duplicates = duplicates
    }
}
