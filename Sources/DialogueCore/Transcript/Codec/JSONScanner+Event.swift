/// Whole transcript lines: events and the header, with the same fields and rules as
/// `FoundationTranscriptCoding`'s shapes (every known field is read, whatever the kind).
extension JSONScanner {
    /// - Parameter keepingOutput: `false` to check an output without keeping its texts: the
    ///   event is then only good for telling that the line reads and is an output.
    mutating func timedEvent(keepingOutput: Bool = true) throws(NotDecided) -> TimedEvent {
        var kind: String?, at: String?, output: Output??, node: String??, source: InputSource??
        var input: Input??, today: CalendarDate??
        try members { scanner, key throws(NotDecided) in
            if key == "output" {
                scanner.keepsText = keepingOutput
                try once(&output, scanner.optional { scanner throws(NotDecided) in try scanner.output() })
                scanner.keepsText = true
            }
            else if key == "at" { try once(&at, scanner.text()) }
            else if key == "kind" { try once(&kind, scanner.string()) }
            else if key == "input" { try once(&input, scanner.optional { scanner throws(NotDecided) in try scanner.input() }) }
            else if key == "node" { try once(&node, scanner.optionalText()) }
            else if key == "source" { try once(&source, scanner.optional { scanner throws(NotDecided) in try scanner.inputSource() }) }
            else if key == "today" { try once(&today, scanner.optional { scanner throws(NotDecided) in try scanner.calendarDate() }) }
            else { try scanner.skipValue() }
        }
        try finish()
        guard let kind, let at else { throw NotDecided() }
        switch kind {
        case "output":
            guard let output = output ?? nil else { throw NotDecided() }
            return TimedEvent(.output(output), at: at)
        case "input":
            guard let input = input ?? nil, let source = source ?? nil else { throw NotDecided() }
            return TimedEvent(.input(input, node: node ?? nil, source: source), at: at)
        case "resumed":
            guard let today = today ?? nil else { throw NotDecided() }
            return TimedEvent(.resumed(today: today), at: at)
        default:
            throw NotDecided()
        }
    }

    /// `{"action": "answered", "text": "derm"}`; an action this version does not know is left to Foundation.
    private mutating func input() throws(NotDecided) -> Input {
        var action: String?, text: String??
        try members { scanner, key throws(NotDecided) in
            if key == "action" { try once(&action, scanner.string()) }
            else if key == "text" { try once(&text, scanner.optionalText()) }
            else { try scanner.skipValue() }
        }
        switch action {
        case "answered":
            guard let text = text ?? nil else { throw NotDecided() }
            return .answered(text)
        case "skip": return .skipRequested
        case "back": return .backRequested
        case "summary": return .recapRequested
        case "input_ended": return .inputEnded
        default: throw NotDecided()
        }
    }

    private mutating func inputSource() throws(NotDecided) -> InputSource {
        guard let source = InputSource(rawValue: try string()) else { throw NotDecided() }
        return source
    }

    /// A header this version reads: its format named, no newer reader required.
    mutating func header() throws(NotDecided) -> TranscriptHeader {
        var kind: String?, format: String?, formatVersion: Int?, minimumReaderVersion: Int?, appVersion: String?
        var graphHash: String?, sessionID: String?, startedAt: String?, timeZone: String?, today: CalendarDate?
        var answers: [String: String]?
        try members { scanner, key throws(NotDecided) in
            if key == "answersInAdvance" { try once(&answers, scanner.stringDictionary()) }
            else if key == "appVersion" { try once(&appVersion, scanner.string()) }
            else if key == "format" { try once(&format, scanner.string()) }
            else if key == "formatVersion" { try once(&formatVersion, scanner.integer()) }
            else if key == "graphHash" { try once(&graphHash, scanner.string()) }
            else if key == "kind" { try once(&kind, scanner.string()) }
            else if key == "minimumReaderVersion" { try once(&minimumReaderVersion, scanner.integer()) }
            else if key == "sessionID" { try once(&sessionID, scanner.string()) }
            else if key == "startedAt" { try once(&startedAt, scanner.string()) }
            else if key == "timeZone" { try once(&timeZone, scanner.string()) }
            else if key == "today" { try once(&today, scanner.calendarDate()) }
            else { try scanner.skipValue() }
        }
        try finish()
        guard kind == "header", format == TranscriptHeader.formatName, let formatVersion, let minimumReaderVersion,
            minimumReaderVersion <= TranscriptHeader.currentFormatVersion, let appVersion, let graphHash, let sessionID,
            let startedAt, let timeZone, let today, let answers
        else { throw NotDecided() }
        var header = TranscriptHeader(appVersion: appVersion, graphHash: graphHash, sessionID: sessionID, startedAt: startedAt,
                                      timeZone: timeZone, today: today, answersInAdvance: answers)
        header.formatVersion = formatVersion
        header.minimumReaderVersion = minimumReaderVersion
        return header
    }

    /// An object of strings, keys unescaped like any string.
    private mutating func stringDictionary() throws(NotDecided) -> [String: String] {
        try beginObject()
        var result: [String: String] = [:]
        if isEmptyObject() { return result }
        repeat {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            guard result.updateValue(try string(), forKey: key) == nil else { throw NotDecided() }
        } while try hasMoreMembers()
        return result
    }
}
