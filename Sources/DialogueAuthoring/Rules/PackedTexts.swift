/// One file's texts in a list, each with its place packed and the file kept once (`NamePlaces`)
/// beside its text: 24 bytes a text, not 32. A text whose place did not pack (or, never, of
/// another file) is kept whole apart.
struct PackedTexts: Sendable {
    private var places = NamePlaces()
    private var texts: [String] = []

    /// The texts of a range of indices, made when read.
    typealias Slice = LazyMapCollection<Range<Int>, SourceText>

    var count: Int { texts.count }

    subscript(index: Int) -> SourceText {
        places.kept(at: index) ?? places.name(at: index, text: texts[index])
    }

    func slice(_ range: Range<Int>) -> Slice {
        range.lazy.map { [self] in self[$0] }
    }

    mutating func append(_ text: SourceText) {
        places.append(text, textIsKept: true)
        texts.append(text.text)
    }
}
