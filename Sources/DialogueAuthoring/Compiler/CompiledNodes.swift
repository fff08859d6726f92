import DialogueCore

/// What compiling the node documents gives: the nodes, and how the documents' positions map to
/// ids and nodes. The rules look nodes up by position through it, so that the ids of a large
/// graph are hashed once, here, and not again by every rule.
struct CompiledNodes {
    /// The nodes that compiled, in file order, each id once.
    var nodes: [Node] = []
    /// The position of the first document of each id.
    let firstPosition: NodeIDIndex
    /// For each document, the position of its node in `nodes`; -1 for a duplicate id or a node
    /// that did not compile.
    var nodeAt: [Int32] = []

    /// - Parameter firstPosition: the ids' index, from `NodeIndex`.
    init(capacity: Int, firstPosition: NodeIDIndex) {
        nodes.reserveCapacity(capacity)
        self.firstPosition = firstPosition
        nodeAt.reserveCapacity(capacity)
    }

    /// The files' nodes joined in file order, with their findings. A node whose id an earlier one
    /// has is reported (PC007) and left out with its findings: compiling it found only noise.
    /// Each file's nodes are let go as soon as they are joined.
    init(joining files: consuming [FileNodes], index: NodeIndex, ids: NodeOutlines.IDs, into diagnostics: inout [Diagnostic]) {
        self.init(capacity: ids.count, firstPosition: index.firstPosition)
        var duplicates = index.duplicates[...]
        var position = 0
        for fileIndex in files.indices {
            let file = files[fileIndex]
            files[fileIndex] = FileNodes()
            for local in file.nodes.indices {
                defer { position += 1 }
                if let duplicate = duplicates.first, duplicate.position == position {
                    duplicates.removeFirst()
                    diagnostics.append(Diagnostic(.duplicateNode, at: ids[position].location,
                        "node id '\(ids[position].text)' is already used at \(ids[duplicate.first].location)"))
                    nodeAt.append(-1)
                    continue
                }
                diagnostics += file.diagnostics(at: local)
                if let node = file.nodes[local] {
                    nodeAt.append(Int32(nodes.count))
                    nodes.append(node)
                } else {
                    nodeAt.append(-1)
                }
            }
        }
    }

    /// The compiled node of the document at `position`, if there is one.
    func node(atDocument position: Int) -> Node? {
        let index = Int(nodeAt[position])
        return index < 0 ? nil : nodes[index]
    }
}
