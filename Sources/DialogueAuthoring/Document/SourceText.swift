/// A scalar from a dialogue file with where it stands, so that a position inside its text
/// (a condition's column, a template's line) maps back to the file.
///
/// Positions are kept as 32-bit numbers and the location is made when asked for: a large graph
/// holds millions of these, and this keeps each at 56 bytes rather than 72.
public struct SourceText: Hashable, Sendable {
    public let text: String
    private let file: String
    private let line: Int32
    private let column: Int32
    /// Column of the first character of each line inside the text.
    private let firstContentColumn: Int32
    /// Line of the text's first line.
    private let firstContentLine: Int32
    /// False for plain or quoted text that YAML folded from several lines: positions inside it
    /// cannot be mapped back exactly, so they fall back to where the text starts.
    let isMappable: Bool

    /// Where the scalar starts: its first character, or its `|`/`>` indicator for block text.
    public var location: SourceLocation { SourceLocation(file: file, line: Int(line), column: Int(column)) }
    var contentColumn: Int { Int(firstContentColumn) }
    var contentLine: Int { Int(firstContentLine) }

    init(text: String, location: SourceLocation, contentLine: Int, contentColumn: Int, isMappable: Bool = true) {
        self.text = text
        self.file = location.file
        self.line = Int32(clamping: location.line)
        self.column = Int32(clamping: location.column)
        self.firstContentLine = Int32(clamping: contentLine)
        self.firstContentColumn = Int32(clamping: contentColumn)
        self.isMappable = isMappable
    }

    /// The file position of a 0-based character offset on the text's first line.
    public func location(atOffset offset: Int) -> SourceLocation {
        guard isMappable else { return location }
        return SourceLocation(file: file, line: contentLine, column: contentColumn + offset)
    }

    /// The file position of a 1-based line and column inside the text.
    public func location(line: Int, column: Int) -> SourceLocation {
        guard isMappable else { return location }
        return SourceLocation(file: file, line: contentLine + line - 1, column: contentColumn + column - 1)
    }
}
