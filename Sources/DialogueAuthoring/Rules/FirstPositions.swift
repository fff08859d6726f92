/// The positions holding the first node of each id, in file order. When no id is used twice, as
/// in any graph that compiles, that is every position: kept then as a count, not as a list of
/// hundreds of thousands of numbers made at the peak of a large load.
struct FirstPositions: RandomAccessCollection, Sendable {
    /// The positions, when some are left out; `nil` for every position.
    private let list: [Int]?
    let endIndex: Int

    var startIndex: Int { 0 }

    /// Every position from 0 to `count`.
    init(all count: Int) {
        list = nil
        endIndex = count
    }

    init(_ list: [Int]) {
        self.list = list
        endIndex = list.count
    }

    subscript(index: Int) -> Int {
        list?[index] ?? index
    }
}
