/// One file's texts in a list, each with its place packed and the file kept once: 24 bytes a
/// text, not 32. A text whose place did not pack (or, never, of another file) is kept whole apart.
struct PackedTexts: Sendable {
    private var packed: [PackedText] = []
    private var file: SourceFilePath?
    /// The texts kept whole, by index.
    private var whole: [Int: SourceText] = [:]

    /// The texts of a range of indices, made when read.
    typealias Slice = LazyMapCollection<Range<Int>, SourceText>

    var count: Int { packed.count }

    subscript(index: Int) -> SourceText {
        if !whole.isEmpty, let kept = whole[index] { return kept }
        return SourceText(packed[index], file: file ?? Self.noFile)
    }

    func slice(_ range: Range<Int>) -> Slice {
        range.lazy.map { [self] in self[$0] }
    }

    mutating func append(_ text: SourceText) {
        if let (packedText, textFile) = text.packed, file.map({ $0 === textFile }) ?? true {
            file = textFile
            packed.append(packedText)
        } else {
            whole[packed.count] = text
            packed.append(PackedText(text: text.text, place: .unused))
        }
    }

    /// Only ever read for a text kept whole.
    private static let noFile = SourceFilePath("")
}
