import FoundationEssentials

/// Turns a dialogue file's bytes into text for the compiler, refusing files no author writes:
/// larger than `maximumFileBytes`, or not UTF-8.
public enum DialogueFileReader {
    /// Largest dialogue file read (1 MiB). The shipped files are under 40 KiB each; a file
    /// this large is a mistake or an attack, and would only slow every command down.
    public static let maximumFileBytes = 1 << 20
    /// Largest total of all the files of a dialogues directory (8 MiB).
    public static let maximumTotalBytes = 8 << 20

    /// The diagnostic for a file that takes the total past `maximumTotalBytes`.
    public static func totalTooLarge(path: String) -> Diagnostic {
        Diagnostic(.fileTooLarge, at: SourceLocation(file: path, line: 1, column: 1),
            "with this file the dialogue files add up to more than \(maximumTotalBytes / 1024 / 1024) MiB, the limit for all of them together")
    }

    /// The file as a source, or the diagnostic that says why it cannot be one.
    /// - Parameter path: how the file is named in diagnostics.
    public static func source(path: String, data: Data) -> Result<DialogueSource, Diagnostic> {
        guard data.count <= maximumFileBytes else {
            return .failure(Diagnostic(.fileTooLarge, at: SourceLocation(file: path, line: 1, column: 1),
                "the file is larger than \(maximumFileBytes / 1024 / 1024) MiB, the limit for one dialogue file; split it into parts"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let (line, column) = firstInvalidByte(in: data)
            return .failure(Diagnostic(.notUTF8, at: SourceLocation(file: path, line: line, column: column),
                "the file is not UTF-8 text (invalid byte here); save it as UTF-8"))
        }
        return .success(DialogueSource(path: path, text: text))
    }

    /// Where decoding first fails, 1-based; the column counts characters of the valid prefix.
    private static func firstInvalidByte(in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = data.startIndex
        var index = data.startIndex
        while index < data.endIndex {
            let length = sequenceLength(data, at: index)
            guard length > 0 else { break }
            if data[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        let prefix = String(decoding: data[lineStart..<index], as: UTF8.self)
        return (line, prefix.count + 1)
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 when it is not one.
    private static func sequenceLength(_ data: Data, at index: Data.Index) -> Int {
        let lead = data[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= data.endIndex else { return 0 }
        let bytes = data[index..<(index + length)]
        return String(validating: bytes, as: UTF8.self) == nil ? 0 : length
    }
}
