import DialogueCore

/// The edges of the nodes as written, by position among them, worked out once.
///
/// The rules that follow edges (PC015, PC016, PC017) search by position: on a large graph the
/// hash tables of node ids no longer fit the cache, and looking ids up at every edge of every
/// rule made the load grow faster than the graph.
struct NodePositions: Sendable {
    /// The positions holding the first node of each id, in file order.
    let inOrder: FirstPositions
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

    /// - Parameter twoThreads: whether the two halves of the nodes are worked out side by side
    ///   (when every id is used once, as in any graph that compiles).
    init(start: NodeID?, nodes: ByNodeID, twoThreads: Bool = false) {
        let edges = nodes.distinctCount == nodes.count ? Self.inHalves(nodes, twoThreads: twoThreads) : Self.withRepeats(nodes)
        self.inOrder = edges.inOrder
        self.resolved = NodeTargets(targets: edges.targets, offsets: edges.offsets)
        self.missingTargets = edges.missingTargets
        self.isAsk = edges.isAsk
        self.isReachable = Self.reach(
            from: start.flatMap { nodes.position(of: $0) }, targets: edges.targets, offsets: edges.offsets,
            missingTargets: edges.missingTargets, nodes)
    }

    private struct Edges {
        var inOrder = FirstPositions(all: 0)
        var targets: [Int32] = []
        var offsets: [Int32] = [0]
        var missingTargets: [Int: [NodeID]] = [:]
        var isAsk: [Bool] = []
    }

    /// The edges when some id is used twice (a graph that does not compile), node after node:
    /// only the first node of each id has edges.
    private static func withRepeats(_ nodes: ByNodeID) -> Edges {
        var edges = Edges()
        edges.offsets.reserveCapacity(nodes.count + 1)
        edges.isAsk = [Bool](repeating: false, count: nodes.count)
        let outlines = nodes.outlines
        var inOrder: [Int] = []
        for position in 0..<nodes.count {
            defer { edges.offsets.append(Int32(edges.targets.count)) }
            guard nodes.isFirst(at: position, id: outlines.idText(at: position)) else { continue }
            inOrder.append(position)
            if outlines.shape(at: position) == .ask { edges.isAsk[position] = true }
            outlines.forEachTargetText(at: position) { _, target in
                if let found = nodes.position(of: target) {
                    edges.targets.append(Int32(found))
                } else {
                    edges.missingTargets[position, default: []].append(target)
                }
            }
        }
        edges.inOrder = FirstPositions(inOrder)
        return edges
    }

    /// The edges when every id is used once, each half of the nodes on a thread of its own when
    /// there are two, written into lists made once for both (each half's own lists, made in its
    /// own thread's heap, were 7 MB more at the peak of a load). A target that names no node
    /// leaves a -1, taken out after.
    private static func inHalves(_ nodes: ByNodeID, twoThreads: Bool) -> Edges {
        let outlines = nodes.outlines
        var slots = [Int32](repeating: -1, count: outlines.targetCount)
        var isAsk = [Bool](repeating: false, count: nodes.count)
        let missing = slots.withUnsafeMutableBufferPointer { slots in
            isAsk.withUnsafeMutableBufferPointer { isAsk in
                let lists = SharedLists(slots: slots, isAsk: isAsk)
                let half = nodes.count / 2
                return ParallelWork.map(count: 2, helper: twoThreads) { index in
                    resolve(index == 0 ? 0..<half : half..<nodes.count, nodes, into: lists)
                }
            }
        }
        var edges = Edges(inOrder: FirstPositions(all: nodes.count), isAsk: isAsk)
        edges.missingTargets = missing[0].merging(missing[1]) { first, _ in first }
        edges.offsets.reserveCapacity(nodes.count + 1)
        if edges.missingTargets.isEmpty {
            edges.targets = slots
            for position in 0..<nodes.count { edges.offsets.append(Int32(outlines.targetRange(at: position).upperBound)) }
        } else {
            for position in 0..<nodes.count {
                edges.targets += slots[outlines.targetRange(at: position)].lazy.filter { $0 >= 0 }
                edges.offsets.append(Int32(edges.targets.count))
            }
        }
        return edges
    }

    /// The two lists the halves of `sideBySide` write into, each half at its own positions.
    private struct SharedLists: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<Int32>
        let isAsk: UnsafeMutableBufferPointer<Bool>
    }

    /// Resolves the targets of the nodes at `range` into `lists`; the targets that name no node.
    private static func resolve(_ range: Range<Int>, _ nodes: ByNodeID, into lists: SharedLists) -> [Int: [NodeID]] {
        var missing: [Int: [NodeID]] = [:]
        let outlines = nodes.outlines
        for position in range {
            if outlines.shape(at: position) == .ask { lists.isAsk[position] = true }
            outlines.forEachTargetText(at: position) { slot, target in
                if let found = find(target, from: position, nodes) {
                    lists.slots[slot] = Int32(found)
                } else {
                    missing[position, default: []].append(target)
                }
            }
        }
        return missing
    }

    /// The position of the node a target names, every id used once. Then every position holds
    /// the first of its id, and a target found among the next few nodes by comparing ids is the
    /// one the index would give: nodes mostly lead to the ones written after them, and on a large
    /// graph each lookup in the index is a miss of the cache.
    private static func find(_ target: String, from position: Int, _ nodes: ByNodeID) -> Int? {
        NearbyTarget.position(after: position, count: nodes.count) { nodes.outlines.idText(at: $0) == target } ?? nodes.position(of: target)
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
