/// Where one file's names or texts are written: 8 bytes each, its place packed with the file kept
/// once. The text is kept elsewhere and given back when the name is read: the outlines' ids and
/// targets read it from the compiled node that holds it (their own copies were 17 MB at the peak
/// of a large load), `PackedTexts` keeps it beside. A name whose text is not kept elsewhere (its
/// node did not compile, or names its targets in another order), or whose place does not pack,
/// is kept whole.
struct NamePlaces: Sendable {
    private var places: [PackedPlace] = []
    private var file: SourceFilePath?
    /// The names kept whole, by index.
    private var whole: [Int: SourceText] = [:]

    var count: Int { places.count }

    /// - Parameter textIsKept: whether this very text is kept elsewhere, to be given back when
    ///   the name is read (`name(at:text:)`).
    mutating func append(_ name: SourceText, textIsKept: Bool) {
        if textIsKept, let (packed, nameFile) = name.packed, file.map({ $0 === nameFile }) ?? true {
            file = nameFile
            places.append(packed.place)
        } else {
            whole[places.count] = name
            places.append(.unused)
        }
    }

    /// The name at `index` when it is kept whole; otherwise its text is kept elsewhere.
    func kept(at index: Int) -> SourceText? {
        whole.isEmpty ? nil : whole[index]
    }

    /// The name at `index`, not kept whole, with its text as kept elsewhere.
    func name(at index: Int, text: String) -> SourceText {
        SourceText(PackedText(text: text, place: places[index]), file: file ?? Self.noFile)
    }

    /// Only ever read for a name kept whole.
    private static let noFile = SourceFilePath("")
}
