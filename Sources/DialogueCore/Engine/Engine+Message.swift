extension Engine {
    /// What an `emit` node says with the session's current values: its texts rendered, its
    /// reasons with the answers as they stand, its milestone day computed.
    func message(from emission: Emission, at node: Node, _ values: SessionValues) -> Message {
        Message(
            node: node.id, kind: emission.kind, title: emission.title.map(values.render),
            text: values.render(emission.body), covers: node.covers,
            because: emission.because.map { reason($0, values) },
            date: emission.date.flatMap { day(of: $0, values) }, chart: emission.chart)
    }

    /// One answer that led to a piece of advice, as the user reads it.
    private func reason(_ variable: String, _ values: SessionValues) -> RecapLine {
        let declaration = graph.variable(variable)
        let text = values.value(of: variable).map { declaration?.display($0) ?? "\($0)" } ?? "not answered"
        return RecapLine(variable: variable, label: declaration?.label ?? variable, text: text)
    }

    /// A milestone's day: a date as it is, a month as its first day.
    private func day(of expression: Expression, _ values: SessionValues) -> CalendarDate? {
        switch Evaluator.value(of: expression, in: values) {
        case .date(let day)?: day
        case .yearMonth(let month)?: CalendarDate(year: month.year, month: month.month, day: 1)
        default: nil
        }
    }
}
