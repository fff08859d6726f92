/// Sets of a fixed list of names as rows of bits: PC019 unions and intersects what is bound
/// at every edge of the graph, which as sets of strings hashed every name of both sets.
struct NameBits {
    private let index: [String: Int]
    /// The empty set.
    let none: [UInt64]

    init(_ names: some Sequence<String>) {
        var index: [String: Int] = [:]
        for name in names where index[name] == nil { index[name] = index.count }
        self.index = index
        none = [UInt64](repeating: 0, count: (index.count + 63) / 64)
    }

    /// Adds the names of the list that are among those the sets are made of; others are ignored.
    func insert(_ names: some Sequence<String>, into set: inout [UInt64]) {
        for name in names {
            guard let bit = index[name] else { continue }
            set[bit / 64] |= 1 << UInt64(bit % 64)
        }
    }

    func contains(_ name: String, in set: [UInt64]) -> Bool {
        guard let bit = index[name] else { return false }
        return set[bit / 64] & (1 << UInt64(bit % 64)) != 0
    }

    static func intersection(_ left: [UInt64], _ right: [UInt64]) -> [UInt64] {
        zip(left, right).map { $0 & $1 }
    }
}
