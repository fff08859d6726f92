import FoundationEssentials

/// The transcript lines as Swift's `Codable` shapes, read and written by Foundation: the
/// reference the hand-written codec matches byte for byte (tests compare the two), and the
/// reader of every line the fast reader leaves undecided, so that a damaged line is reported
/// exactly as it always was.
enum FoundationTranscriptCoding {
    static func line(for header: TranscriptHeader) throws -> String {
        try encode(HeaderLine(kind: "header", header: header))
    }

    static func line(for event: TimedEvent) throws -> String {
        switch event.event {
        case .output(let output):
            return try encode(EventLine(kind: "output", at: event.at, output: output))
        case .input(let input, let node, let source):
            return try encode(EventLine(kind: "input", at: event.at, node: node, source: source, input: InputLine(input)))
        case .resumed(let today):
            return try encode(EventLine(kind: "resumed", at: event.at, today: today))
        }
    }

    static func header(from line: Data) throws -> TranscriptHeader {
        try JSONDecoder().decode(HeaderLine.self, from: line).header
    }

    static func event(from line: Data) throws -> TimedEvent {
        let decoded = try JSONDecoder().decode(EventLine.self, from: line)
        switch decoded.kind {
        case "output":
            guard let output = decoded.output else { throw TranscriptCodingError.missing("output") }
            return TimedEvent(.output(output), at: decoded.at)
        case "input":
            guard let input = decoded.input?.input, let source = decoded.source else { throw TranscriptCodingError.missing("input") }
            return TimedEvent(.input(input, node: decoded.node, source: source), at: decoded.at)
        case "resumed":
            guard let today = decoded.today else { throw TranscriptCodingError.missing("today") }
            return TimedEvent(.resumed(today: today), at: decoded.at)
        default:
            throw TranscriptCodingError.unknownKind(decoded.kind)
        }
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private struct HeaderLine: Codable {
        var kind: String
        var header: TranscriptHeader

        init(kind: String, header: TranscriptHeader) {
            self.kind = kind
            self.header = header
        }

        // The header's fields sit on the line itself, beside `kind`.
        init(from decoder: Decoder) throws {
            kind = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .kind)
            guard kind == "header" else { throw TranscriptCodingError.unknownKind(kind) }
            header = try TranscriptHeader(from: decoder)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try header.encode(to: encoder)
        }

        enum CodingKeys: String, CodingKey { case kind }
    }

    private struct EventLine: Codable {
        var kind: String
        var at: String
        var output: Output?
        var node: NodeID?
        var source: InputSource?
        var input: InputLine?
        var today: CalendarDate?

        init(kind: String, at: String, output: Output? = nil, node: NodeID? = nil, source: InputSource? = nil,
             input: InputLine? = nil, today: CalendarDate? = nil) {
            self.kind = kind
            self.at = at
            self.output = output
            self.node = node
            self.source = source
            self.input = input
            self.today = today
        }
    }

    /// An input as `{"action": "answered", "text": "derm"}`: readable by a person.
    private struct InputLine: Codable {
        var action: String
        var text: String?

        init(_ input: Input) {
            switch input {
            case .answered(let text): (action, self.text) = ("answered", text)
            case .skipRequested: (action, text) = ("skip", nil)
            case .backRequested: (action, text) = ("back", nil)
            case .recapRequested: (action, text) = ("summary", nil)
            case .inputEnded: (action, text) = ("input_ended", nil)
            }
        }

        var input: Input? {
            switch action {
            case "answered": text.map(Input.answered)
            case "skip": .skipRequested
            case "back": .backRequested
            case "summary": .recapRequested
            case "input_ended": .inputEnded
            default: nil
            }
        }
    }
}
