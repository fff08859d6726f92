import Yams
import DialogueCore

/// Reads YAML nodes into plain values, recording a diagnostic for each shape problem.
struct YAMLReader {
    let file: String
    private let lines: [Substring]
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, source: String) {
        self.file = file
        self.lines = Self.lines(of: source)
    }

    /// The plain scalars YAML reads as null (the reader parses without implicit types).
    static let nullWords: Set<String> = ["~", "null", "Null", "NULL"]

    func location(_ node: YAMLNode) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func report(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(code, at: location, message))
    }

    /// Anchors and aliases are refused: they hide structure from review and can expand without bound.
    private mutating func refuseAnchor(_ node: YAMLNode) -> Bool {
        guard node.anchor != nil || node.alias != nil else { return false }
        report(.anchorOrAlias, at: location(node), "anchors and aliases ('&', '*') are not used in dialogue files; write the value out")
        return true
    }

    mutating func mapping(_ node: YAMLNode, _ what: String) -> [(key: SourceText, value: YAMLNode)]? {
        guard !refuseAnchor(node) else { return nil }
        guard let mapping = node.mapping else {
            report(.wrongShape, at: location(node), "\(what) should be a mapping of 'key: value' lines")
            return nil
        }
        return mapping.compactMap { pair in
            guard let key = text(pair.key, "a key") else { return nil }
            return (key, pair.value)
        }
    }

    mutating func list(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        guard !refuseAnchor(node) else { return nil }
        guard let sequence = node.sequence else {
            report(.wrongShape, at: location(node), "\(what) should be a list ('- item' lines or [a, b])")
            return nil
        }
        return Array(sequence)
    }

    mutating func text(_ node: YAMLNode, _ what: String) -> SourceText? {
        guard !refuseAnchor(node) else { return nil }
        guard let scalar = node.scalar else {
            report(.wrongShape, at: location(node), "\(what) should be text, not a \(node.mapping != nil ? "mapping" : "list")")
            return nil
        }
        let start = location(node)
        switch scalar.style {
        case .literal, .folded:
            let (line, column) = blockContentStart(after: start.line)
            return SourceText(text: scalar.string, location: start, contentLine: line, contentColumn: column)
        case .singleQuoted, .doubleQuoted:
            return SourceText(text: scalar.string, location: start, contentLine: start.line, contentColumn: start.column + 1,
                              isMappable: fitsOnItsLine(scalar.string, from: start, quoted: true))
        default:
            return SourceText(text: scalar.string, location: start, contentLine: start.line, contentColumn: start.column,
                              isMappable: fitsOnItsLine(scalar.string, from: start, quoted: false))
        }
    }

    mutating func integer(_ node: YAMLNode, _ what: String) -> Int? {
        guard let text = text(node, what) else { return nil }
        guard let number = Int(text.text) else {
            report(.wrongShape, at: text.location, "\(what) should be a whole number, not '\(text.text)'")
            return nil
        }
        return number
    }

    mutating func flag(_ node: YAMLNode, _ what: String) -> Bool? {
        guard let text = text(node, what) else { return nil }
        switch text.text.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default:
            report(.wrongShape, at: text.location, "\(what) should be yes or no, not '\(text.text)'")
            return nil
        }
    }

    /// A list of texts, also accepting a single text for a one-item list.
    mutating func texts(_ node: YAMLNode, _ what: String) -> [SourceText] {
        if node.scalar != nil { return text(node, what).map { [$0] } ?? [] }
        return (list(node, what) ?? []).compactMap { text($0, what) }
    }

    /// Reports keys outside `allowed`, suggesting the closest known key.
    mutating func checkKeys(_ pairs: [(key: SourceText, value: YAMLNode)], allowed: [String], in what: String) {
        for pair in pairs where !allowed.contains(pair.key.text) {
            let suggestion = Suggestion.closest(to: pair.key.text, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
            report(.unknownKey, at: pair.key.location, "'\(pair.key.text)' is not a key of \(what)\(suggestion)")
        }
    }

    /// Whether inline text stands on its first line as written (YAML did not fold it).
    private func fitsOnItsLine(_ text: String, from start: SourceLocation, quoted: Bool) -> Bool {
        guard start.line - 1 < lines.count, !text.utf8.contains(UInt8(ascii: "\n")) else { return false }
        let scalars = lines[start.line - 1].unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: start.column - 1 + (quoted ? 1 : 0), limitedBy: scalars.endIndex)
        else { return false }
        // Bytes, not scalars: the same comparison (UTF-8 is one-to-one) at a fraction of the cost.
        return lines[start.line - 1].utf8[from...].starts(with: text.utf8)
    }

    /// The lines of `source`, split on bytes: splitting by `Character` cost as much as
    /// reading the nodes of a large file.
    private static func lines(of source: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = source.utf8
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                lines.append(source[lineStart..<index])
                lineStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        lines.append(source[lineStart..<bytes.endIndex])
        return lines
    }

    /// Block text starts on the line after its indicator, at that line's indentation.
    private func blockContentStart(after indicatorLine: Int) -> (line: Int, column: Int) {
        var index = indicatorLine
        while index < lines.count, lines[index].allSatisfy({ $0 == " " }) { index += 1 }
        guard index < lines.count else { return (indicatorLine + 1, 1) }
        let indent = lines[index].prefix { $0 == " " }.count
        return (index + 1, indent + 1)
    }
}
