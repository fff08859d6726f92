import FoundationEssentials
import Glibc

/// A transcript as read from a file: the header and every complete event, with line numbers.
public struct Transcript: Sendable {
    public let header: TranscriptHeader
    /// Events with the 1-based line each stands on.
    public let events: [(line: Int, event: TimedEvent)]
    /// The line number of a torn last line (a crash mid-write), which was left out.
    public let tornLine: Int?

    public init(header: TranscriptHeader, events: [(line: Int, event: TimedEvent)], tornLine: Int? = nil) {
        self.header = header
        self.events = events
        self.tornLine = tornLine
    }

    /// Longest line read, in bytes: a transcript line is one event, never a document.
    public static let maximumLineBytes = 1 << 20

    /// Reads a whole transcript, or says which line is wrong and why.
    /// - Parameter keepingOutputs: `false` for a caller that needs only what rebuilding the
    ///   session needs (`SessionRebuild`): output lines are checked exactly as strictly, and a
    ///   damaged one is an error at its line as ever, but they are left out of `events`.
    public static func read(_ data: Data, keepingOutputs: Bool = true) -> Result<Transcript, TranscriptError> {
        data.withUnsafeBytes { raw in read(raw.bindMemory(to: UInt8.self), keepingOutputs: keepingOutputs) }
    }

    /// The same, from the bytes of a file read once; lines are split on bytes, never copied.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, keepingOutputs: Bool = true) -> Result<Transcript, TranscriptError> {
        var lines = lineRanges(of: bytes)
        let endsWithNewline = lines.last?.isEmpty == true
        if endsWithNewline { lines.removeLast() }
        guard let first = lines.first, !first.isEmpty else { return .failure(TranscriptError(line: 1, "the file is empty")) }
        let header: TranscriptHeader
        switch readHeader(UnsafeBufferPointer(rebasing: bytes[first]), isCutOff: lines.count == 1 && !endsWithNewline) {
        case .success(let read): header = read
        case .failure(let error): return .failure(error)
        }
        var events: [(line: Int, event: TimedEvent)] = []
        events.reserveCapacity(lines.count)
        for (index, range) in lines.enumerated().dropFirst() {
            let number = index + 1
            let isLast = index == lines.count - 1
            guard range.count <= maximumLineBytes else {
                return .failure(TranscriptError(line: number, "the line is longer than 1 MiB; this is not a transcript line"))
            }
            guard !range.isEmpty else {
                return .failure(TranscriptError(line: number, "the line is empty; a transcript has no blank lines"))
            }
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            do {
                let checked = keepingOutputs ? nil : TranscriptCoding.eventCheckingOutput(line)
                let event = try checked ?? TranscriptCoding.event(from: line)
                if !keepingOutputs, case .output = event.event { continue }
                events.append((number, event))
            } catch TranscriptCodingError.unknownKind where header.formatVersion > TranscriptHeader.currentFormatVersion {
                // A newer writer that still lets this version read its files only adds kinds of
                // line an older reader may pass over (the minimum-reader rule).
                continue
            } catch {
                // Only an unfinished last line is a crash's torn write; anything else is damage.
                if isLast, !endsWithNewline { return .success(Transcript(header: header, events: events, tornLine: number)) }
                return .failure(TranscriptError(line: number, "the line is not a transcript event (\(describe(error)))"))
            }
        }
        return .success(Transcript(header: header, events: events))
    }

    /// The byte ranges between newlines, the last one empty when the bytes end with a newline.
    private static func lineRanges(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        guard let base = bytes.baseAddress else { return [0..<0] }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            ranges.append(start..<end)
            start = end + 1
        }
        ranges.append(start..<bytes.count)
        return ranges
    }

    /// - Parameter isCutOff: the first line is the whole file and has no newline: a write torn by a crash.
    private static func readHeader(_ bytes: UnsafeBufferPointer<UInt8>, isCutOff: Bool) -> Result<TranscriptHeader, TranscriptError> {
        guard bytes.count <= maximumLineBytes else {
            return .failure(TranscriptError(line: 1, "the first line is longer than 1 MiB; this is not a PrelimCoach transcript"))
        }
        if let header = try? TranscriptCoding.fastHeader(bytes) { return .success(header) }
        let line = Data(buffer: bytes)
        struct Probe: Decodable {
            var format: String?
            var minimumReaderVersion: Int?
            var formatVersion: Int?
        }
        guard let probe = try? JSONDecoder().decode(Probe.self, from: line), probe.format == TranscriptHeader.formatName else {
            if isCutOff, line.first == UInt8(ascii: "{") {
                return .failure(TranscriptError(line: 1,
                    "the header line is cut off (the file was truncated before its first line was complete); it holds no session"))
            }
            return .failure(TranscriptError(line: 1, "this is not a PrelimCoach transcript (no transcript header)"))
        }
        if let minimum = probe.minimumReaderVersion, minimum > TranscriptHeader.currentFormatVersion {
            return .failure(TranscriptError(line: 1,
                "the transcript was written by a newer PrelimCoach (format \(probe.formatVersion ?? minimum)); this version reads format \(TranscriptHeader.currentFormatVersion): update PrelimCoach"))
        }
        do {
            return .success(try FoundationTranscriptCoding.header(from: line))
        } catch {
            return .failure(TranscriptError(line: 1, "the transcript header is damaged (\(describe(error)))"))
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case let coding as TranscriptCodingError: coding.description
        case DecodingError.dataCorrupted: "not valid JSON"
        case DecodingError.keyNotFound(let key, _): "no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "unexpected value at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: "not valid JSON"
        }
    }
}

/// What is wrong with a transcript, at a 1-based line.
public struct TranscriptError: Error, Hashable, Sendable {
    public let line: Int
    public let message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }
}
