import DialogueCore

/// Every file's compiled nodes (`FileNodes`), in file order, by the position of the document each
/// was compiled from. The rules (PC019) read them where the files left them; they are joined into
/// the graph's one list of nodes only after the rules, whose outlines are gone by then: on a large
/// graph the list and the outlines together were the peak of a load.
struct CompiledNodes: Sendable {
    private var files: [FileNodes]
    /// The position of each file's first document, then the count of all.
    private let starts: [Int]
    /// The documents whose id an earlier one has: not compiled, as far as anyone can tell.
    private let repeated: Set<Int>
    /// The position of the first document of each id.
    let firstPosition: NodeIDIndex

    /// The files' nodes, with their findings added to `diagnostics`. A node whose id an earlier
    /// one has is reported (PC007) and left out with its findings: compiling it found only noise.
    init(_ files: consuming [FileNodes], index: NodeIndex, ids: NodeOutlines.IDs, into diagnostics: inout [Diagnostic]) {
        var starts = [0]
        for fileIndex in files.indices { starts.append(starts[starts.count - 1] + files[fileIndex].nodes.count) }
        var repeated: Set<Int> = []
        var duplicates = index.duplicates[...]
        for fileIndex in files.indices {
            let file = files[fileIndex]
            for local in file.nodes.indices {
                let position = starts[fileIndex] + local
                if let duplicate = duplicates.first, duplicate.position == position {
                    duplicates.removeFirst()
                    repeated.insert(position)
                    diagnostics.append(Diagnostic(.duplicateNode, at: ids[position].location,
                        "node id '\(ids[position].text)' is already used at \(ids[duplicate.first].location)"))
                } else {
                    diagnostics += file.diagnostics(at: local)
                }
            }
            files[fileIndex].diagnostics = []
        }
        self.files = files
        self.starts = starts
        self.repeated = repeated
        firstPosition = index.firstPosition
    }

    /// The compiled node of the document at `position`, if there is one.
    func node(atDocument position: Int) -> Node? {
        guard !repeated.contains(position) else { return nil }
        // The last file that starts at or before `position`.
        var (low, high) = (0, files.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return files[low].nodes[position - starts[low]]
    }

    /// The nodes in one list, in file order, each file's let go as soon as it is joined; and
    /// whether each document compiled to the node at its own position (no repeated id, no
    /// failure), so that the ids' index is the list's.
    consuming func joined() -> (nodes: [Node], isIndexed: Bool) {
        var nodes: [Node] = []
        nodes.reserveCapacity(starts[starts.count - 1])
        for fileIndex in files.indices {
            let file = files[fileIndex]
            files[fileIndex] = FileNodes()
            for local in file.nodes.indices where !repeated.contains(starts[fileIndex] + local) {
                if let node = file.nodes[local] { nodes.append(node) }
            }
        }
        return (nodes, nodes.count == starts[starts.count - 1] && firstPosition.count == nodes.count)
    }
}
