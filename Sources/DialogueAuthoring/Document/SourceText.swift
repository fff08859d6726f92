/// A scalar from a dialogue file with where it stands, so that a position inside its text
/// (a condition's column, a template's line) maps back to the file.
public struct SourceText: Hashable, Sendable {
    public let text: String
    /// Where the scalar starts: its first character, or its `|`/`>` indicator for block text.
    public let location: SourceLocation
    /// Column of the first character of each line inside the text.
    let contentColumn: Int
    /// Line of the text's first line.
    let contentLine: Int
    /// False for plain or quoted text that YAML folded from several lines: positions inside it
    /// cannot be mapped back exactly, so they fall back to where the text starts.
    let isMappable: Bool

    init(text: String, location: SourceLocation, contentLine: Int, contentColumn: Int, isMappable: Bool = true) {
        self.text = text
        self.location = location
        self.contentLine = contentLine
        self.contentColumn = contentColumn
        self.isMappable = isMappable
    }

    /// The file position of a 0-based character offset on the text's first line.
    public func location(atOffset offset: Int) -> SourceLocation {
        guard isMappable else { return location }
        return SourceLocation(file: location.file, line: contentLine, column: contentColumn + offset)
    }

    /// The file position of a 1-based line and column inside the text.
    public func location(line: Int, column: Int) -> SourceLocation {
        guard isMappable else { return location }
        return SourceLocation(file: location.file, line: contentLine + line - 1, column: contentColumn + column - 1)
    }
}
