/// A scalar from a dialogue file with where it stands, so that a position inside its text
/// (a condition's column, a template's line) maps back to the file.
///
/// The file is one path shared by every scalar of it, the positions are packed in one word
/// (`PackedPlace`), and the location is made when asked for: a large graph holds millions of
/// these, and this keeps each at 32 bytes, where a string for the file and a word for each
/// number made 72. A scalar too far into its file for the packed word keeps its place in a box.
public struct SourceText: Hashable, Sendable {
    public let text: String
    private let origin: Origin
    /// The place, when `origin` is `.packed` (`PackedPlace.unused` otherwise): not optional,
    /// which would take a ninth byte and, with alignment, eight more.
    private let packedPlace: PackedPlace

    /// The file, and where the place is kept.
    private enum Origin: Hashable, Sendable {
        case packed(SourceFilePath)
        case boxed(PlaceBox)
    }

    /// Where the scalar starts: its first character, or its `|`/`>` indicator for block text.
    public var location: SourceLocation {
        let place = place
        return SourceLocation(file: file.path, line: Int(place.line), column: Int(place.column))
    }

    var contentColumn: Int { Int(place.contentColumn) }
    var contentLine: Int { Int(place.contentLine) }
    /// False for plain or quoted text that YAML folded from several lines: positions inside it
    /// cannot be mapped back exactly, so they fall back to where the text starts.
    var isMappable: Bool { place.isMappable }

    init(text: String, file: SourceFilePath, line: Int, column: Int, contentLine: Int, contentColumn: Int, isMappable: Bool = true) {
        self.text = text
        // Never negative as read (lines count from 1; a text put in for a missing one starts at 0).
        let place = ScalarPlace(
            line: Int32(clamping: line), column: Int32(clamping: column), contentLine: Int32(clamping: max(0, contentLine)),
            contentColumn: Int32(clamping: contentColumn), isMappable: isMappable)
        if let packed = PackedPlace(place) {
            packedPlace = packed
            origin = .packed(file)
        } else {
            packedPlace = .unused
            origin = .boxed(PlaceBox(file: file, place: place))
        }
    }

    /// The text with its place packed, and its file, when the place is packed: for lists of
    /// many texts of one file, which keep the file once (`PackedText`).
    var packed: (text: PackedText, file: SourceFilePath)? {
        guard case .packed(let file) = origin else { return nil }
        return (PackedText(text: text, place: packedPlace), file)
    }

    /// A text kept packed, back with its file.
    init(_ packed: PackedText, file: SourceFilePath) {
        text = packed.text
        packedPlace = packed.place
        origin = .packed(file)
    }

    private var file: SourceFilePath {
        switch origin {
        case .packed(let file): file
        case .boxed(let box): box.file
        }
    }

    private var place: ScalarPlace {
        switch origin {
        case .packed: packedPlace.place
        case .boxed(let box): box.place
        }
    }

    /// The file position of a 0-based character offset on the text's first line.
    public func location(atOffset offset: Int) -> SourceLocation {
        guard isMappable else { return location }
        return SourceLocation(file: file.path, line: contentLine, column: contentColumn + offset)
    }

    /// The file position of a 1-based line and column inside the text.
    public func location(line: Int, column: Int) -> SourceLocation {
        guard isMappable else { return location }
        return SourceLocation(file: file.path, line: contentLine + line - 1, column: contentColumn + column - 1)
    }
}

/// A `SourceText` without its file, 24 bytes: for a list of one file's texts (see `SourceText.packed`).
struct PackedText: Sendable {
    let text: String
    let place: PackedPlace
}

/// The place of a scalar whose numbers do not fit a `PackedPlace`, with its file.
private final class PlaceBox: Hashable, Sendable {
    let file: SourceFilePath
    let place: ScalarPlace

    init(file: SourceFilePath, place: ScalarPlace) {
        self.file = file
        self.place = place
    }

    static func == (lhs: PlaceBox, rhs: PlaceBox) -> Bool {
        lhs.file == rhs.file && lhs.place == rhs.place
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(place)
    }
}

/// A dialogue file's path as given, made once per file and shared by every `SourceText` read
/// from it: one reference in each, not a string of two words.
final class SourceFilePath: Hashable, Sendable {
    let path: String

    init(_ path: String) {
        self.path = path
    }

    static func == (lhs: SourceFilePath, rhs: SourceFilePath) -> Bool {
        lhs === rhs || lhs.path == rhs.path
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(path)
    }
}
