/// Where each item's run of entries ends in a flat list of all the items' entries, item after
/// item (one list for all, not one per item: a large graph has hundreds of thousands of items).
struct RunEnds: Sendable {
    private var ends: [Int32] = []

    /// Closes the current item's run at `end`, the count of the flat list so far.
    mutating func close(at end: Int) {
        ends.append(Int32(end))
    }

    mutating func reserveCapacity(_ count: Int) {
        ends.reserveCapacity(count)
    }

    /// The entries of the item at `index` in the flat list.
    func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }
}
