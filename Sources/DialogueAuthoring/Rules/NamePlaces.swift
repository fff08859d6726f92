/// Where one file's node ids, or the targets its nodes name, are written: 8 bytes a name, its
/// place packed with the file kept once. The text is the compiled node's own (its id, or its
/// successor at the same place), read from the node when asked for: on a large graph the
/// outlines' own copies of the names were 17 MB at the peak of a load. A name that no compiled
/// node holds at its place (the node did not compile, or names its targets in another order),
/// or whose place does not pack, is kept whole.
struct NamePlaces: Sendable {
    private var places: [PackedPlace] = []
    private var file: SourceFilePath?
    /// The names kept whole, by index.
    private var whole: [Int: SourceText] = [:]

    var count: Int { places.count }

    /// - Parameter isInNode: whether the compiled node holds this very text for this name.
    mutating func append(_ name: SourceText, isInNode: Bool) {
        if isInNode, let (packed, nameFile) = name.packed, file.map({ $0 === nameFile }) ?? true {
            file = nameFile
            places.append(packed.place)
        } else {
            whole[places.count] = name
            places.append(.unused)
        }
    }

    /// The name at `index` when it is kept whole; otherwise its text is the compiled node's.
    func kept(at index: Int) -> SourceText? {
        whole.isEmpty ? nil : whole[index]
    }

    /// The name at `index`, not kept whole, with its text as the compiled node holds it.
    func name(at index: Int, text: String) -> SourceText {
        SourceText(PackedText(text: text, place: places[index]), file: file ?? Self.noFile)
    }

    /// Only ever read for a name kept whole.
    private static let noFile = SourceFilePath("")
}
