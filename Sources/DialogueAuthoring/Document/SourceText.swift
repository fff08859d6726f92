/// A scalar from a dialogue file with where it stands, so that a position inside its text
/// (a condition's column, a template's line) maps back to the file.
///
/// Positions are kept as 32-bit numbers, the file as one path shared by every scalar of it, and
/// the location is made when asked for: a large graph holds millions of these, and this keeps
/// each at 40 bytes, where a string for the file and a word for each number made 72.
public struct SourceText: Hashable, Sendable {
    public let text: String
    private let file: SourceFilePath
    private let line: Int32
    private let column: Int32
    /// Column of the first character of each line inside the text.
    private let firstContentColumn: Int32
    /// Line of the text's first line, or its bitwise complement (negative) when the text is not
    /// mappable: the flag rides in the sign so that it takes no word of its own.
    private let firstContentLineAndFlag: Int32

    /// Where the scalar starts: its first character, or its `|`/`>` indicator for block text.
    public var location: SourceLocation { SourceLocation(file: file.path, line: Int(line), column: Int(column)) }
    var contentColumn: Int { Int(firstContentColumn) }
    var contentLine: Int { Int(isMappable ? firstContentLineAndFlag : ~firstContentLineAndFlag) }
    /// False for plain or quoted text that YAML folded from several lines: positions inside it
    /// cannot be mapped back exactly, so they fall back to where the text starts.
    var isMappable: Bool { firstContentLineAndFlag >= 0 }

    init(text: String, file: SourceFilePath, line: Int, column: Int, contentLine: Int, contentColumn: Int, isMappable: Bool = true) {
        self.text = text
        self.file = file
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.firstContentColumn = Int32(clamping: contentColumn)
        // Never negative as read (lines count from 1; a text put in for a missing one starts at
        // 0): the sign is the flag's.
        let contentLine = Int32(clamping: max(0, contentLine))
        self.firstContentLineAndFlag = isMappable ? contentLine : ~contentLine
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
