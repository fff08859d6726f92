import DialogueCore

/// What the graph rules read of the nodes as written, every file's (`FileOutlines`) in file order,
/// by position among all of them. Made from each file's node documents as they are read and
/// compiled, so that the documents (every condition, value and key of a large graph) are let go
/// one by one instead of living until the rules are done. The files' outlines are kept as they
/// were made, not copied into one list: on a large graph the copy and the holes the files' lists
/// left in the heap were tens of megabytes at the peak of a load.
struct NodeOutlines: Sendable {
    /// What kind of node it is, as the key written.
    enum Shape: UInt8, Sendable {
        case say, ask, branch, set, emit, end
    }

    private var files: [FileOutlines] = []
    /// The position of each file's first node, then the count of all.
    private var starts: [Int] = [0]
    /// The file of the node at each position.
    private var fileAt: [UInt32] = []

    var count: Int { fileAt.count }

    /// Adds a file's outlines after the others.
    mutating func append(_ file: FileOutlines) {
        fileAt.append(contentsOf: repeatElement(UInt32(files.count), count: file.count))
        files.append(file)
        starts.append(fileAt.count)
    }

    /// Gives the list of positions its room for `count` nodes.
    mutating func reserveCapacity(_ count: Int) {
        fileAt.reserveCapacity(count)
    }

    func id(at position: Int) -> SourceText { locate(position) { $0.id(at: $1) } }

    /// The id's text alone, without making its `SourceText`.
    func idText(at position: Int) -> String { locate(position) { $0.idText(at: $1) } }

    func shape(at position: Int) -> Shape { locate(position) { $0.shape(at: $1) } }

    /// Every `next`, `goto` and `otherwise` the node names, in order.
    func targets(at position: Int) -> PackedTexts.Slice { locate(position) { $0.targets(at: $1) } }

    /// The same targets with the key that names each.
    func namedTargets(at position: Int) -> [(key: String, target: SourceText)] { locate(position) { $0.namedTargets(at: $1) } }

    /// The variables the node binds, an `ask`'s variable or a `set`'s targets, by the position of
    /// their declaration (-1 for a name not declared).
    func binds(at position: Int) -> ArraySlice<Int32> { locate(position) { $0.binds(at: $1) } }

    /// The node's texts that may hold placeholders, in the order of `FileOutlines.texts(at:)`.
    func texts(at position: Int) -> PackedTexts.Slice { locate(position) { $0.texts(at: $1) } }

    /// The content ids the node says it covers.
    func covers(at position: Int) -> [SourceText] { locate(position) { $0.covers(at: $1) } }

    /// Every node's id as written, by position.
    var ids: IDs { IDs(outlines: self) }

    struct IDs: RandomAccessCollection {
        let outlines: NodeOutlines
        var startIndex: Int { 0 }
        var endIndex: Int { outlines.count }
        subscript(position: Int) -> SourceText { outlines.id(at: position) }
    }

    @inline(__always)
    private func locate<Part>(_ position: Int, _ part: (FileOutlines, Int) -> Part) -> Part {
        let file = Int(fileAt[position])
        return part(files[file], position - starts[file])
    }
}
