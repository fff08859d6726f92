/// The positions each node leads to, worked out once by the compiler's rules and handed to the
/// graph, so that building the step table does not look every target up by id a second time: on
/// a large graph each lookup in the index of ids is a miss of the cache.
///
/// The targets of the node at position `p` are `targets[offsets[p]..<offsets[p + 1]]`, in the
/// order of `Node.successors` (a branch's cases, then its fallback), one array for all nodes.
package struct NodeTargets: Sendable {
    private let targets: [Int32]
    private let offsets: [Int32]

    /// - Parameters:
    ///   - targets: every node's targets, node after node.
    ///   - offsets: where each node's targets start in `targets`, and one more for the end.
    package init(targets: [Int32], offsets: [Int32]) {
        self.targets = targets
        self.offsets = offsets
    }

    /// How many nodes it holds targets for.
    package var count: Int { offsets.count - 1 }

    /// The targets of the node at `position`.
    package func of(_ position: Int) -> ArraySlice<Int32> {
        targets[Int(offsets[position])..<Int(offsets[position + 1])]
    }
}
