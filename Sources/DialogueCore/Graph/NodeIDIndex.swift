/// Where the first node of each id stands in a list of nodes, without a copy of the ids.
///
/// A `[NodeID: Int]` of a large graph keeps every id a second time (16 bytes) beside an 8-byte
/// position in each of its buckets, 24 bytes a bucket: 12.6 MB for the 378,168 ids of the
/// converted benchmark graph, alive from the checks to the engine's end. This keeps 8 bytes a
/// bucket, the position and half of the id's hash, and asks the list for the id itself: the
/// hash's half spares almost every comparison with an id that is not the one looked for.
package struct NodeIDIndex: Sendable {
    /// Open addressing, linear probing: 0 for an empty bucket, otherwise the hash's upper half
    /// above the position plus one.
    private var buckets: [UInt64]
    private let mask: Int
    /// How many ids are held, each once.
    package private(set) var count = 0

    /// An index with room for `capacity` ids, at most three quarters full.
    package init(capacity: Int) {
        var size = 16
        while size * 3 < capacity * 4 { size *= 2 }
        buckets = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// The position of the first of `ids` of each id, in their order.
    ///
    /// - Parameter repeated: called with each position whose id an earlier one has, and that one.
    package init(count: Int, id: (Int) -> NodeID, repeated: (_ position: Int, _ first: Int) -> Void = { _, _ in }) {
        self.init(capacity: count)
        for position in 0..<count {
            let first = insert(position, id: id(position)) { id($0) }
            if first != position { repeated(position, first) }
        }
    }

    /// Adds `position` for `id` unless the id is held already; returns the position held for it.
    ///
    /// - Parameter idAt: the id at a position already held.
    package mutating func insert(_ position: Int, id: NodeID, idAt: (Int) -> NodeID) -> Int {
        let hash = id.hashValue
        var bucket = hash & mask
        while buckets[bucket] != 0 {
            if let held = held(at: bucket, hash: hash), idAt(held) == id { return held }
            bucket = (bucket + 1) & mask
        }
        buckets[bucket] = Self.tag(hash) << 32 | UInt64(position + 1)
        count += 1
        return position
    }

    /// The position held for `id`, if any.
    ///
    /// - Parameter idAt: the id at a position held, compared with `id` where the hashes agree.
    package func position(of id: NodeID, idAt: (Int) -> NodeID) -> Int? {
        let hash = id.hashValue
        var bucket = hash & mask
        while buckets[bucket] != 0 {
            if let held = held(at: bucket, hash: hash), idAt(held) == id { return held }
            bucket = (bucket + 1) & mask
        }
        return nil
    }

    /// Every position held, in no particular order.
    package var positions: some Sequence<Int> {
        buckets.lazy.filter { $0 != 0 }.map { Int($0 & 0xFFFF_FFFF) - 1 }
    }

    /// The position in a bucket that holds one, when its half of the hash is that of `hash`.
    @inline(__always)
    private func held(at bucket: Int, hash: Int) -> Int? {
        let entry = buckets[bucket]
        return entry >> 32 == Self.tag(hash) ? Int(entry & 0xFFFF_FFFF) - 1 : nil
    }

    @inline(__always)
    private static func tag(_ hash: Int) -> UInt64 {
        UInt64(UInt(bitPattern: hash) >> 32)
    }
}
