import CYaml

/// Walks a YAML text's events (no tree is built) and refuses what could make building the tree
/// blow up: anchors and aliases, whose copies can expand exponentially ("billion laughs"), and
/// nesting deeper than any dialogue or answers file needs.
///
/// Runs before `Yams.compose`, which would otherwise hash aliased keys in full and recurse once
/// per level of nesting.
public enum YAMLGuard {
    /// Deepest nesting of lists and mappings accepted; the shipped dialogues use six.
    public static let maximumDepth = 32

    /// What was refused, at a 1-based line and column.
    public struct Problem: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case anchorOrAlias, tooDeep }
        public let kind: Kind
        public let line: Int
        public let column: Int
        public let message: String
    }

    /// The first problem in `text`, or `nil` when it has none. YAML syntax errors are left to
    /// the composer, which reports them with more context.
    public static func problem(in text: String) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return scan(&parser)
        }
    }

    /// libyaml stops at its own nesting limit while scanning ahead, before the events that
    /// would reach ours: that is the same problem. Other syntax errors are left to the composer.
    private static func nestingError(_ parser: yaml_parser_t) -> Problem? {
        guard let problem = parser.problem, String(cString: problem).contains("nesting level") else { return nil }
        return Problem(kind: .tooDeep, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                       message: "lists and mappings are nested more than \(maximumDepth) deep here")
    }

    private static func scan(_ parser: inout yaml_parser_t) -> Problem? {
        var depth = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return nestingError(parser) }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            let line = Int(mark.line) + 1
            let column = Int(mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_ALIAS_EVENT:
                return Problem(kind: .anchorOrAlias, line: line, column: column,
                               message: "aliases ('*name') are not allowed; write the value out")
            case YAML_SCALAR_EVENT where event.data.scalar.anchor != nil,
                YAML_SEQUENCE_START_EVENT where event.data.sequence_start.anchor != nil,
                YAML_MAPPING_START_EVENT where event.data.mapping_start.anchor != nil:
                return Problem(kind: .anchorOrAlias, line: line, column: column,
                               message: "anchors ('&name') are not allowed; write the value out")
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                depth += 1
                guard depth <= maximumDepth else {
                    return Problem(kind: .tooDeep, line: line, column: column,
                                   message: "lists and mappings are nested more than \(maximumDepth) deep here")
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                depth -= 1
            default:
                continue
            }
        }
    }
}
