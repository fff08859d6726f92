import DialogueCore

/// Reads YAML nodes into plain values, recording a diagnostic for each shape problem. What a
/// value is (`what`) is only worded when there is a problem to report.
/// Anchors and aliases never reach it: `YAMLEventStream` refuses the file first.
struct YAMLReader {
    /// The file's path, made once for all the texts read from it.
    let file: SourceFilePath
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = SourceFilePath(file)
    }

    /// The plain scalars YAML reads as null (the reader parses without implicit types).
    static let nullWords: Set<String> = ["~", "null", "Null", "NULL"]

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file.path, line: node.line, column: node.column)
    }

    /// An empty text standing where `node` starts, for an entry whose own text is missing.
    func emptyText(at node: YAMLNode) -> SourceText {
        SourceText(text: "", file: file, line: node.line, column: node.column, contentLine: 0, contentColumn: 0)
    }

    mutating func report(_ code: DiagnosticCode, at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(code, at: location, message))
    }

    mutating func mapping(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [(key: SourceText, value: YAMLNode)]? {
        guard let mapping = node.mapping else {
            report(.wrongShape, at: location(node), "\(what()) should be a mapping of 'key: value' lines")
            return nil
        }
        // Given its room at once: growing it pair by pair cost a copy at every doubling.
        var pairs: [(key: SourceText, value: YAMLNode)] = []
        pairs.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            if let key = text(keyNode, "a key") { pairs.append((key, value)) }
        }
        return pairs
    }

    mutating func list(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [YAMLNode]? {
        guard let sequence = node.sequence else {
            report(.wrongShape, at: location(node), "\(what()) should be a list ('- item' lines or [a, b])")
            return nil
        }
        return Array(sequence)
    }

    mutating func text(_ node: YAMLNode, _ what: @autoclosure () -> String) -> SourceText? {
        guard let scalar = node.scalar else {
            report(.wrongShape, at: location(node), "\(what()) should be text, not a \(node.mapping != nil ? "mapping" : "list")")
            return nil
        }
        return SourceText(text: scalar.string, file: file, line: node.line, column: node.column, contentLine: scalar.contentLine,
                          contentColumn: scalar.contentColumn, isMappable: scalar.isMappable)
    }

    mutating func integer(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Int? {
        guard let text = text(node, what()) else { return nil }
        guard let number = Int(text.text) else {
            report(.wrongShape, at: text.location, "\(what()) should be a whole number, not '\(text.text)'")
            return nil
        }
        return number
    }

    mutating func flag(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Bool? {
        guard let text = text(node, what()) else { return nil }
        switch text.text.lowercased() {
        case "yes", "true": return true
        case "no", "false": return false
        default:
            report(.wrongShape, at: text.location, "\(what()) should be yes or no, not '\(text.text)'")
            return nil
        }
    }

    /// A list of texts, also accepting a single text for a one-item list.
    mutating func texts(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [SourceText] {
        if node.scalar != nil { return text(node, what()).map { [$0] } ?? [] }
        return (list(node, what()) ?? []).compactMap { text($0, what()) }
    }

    /// Reports keys outside `allowed`, suggesting the closest known key.
    mutating func checkKeys(_ pairs: [(key: SourceText, value: YAMLNode)], allowed: [String], in what: @autoclosure () -> String) {
        for pair in pairs { checkKey(pair.key, allowed: allowed, in: what()) }
    }

    mutating func checkKey(_ key: SourceText, allowed: [String], in what: @autoclosure () -> String) {
        guard !allowed.contains(key.text) else { return }
        let suggestion = Suggestion.closest(to: key.text, in: allowed).map { "; did you mean '\($0)'?" } ?? ""
        report(.unknownKey, at: key.location, "'\(key.text)' is not a key of \(what())\(suggestion)")
    }
}
