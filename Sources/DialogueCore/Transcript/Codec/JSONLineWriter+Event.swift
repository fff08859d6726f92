/// Whole transcript lines, keys sorted as `JSONEncoder` sorts them (by UTF-8 bytes).
extension JSONLineWriter {
    mutating func event(_ timed: TimedEvent) {
        raw("{\"at\":")
        string(timed.at)
        switch timed.event {
        case .output(let output):
            raw(",\"kind\":\"output\",\"output\":")
            self.output(output)
        case .input(let input, let node, let source):
            raw(",\"input\":")
            self.input(input)
            raw(",\"kind\":\"input\"")
            if let node {
                raw(",\"node\":")
                string(node)
            }
            raw(",\"source\":")
            string(source.rawValue)
        case .resumed(let today):
            raw(",\"kind\":\"resumed\",\"today\":")
            calendarDate(today)
        }
        byte("}")
    }

    private mutating func input(_ input: Input) {
        switch input {
        case .answered(let text):
            raw("{\"action\":\"answered\",\"text\":")
            string(text)
            byte("}")
        case .skipRequested: raw("{\"action\":\"skip\"}")
        case .backRequested: raw("{\"action\":\"back\"}")
        case .recapRequested: raw("{\"action\":\"summary\"}")
        case .inputEnded: raw("{\"action\":\"input_ended\"}")
        }
    }

    mutating func header(_ header: TranscriptHeader) {
        raw("{\"answersInAdvance\":{")
        let answers = header.answersInAdvance.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (index, answer) in answers.enumerated() {
            if index > 0 { byte(",") }
            string(answer.key)
            byte(":")
            string(answer.value)
        }
        raw("},\"appVersion\":")
        string(header.appVersion)
        raw(",\"format\":")
        string(header.format)
        raw(",\"formatVersion\":")
        integer(header.formatVersion)
        raw(",\"graphHash\":")
        string(header.graphHash)
        raw(",\"kind\":\"header\",\"minimumReaderVersion\":")
        integer(header.minimumReaderVersion)
        raw(",\"sessionID\":")
        string(header.sessionID)
        raw(",\"startedAt\":")
        string(header.startedAt)
        raw(",\"timeZone\":")
        string(header.timeZone)
        raw(",\"today\":")
        calendarDate(header.today)
        byte("}")
    }
}
