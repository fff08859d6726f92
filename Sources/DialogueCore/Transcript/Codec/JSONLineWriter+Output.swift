/// Outputs in the shapes of Swift's synthesized `Codable`, keys sorted, optional fields left
/// out when absent (`encodeIfPresent`).
extension JSONLineWriter {
    mutating func output(_ output: Output) {
        switch output {
        case .said(let node, let text):
            raw("{\"said\":{\"node\":")
            string(node)
            raw(",\"text\":")
            string(text)
            raw("}}")
        case .asked(let question):
            raw("{\"asked\":{\"_0\":")
            self.question(question)
            raw("}}")
        case .answeredInAdvance(let node, let variable, let answer):
            raw("{\"answeredInAdvance\":{\"answer\":")
            string(answer)
            raw(",\"node\":")
            string(node)
            raw(",\"variable\":")
            string(variable)
            raw("}}")
        case .rejected(let node, let answer, let reason):
            raw("{\"rejected\":{\"answer\":")
            string(answer)
            raw(",\"node\":")
            string(node)
            raw(",\"reason\":")
            string(reason)
            raw("}}")
        case .skipped(let node, let variable, let value):
            raw("{\"skipped\":{\"node\":")
            string(node)
            if let value {
                raw(",\"value\":")
                string(value)
            }
            raw(",\"variable\":")
            string(variable)
            raw("}}")
        case .emitted(let message):
            raw("{\"emitted\":{\"_0\":")
            self.message(message)
            raw("}}")
        case .recap(let lines):
            raw("{\"recap\":{\"_0\":")
            recapLines(lines)
            raw("}}")
        case .wentBack(let node):
            raw("{\"wentBack\":{\"node\":")
            string(node)
            raw("}}")
        case .notice(let text):
            raw("{\"notice\":{\"_0\":")
            string(text)
            raw("}}")
        case .ended(let node, let text, let reason):
            ended(node: node, text: text, reason: reason)
        }
    }

    private mutating func ended(node: NodeID?, text: String?, reason: EndReason) {
        raw("{\"ended\":{")
        if let node {
            raw("\"node\":")
            string(node)
            byte(",")
        }
        switch reason {
        case .finished: raw("\"reason\":{\"finished\":{}}")
        case .missingAnswers(let names):
            raw("\"reason\":{\"missingAnswers\":{\"_0\":")
            strings(names)
            raw("}}")
        }
        if let text {
            raw(",\"text\":")
            string(text)
        }
        raw("}}")
    }

    private mutating func question(_ question: Question) {
        byte("{")
        if let defaultText = question.defaultText {
            raw("\"defaultText\":")
            string(defaultText)
            byte(",")
        }
        if let help = question.help {
            raw("\"help\":")
            string(help)
            byte(",")
        }
        raw("\"isOptional\":")
        bool(question.isOptional)
        raw(",\"kind\":")
        variableKind(question.kind)
        raw(",\"node\":")
        string(question.node)
        raw(",\"prompt\":")
        string(question.prompt)
        raw(",\"variable\":")
        string(question.variable)
        byte("}")
    }

    private mutating func variableKind(_ kind: VariableKind) {
        switch kind {
        case .choice(let options):
            raw("{\"choice\":{\"_0\":")
            array(options) { writer, option in
                writer.raw("{\"aliases\":")
                writer.strings(option.aliases)
                writer.raw(",\"key\":")
                writer.string(option.key)
                writer.raw(",\"label\":")
                writer.string(option.label)
                writer.raw(",\"text\":")
                writer.string(option.text)
                writer.byte("}")
            }
            raw("}}")
        case .integer(let min, let max):
            raw("{\"integer\":{\"max\":")
            integer(max)
            raw(",\"min\":")
            integer(min)
            raw("}}")
        case .text(let maxLength):
            raw("{\"text\":{\"maxLength\":")
            integer(maxLength)
            raw("}}")
        case .yesNo: raw("{\"yesNo\":{}}")
        case .yearMonth: raw("{\"yearMonth\":{}}")
        case .date: raw("{\"date\":{}}")
        }
    }

    /// As `Message.encode(to:)` writes it: `because` only when not empty, `covers` always.
    private mutating func message(_ message: Message) {
        byte("{")
        if !message.because.isEmpty {
            raw("\"because\":")
            recapLines(message.because)
            byte(",")
        }
        if let chart = message.chart {
            raw("\"chart\":{\"bars\":")
            array(chart.bars) { writer, bar in
                writer.raw("{\"label\":")
                writer.string(bar.label)
                writer.raw(",\"source\":")
                writer.string(bar.source)
                writer.raw(",\"value\":")
                writer.integer(bar.value)
                writer.byte("}")
            }
            raw(",\"unit\":")
            string(chart.unit)
            raw("},")
        }
        raw("\"covers\":")
        strings(message.covers)
        if let date = message.date {
            raw(",\"date\":")
            calendarDate(date)
        }
        raw(",\"kind\":")
        string(message.kind.rawValue)
        raw(",\"node\":")
        string(message.node)
        raw(",\"text\":")
        string(message.text)
        if let title = message.title {
            raw(",\"title\":")
            string(title)
        }
        byte("}")
    }

    private mutating func recapLines(_ lines: [RecapLine]) {
        array(lines) { writer, line in
            writer.raw("{\"label\":")
            writer.string(line.label)
            writer.raw(",\"text\":")
            writer.string(line.text)
            writer.raw(",\"variable\":")
            writer.string(line.variable)
            writer.byte("}")
        }
    }

    mutating func calendarDate(_ date: CalendarDate) {
        raw("{\"day\":")
        integer(date.day)
        raw(",\"month\":")
        integer(date.month)
        raw(",\"year\":")
        integer(date.year)
        byte("}")
    }
}
