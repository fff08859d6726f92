/// Where a node's target most likely stands: among the few nodes written just after it (in the
/// converted benchmark graphs, two targets in five). Comparing those ids comes before asking an
/// index of every id, which on a large graph is a likely miss of the cache at each lookup. Used
/// by the compiler's rules and by the graph's step table, over nodes each id of which is the
/// first of its id, so that the node found is the one the index would give.
package enum NearbyTarget {
    /// How many nodes after a node are compared with its target.
    @usableFromInline package static let window = 4

    /// The first of the `window` positions after `index` (and below `count`) whose node `holdsTarget`
    /// says is the target: a test, not the ids, so that each id is compared where it is stored.
    @inlinable package static func position(after index: Int, count: Int, where holdsTarget: (Int) -> Bool) -> Int? {
        let end = min(index + window, count - 1)
        guard index < end else { return nil }
        return (index + 1...end).first(where: holdsTarget)
    }
}
