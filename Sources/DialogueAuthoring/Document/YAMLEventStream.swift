import CLibYAML

/// One event of a YAML text, as the composer needs it. Scalars come whole, with their positions.
enum YAMLEvent {
    case streamStart, streamEnd
    case documentStart(line: Int, column: Int), documentEnd
    case scalar(YAMLScalarEvent)
    case sequenceStart(line: Int, column: Int, tag: String?), sequenceEnd
    case mappingStart(line: Int, column: Int, tag: String?), mappingEnd
}

/// The events of one text, with `YAMLGuard`'s refusals made as they come: anchors and
/// aliases, and nesting deeper than `YAMLGuard.maximumDepth`. One pass over the text serves
/// the guard and the tree, where the guard once parsed every file a second time.
///
/// `YAMLFastScanner` reads the text first. When it gives up ("undecided"), what the body built
/// is dropped and the body runs again on libyaml's events, so that every error, refusal and
/// position is libyaml's: the body must be safe to run twice.
final class YAMLEventStream {
    /// Exactly one of the two is set. Unchecked for overlapping access (a check at every
    /// event): the scanner is only reached through `next()`, which never reenters.
    @exclusivity(unchecked) private var fast: YAMLFastScanner?
    private let parser: UnsafeMutablePointer<yaml_parser_t>?
    /// libyaml wants an address even for no bytes, which Swift may not give.
    private let emptyInput: UnsafeMutablePointer<UInt8>
    private var positions: ScalarPositions
    private var depth = 0
    /// Set once the fast scanner gave up on this text: every `next()` after it throws.
    private(set) var isUndecided = false
    /// Where the fast scanner was when it gave up.
    var fastLineReached: Int? { fast?.lineReached }

    /// Runs `body` on the events of `text`; the stream reads the text in place, so it lives
    /// only inside `body`.
    static func read<Result>(_ text: String, _ body: (YAMLEventStream) throws(YAMLFailure) -> Result) throws(YAMLFailure) -> Result {
        var text = text
        let outcome: Swift.Result<Result, YAMLFailure> = text.withUTF8 { bytes in
            if let decided = readOnce(bytes, fast: true, body) { return decided }
            // libyaml never gives up, so its outcome is always there.
            return readOnce(bytes, fast: false, body) ?? .failure(.syntax(line: 1, column: 1, message: "YAML: memory"))
        }
        return try outcome.get()
    }

    /// `body`'s outcome on one reader's events; `nil` when the fast scanner gave up.
    static func readOnce<Result>(
        _ bytes: UnsafeBufferPointer<UInt8>, fast: Bool, _ body: (YAMLEventStream) throws(YAMLFailure) -> Result
    ) -> Swift.Result<Result, YAMLFailure>? {
        let stream: YAMLEventStream
        if fast {
            stream = YAMLEventStream(fast: bytes)
        } else {
            do throws(YAMLFailure) { stream = try YAMLEventStream(libyaml: bytes) } catch { return .failure(error) }
        }
        let outcome = Swift.Result { () throws(YAMLFailure) -> Result in try body(stream) }
        return stream.isUndecided ? nil : outcome
    }

    private init(fast bytes: UnsafeBufferPointer<UInt8>) {
        fast = YAMLFastScanner(bytes: bytes)
        parser = nil
        emptyInput = .allocate(capacity: 1)
        emptyInput.initialize(to: 0)
        positions = ScalarPositions(bytes: bytes)
    }

    private init(libyaml bytes: UnsafeBufferPointer<UInt8>) throws(YAMLFailure) {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        // Before the stored properties, so that no deinit runs on a parser never set up.
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw .syntax(line: 1, column: 1, message: "YAML: memory")
        }
        self.parser = parser
        fast = nil
        emptyInput = .allocate(capacity: 1)
        emptyInput.initialize(to: 0)
        positions = ScalarPositions(bytes: bytes)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress ?? UnsafePointer(emptyInput), bytes.count)
    }

    deinit {
        if let parser {
            yaml_parser_delete(parser)
            parser.deallocate()
        }
        emptyInput.deallocate()
    }

    func next() throws(YAMLFailure) -> YAMLEvent {
        if let parser { return try nextLibYAML(parser) }
        guard let event = fast?.next() else { throw undecided() }
        return event
    }

    /// Never seen outside `read`, which reads the text again with libyaml.
    private func undecided() -> YAMLFailure {
        isUndecided = true
        return .syntax(line: 1, column: 1, message: "YAML: undecided")
    }

    private func nextLibYAML(_ parser: UnsafeMutablePointer<yaml_parser_t>) throws(YAMLFailure) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw failure(parser) }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_DOCUMENT_START_EVENT: return .documentStart(line: line, column: column)
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT:
            throw refusal(.anchorOrAlias, line, column, "aliases ('*name') are not allowed; write the value out")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            guard scalar.anchor == nil else { throw anchorRefusal(line, column) }
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(positions.scalar(text, style: Self.style(scalar.style), tag: Self.string(scalar.tag), line: line, column: column))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isSequence = event.type == YAML_SEQUENCE_START_EVENT
            let (anchor, tag, implicit) = isSequence
                ? (event.data.sequence_start.anchor, event.data.sequence_start.tag, event.data.sequence_start.implicit)
                : (event.data.mapping_start.anchor, event.data.mapping_start.tag, event.data.mapping_start.implicit)
            guard anchor == nil else { throw anchorRefusal(line, column) }
            depth += 1
            guard depth <= YAMLGuard.maximumDepth else { throw tooDeep(line, column) }
            let explicitTag = implicit != 0 ? nil : Self.string(tag)
            return isSequence ? .sequenceStart(line: line, column: column, tag: explicitTag)
                : .mappingStart(line: line, column: column, tag: explicitTag)
        case YAML_SEQUENCE_END_EVENT:
            depth -= 1
            return .sequenceEnd
        case YAML_MAPPING_END_EVENT:
            depth -= 1
            return .mappingEnd
        default:
            return .streamEnd
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func refusal(_ kind: YAMLGuard.Problem.Kind, _ line: Int, _ column: Int, _ message: String) -> YAMLFailure {
        .refused(YAMLGuard.Problem(kind: kind, line: line, column: column, message: message))
    }

    private func anchorRefusal(_ line: Int, _ column: Int) -> YAMLFailure {
        refusal(.anchorOrAlias, line, column, "anchors ('&name') are not allowed; write the value out")
    }

    private func tooDeep(_ line: Int, _ column: Int) -> YAMLFailure {
        refusal(.tooDeep, line, column, "lists and mappings are nested more than \(YAMLGuard.maximumDepth) deep here")
    }

    /// libyaml stops at its own nesting limit while scanning ahead, before the events that would
    /// reach ours: that is the same refusal. Anything else is a syntax error, worded as libyaml says it.
    private func failure(_ parser: UnsafeMutablePointer<yaml_parser_t>) -> YAMLFailure {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? ""
        let mark = (line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
        if problem.contains("nesting level") { return tooDeep(mark.line, mark.column) }
        switch state.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            return .syntax(line: mark.line, column: mark.column, message: "YAML: " + problem)
        case YAML_READER_ERROR:
            return .syntax(line: 1, column: 1, message: "YAML: " + problem)
        default:
            return .syntax(line: 1, column: 1, message: "YAML: memory")
        }
    }
}
