import Foundation

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

    /// Whether the line is an output event, checked as strictly as `event(from:)` reads it
    /// but without keeping its texts; `false` for any other line and for one the check leaves
    /// undecided, which the caller then reads in full.
    static func isCheckedOutput(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var scanner = try? JSONScanner(bytes, keepsText: false), let event = try? scanner.timedEvent() else { return false }
        if case .output = event.event { return true }
        return false
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
