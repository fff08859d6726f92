import DialogueCore

/// The edges of the nodes as written, by position among them, worked out once.
///
/// The rules that follow edges (PC015, PC016, PC017) search by position: on a large graph the
/// hash tables of node ids no longer fit the cache, and looking ids up at every edge of every
/// rule made the load grow faster than the graph.
struct NodePositions: Sendable {
    /// The positions holding the first node of each id, in file order.
    let inOrder: [Int]
    /// The positions the targets name, keeping only targets that exist, node after node, in one
    /// array for all (a large graph has hundreds of thousands of nodes). In 32 bits, half the
    /// room: they are alive beside the documents and the compiled nodes. Each target is a line of
    /// YAML of its own, so 2^31 of them would not fit in memory as documents first. A graph that
    /// compiles gets them too, for its step table.
    let resolved: NodeTargets
    /// Targets that name no node, by position; a graph that checks has none.
    let missingTargets: [Int: [NodeID]]
    /// Whether the node at each position asks a question.
    let isAsk: [Bool]
    /// Whether the node at each position can be reached from the start.
    let isReachable: [Bool]

    init(start: NodeID?, nodes: ByNodeID) {
        var inOrder: [Int] = []
        var targets: [Int32] = []
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(nodes.count + 1)
        var missingTargets: [Int: [NodeID]] = [:]
        var isAsk = [Bool](repeating: false, count: nodes.count)
        // With every id used once (as in any graph that compiles), every position holds the
        // first of its id, and a target found among the next few nodes by comparing ids is the
        // one the index would give: nodes mostly lead to the ones written after them, and on a
        // large graph each lookup in the index is a miss of the cache.
        let idsAreUnique = nodes.distinctCount == nodes.count
        let outlines = nodes.outlines
        for position in 0..<nodes.count {
            defer { offsets.append(Int32(targets.count)) }
            guard idsAreUnique || nodes.isFirst(at: position, id: outlines.idText(at: position)) else { continue }
            inOrder.append(position)
            if outlines.shape(at: position) == .ask { isAsk[position] = true }
            for target in outlines.targetTexts(at: position) {
                let nearby = idsAreUnique
                    ? NearbyTarget.position(after: position, count: nodes.count) { outlines.idText(at: $0) == target }
                    : nil
                if let found = nearby ?? nodes.position(of: target) {
                    targets.append(Int32(found))
                } else {
                    missingTargets[position, default: []].append(target)
                }
            }
        }
        self.inOrder = inOrder
        self.resolved = NodeTargets(targets: targets, offsets: offsets)
        self.missingTargets = missingTargets
        self.isAsk = isAsk
        self.isReachable = Self.reach(
            from: start.flatMap { nodes.position(of: $0) }, targets: targets, offsets: offsets, missingTargets: missingTargets, nodes)
    }

    /// The positions the node at `position` can move to, as written, keeping only those that exist.
    func successors(of position: Int) -> some RandomAccessCollection<Int> {
        resolved.of(position).lazy.map(Int.init)
    }

    /// Reachability follows a misspelt target to the node it most likely means, so that one typo
    /// (reported by PC012 with its suggestion) does not also make that node look unreachable.
    private static func reach(
        from start: Int?, targets: [Int32], offsets: [Int32], missingTargets: [Int: [NodeID]], _ nodes: ByNodeID
    ) -> [Bool] {
        var seen = [Bool](repeating: false, count: nodes.count)
        // Sorted only when a target names no node, which a graph that checks never has.
        var sortedIDs: [NodeID]?
        var stack = start.map { [$0] } ?? []
        while let position = stack.popLast() {
            guard !seen[position] else { continue }
            seen[position] = true
            for target in targets[Int(offsets[position])..<Int(offsets[position + 1])] where !seen[Int(target)] {
                stack.append(Int(target))
            }
            for target in missingTargets[position] ?? [] {
                let ids = sortedIDs ?? nodes.ids.sorted()
                sortedIDs = ids
                if let resolved = Suggestion.closest(to: target, in: ids).flatMap(nodes.position(of:)), !seen[resolved] {
                    stack.append(resolved)
                }
            }
        }
        return seen
    }
}
