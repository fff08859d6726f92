import DialogueCore

/// How output should look on this stream.
struct TerminalStyle {
    var width: Int
    /// ANSI colour and bold, only on a terminal and never with `NO_COLOR`.
    var colour: Bool
}

/// Turns engine outputs into text for the terminal. Every string passes the sanitizer.
struct Renderer {
    let style: TerminalStyle
    /// For variables' labels; `nil` shows their names (replaying without the dialogues).
    let graph: DialogueGraph?

    func render(_ output: Output) -> String? {
        switch output {
        case .said(_, let text):
            return "\n" + prose(text)
        case .asked(let question):
            return "\n" + questionText(question)
        case .answeredInAdvance(_, _, let answer):
            return dim("> " + (answer.isEmpty ? "(skipped)" : Sanitizer.clean(answer)) + "   (from the answers file)")
        case .rejected(_, _, let reason):
            return paint("! " + Sanitizer.clean(reason), .yellow)
        case .skipped(_, let variable, let value):
            let label = Sanitizer.clean(graph?.variable(variable)?.label ?? variable)
            return dim(value.map { "(\(label): \(Sanitizer.clean($0)), the default)" } ?? "(skipped)")
        case .emitted(let message):
            return "\n" + emitted(message)
        case .recap(let lines):
            return "\n" + recap(lines)
        case .wentBack:
            return dim("(back to the previous question)")
        case .notice(let text):
            return paint(Sanitizer.clean(text), .yellow)
        case .ended(_, let text, let reason):
            return ended(text, reason)
        }
    }

    func recap(_ lines: [RecapLine]) -> String {
        guard !lines.isEmpty else { return dim("You have not answered anything yet.") }
        let width = min(lines.map(\.label.count).max() ?? 0, 44)
        let rows = lines.map { line in
            let label = Sanitizer.clean(line.label)
            let padding = String(repeating: " ", count: max(0, width - label.count))
            return "  \(label)\(padding)  \(Sanitizer.clean(line.text))"
        }
        return bold("What you have told me so far:") + "\n" + rows.joined(separator: "\n")
    }

    /// The hint under a question: the kind of answer and whether it can be skipped.
    func hint(for question: Question) -> String? {
        var parts: [String] = []
        switch question.kind {
        case .integer(let min, let max): parts.append("a number from \(min) to \(max)")
        case .yesNo: parts.append("yes or no")
        case .yearMonth: parts.append("month and year, such as 2026-07")
        case .date: parts.append("a date, such as 2026-09-03")
        case .choice(let options): parts.append("a number from 1 to \(options.count), or the name")
        case .text: break
        }
        if let defaultText = question.defaultText {
            parts.append("Enter for \(Sanitizer.clean(defaultText))")
        } else if question.isOptional {
            parts.append("optional: Enter to skip")
        }
        return parts.isEmpty ? nil : "(" + parts.joined(separator: "; ") + ")"
    }

    private func questionText(_ question: Question) -> String {
        var lines = [bold(prose(question.prompt))]
        if let help = question.help { lines.append(dim(prose(help, indent: "  "))) }
        if case .choice(let options) = question.kind {
            for (index, option) in options.enumerated() {
                let number = "  \(index + 1). "
                lines.append(TextWrapper.fill(
                    Sanitizer.clean(option.label), width: style.width, first: number,
                    rest: String(repeating: " ", count: number.count)))
            }
        }
        if let hint = hint(for: question) { lines.append(dim("  " + hint)) }
        return lines.joined(separator: "\n")
    }

    private func emitted(_ message: Message) -> String {
        let colour: Colour =
            switch message.kind {
            case .support: .cyan
            case .guardrail: .red
            case .milestone: .green
            case .template: .blue
            case .coaching: .plain
            case .recommendation: .magenta
            }
        var lines: [String] = []
        if let title = message.title { lines.append(paint(bold("== " + Sanitizer.clean(title) + " =="), colour)) }
        if let date = message.date { lines.append(bold("When: " + date.spelledOut)) }
        lines.append(TextWrapper.wrap(Sanitizer.clean(message.text), width: style.width, preservingLines: message.kind == .template))
        if let chart = message.chart {
            lines.append(contentsOf: chart.lines(width: style.width - 2).map { "  " + Sanitizer.clean($0) })
        }
        if !message.because.isEmpty {
            let reasons = message.because.map { "\(Sanitizer.clean($0.label)): \(Sanitizer.clean($0.text))" }
            lines.append(dim(TextWrapper.wrap("Because: " + reasons.joined(separator: "; "), width: style.width)))
        }
        return lines.joined(separator: "\n")
    }

    private func ended(_ text: String?, _ reason: EndReason) -> String {
        switch reason {
        case .finished:
            return "\n" + (text.map { prose($0) } ?? "The session is complete.")
        case .missingAnswers(let names):
            let listed = names.map { name in
                "  \(Sanitizer.clean(name))" + (graph?.variable(name).map { " (\(Sanitizer.clean($0.label)))" } ?? "")
            }
            return "\n" + paint("The input ended before these required answers were given:", .yellow) + "\n"
                + listed.joined(separator: "\n")
        }
    }

    private func prose(_ text: String, indent: String = "") -> String {
        TextWrapper.wrap(Sanitizer.clean(text), width: style.width, indent: indent)
    }

    enum Colour: String {
        case plain = ""
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case magenta = "35"
        case cyan = "36"
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        guard style.colour, colour != .plain else { return text }
        return "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m"
    }

    /// A line in the style of warnings.
    func warning(_ text: String) -> String { paint(Sanitizer.clean(text), .yellow) }

    private func bold(_ text: String) -> String { style.colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { style.colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
