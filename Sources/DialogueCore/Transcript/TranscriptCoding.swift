import FoundationEssentials

/// Turns headers and events into single JSON lines and back.
///
/// The shape of each line is described in `docs/transcript-format.md`; keys are sorted so that
/// the same session always writes the same bytes. Lines are written and read by hand, byte
/// for byte as Foundation's `JSONEncoder` writes them (Foundation's coders cost a replay over
/// ten times as much); a line the fast reader does not take for certain is read by
/// `JSONDecoder`, which accepts it or says what is wrong with it as it always did.
public enum TranscriptCoding {
    public static func line(for header: TranscriptHeader) -> String {
        var writer = JSONLineWriter(capacity: 512)
        writer.header(header)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    public static func line(for event: TimedEvent) -> String {
        var writer = JSONLineWriter()
        writer.event(event)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    public static func header(from line: Data) throws -> TranscriptHeader {
        let fast = line.withUnsafeBytes { raw in try? fastHeader(raw.bindMemory(to: UInt8.self)) }
        return try fast ?? FoundationTranscriptCoding.header(from: line)
    }

    public static func event(from line: Data) throws -> TimedEvent {
        try line.withUnsafeBytes { raw in try event(from: raw.bindMemory(to: UInt8.self)) }
    }

    /// An event from the bytes of one line (without its newline).
    static func event(from bytes: UnsafeBufferPointer<UInt8>) throws -> TimedEvent {
        if let event = try? fastEvent(bytes) { return event }
        return try FoundationTranscriptCoding.event(from: Data(buffer: bytes))
    }

    /// The event on the line, read as `event(from:)` reads it, except that an output is only
    /// checked (as strictly), not kept: its texts are `""`, good for nothing but dropping.
    /// `nil` when the fast reader leaves the line undecided: the caller then reads it in full.
    static func eventCheckingOutput(_ bytes: UnsafeBufferPointer<UInt8>) -> TimedEvent? {
        guard var scanner = try? JSONScanner(bytes) else { return nil }
        return try? scanner.timedEvent(keepingOutput: false)
    }

    /// The fast reader alone: `NotDecided` when Foundation has to read the line.
    static func fastEvent(_ bytes: UnsafeBufferPointer<UInt8>) throws(NotDecided) -> TimedEvent {
        var scanner = try JSONScanner(bytes)
        return try scanner.timedEvent()
    }

    static func fastHeader(_ bytes: UnsafeBufferPointer<UInt8>) throws(NotDecided) -> TranscriptHeader {
        var scanner = try JSONScanner(bytes)
        return try scanner.header()
    }
}

public enum TranscriptCodingError: Error, Hashable, CustomStringConvertible {
    case missing(String)
    case unknownKind(String)

    public var description: String {
        switch self {
        case .missing(let field): "the line has no '\(field)'"
        case .unknownKind(let kind): "'\(kind)' is not a kind of transcript line"
        }
    }
}
