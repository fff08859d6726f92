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
    /// Where each file's targets start among all the files', then the count of all.
    private var targetStarts: [Int] = [0]

    var count: Int { fileAt.count }

    /// How many targets the nodes name, all together.
    var targetCount: Int { targetStarts[targetStarts.count - 1] }

    /// Adds a file's outlines after the others.
    mutating func append(_ file: FileOutlines) {
        fileAt.append(contentsOf: repeatElement(UInt32(files.count), count: file.count))
        files.append(file)
        starts.append(fileAt.count)
        targetStarts.append(targetCount + file.targetCount)
    }

    /// Where the node's targets stand among all the nodes' (in the order of `targets(at:)`).
    func targetRange(at position: Int) -> Range<Int> {
        let start = targetStarts[Int(fileAt[position])]
        let range = inFile(of: position) { $0.targetRange(at: $1) }
        return (range.lowerBound + start)..<(range.upperBound + start)
    }

    /// Gives the list of positions its room for `count` nodes.
    mutating func reserveCapacity(_ count: Int) {
        fileAt.reserveCapacity(count)
    }

    func id(at position: Int) -> SourceText {
        inFile(of: position) { $0.id(at: $1) }
    }

    /// The id's text alone, without making its `SourceText`.
    func idText(at position: Int) -> String {
        inFile(of: position) { $0.idText(at: $1) }
    }

    func shape(at position: Int) -> Shape {
        inFile(of: position) { $0.shape(at: $1) }
    }

    /// Calls `body` with each of the node's targets, its place among all the nodes' targets (in
    /// the order of `targetRange(at:)`) and its text alone; read before the texts are let go.
    func forEachTargetText(at position: Int, _ body: (_ slot: Int, _ text: String) -> Void) {
        let start = targetStarts[Int(fileAt[position])]
        inFile(of: position) { $0.forEachTargetText(at: $1) { body(start + $0, $1) } }
    }

    /// Every `next`, `goto` and `otherwise` the node names, in order, with the key that names
    /// each; once the texts are let go, only for the nodes kept.
    func namedTargets(at position: Int) -> [(key: String, target: SourceText)] {
        inFile(of: position) { $0.namedTargets(at: $1) }
    }

    /// Lets go of every target but those of the nodes at `positions` (see
    /// `FileOutlines.releaseTargets`).
    mutating func releaseTargets(keepingThoseOf positions: some Sequence<Int>) {
        var kept = [[Int]](repeating: [], count: files.count)
        for position in positions {
            let (file, local) = place(of: position)
            kept[file].append(local)
        }
        for file in files.indices { files[file].releaseTargets(keepingThoseOf: kept[file]) }
    }

    /// The variables the node binds, an `ask`'s variable or a `set`'s targets, by the position of
    /// their declaration (-1 for a name not declared).
    func binds(at position: Int) -> ArraySlice<Int32> {
        inFile(of: position) { $0.binds(at: $1) }
    }

    /// The node's texts that may hold placeholders, in the order of `FileOutlines.texts(at:)`.
    func texts(at position: Int) -> PackedTexts.Slice {
        inFile(of: position) { $0.texts(at: $1) }
    }

    /// The content ids the node says it covers.
    func covers(at position: Int) -> [SourceText] {
        inFile(of: position) { $0.covers(at: $1) }
    }

    /// The file of the node at `position`, and its position in that file.
    @inline(__always)
    private func place(of position: Int) -> (file: Int, local: Int) {
        let file = Int(fileAt[position])
        return (file, position - starts[file])
    }

    /// `read` given the outlines of the file of the node at `position`, in place, and the node's
    /// position in that file. Read as `files[file]`, a call the compiler did not inline copied a
    /// file's outlines, a reference count for each of their lists, at every read of a large load.
    @inline(__always)
    private func inFile<Result>(of position: Int, _ read: (FileOutlines, Int) -> Result) -> Result {
        let (file, local) = place(of: position)
        return files.withUnsafeBufferPointer { read($0[file], local) }
    }

    /// Every node's id as written, by position.
    var ids: IDs { IDs(outlines: self) }

    struct IDs: RandomAccessCollection {
        let outlines: NodeOutlines
        var startIndex: Int { 0 }
        var endIndex: Int { outlines.count }
        subscript(position: Int) -> SourceText { outlines.id(at: position) }
    }
}
