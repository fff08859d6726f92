/// Why a dialogue text does not compile, at a byte offset of the text.
struct TemplateFault: Error {
    enum Reason: Error, Equatable {
        case neverClosed
        case emptyTag
        case notAName(String)
        case partial(Unicode.Scalar)
        case changesReading(Unicode.Scalar)
        case spaceBeforeSign(Unicode.Scalar)
        case tooDeep
        case sectionNeverClosed(String, inverted: Bool)
        case closesNothing(String)
        case closesAnother(String, open: String, inverted: Bool, openedAt: Int)
        case tripleNotClosed(String)
    }

    let offset: Int
    let reason: Reason

    /// The error as authors read it: line and column (in characters) of the offset.
    func error(in source: String) -> TemplateError {
        let (line, column) = Self.place(of: offset, in: source)
        return TemplateError(line: line, column: column, message: message(in: source))
    }

    private func message(in source: String) -> String {
        switch reason {
        case .neverClosed: "'{{' is never closed by '}}'"
        case .emptyTag: "an empty tag"
        case .notAName(let name): "'\(name)' is not a variable name"
        case .partial(let sign): "partials and blocks ('{{\(sign)') are not supported in dialogue texts"
        case .changesReading(let sign): "'{{\(sign)' changes how the template is read and is not supported in dialogue texts"
        case .spaceBeforeSign(let sign): "nothing may stand between '{{' and '\(sign)'"
        case .tooDeep: "sections ('{{#') are nested more than \(TemplateParser.maximumSectionDepth) deep here"
        case .sectionNeverClosed(let name, let inverted): "the section '{{\(inverted ? "^" : "#")\(name)}}' is never closed"
        case .closesNothing(let name): "'{{/\(name)}}' closes no open section"
        case .closesAnother(let name, let open, let inverted, let openedAt):
            "'{{/\(name)}}' does not close the open section '{{\(inverted ? "^" : "#")\(open)}}' "
                + "(line \(Self.place(of: openedAt, in: source).line), column \(Self.place(of: openedAt, in: source).column))"
        case .tripleNotClosed(let name): "'{{{\(name)}}' needs a third '}' to close it"
        }
    }

    /// 1-based line and column, the column counted in characters as an editor shows them.
    static func place(of offset: Int, in source: String) -> (line: Int, column: Int) {
        let bytes = source.utf8
        let end = bytes.index(bytes.startIndex, offsetBy: min(offset, bytes.count))
        var line = 1
        var lineStart = bytes.startIndex
        var index = bytes.startIndex
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        return (line, source[lineStart..<end].count + 1)
    }
}
