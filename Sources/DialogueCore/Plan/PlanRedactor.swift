/// Turns recorded messages and answers into plan items and facts, hiding what the redaction
/// level hides.
///
/// A message's recorded text may hold a hidden value wherever its template placed it, so a
/// redacted plan never uses recorded text: it renders the node's templates again with every
/// hidden value shown as `[redacted]`. A `{{#x}}` section keeps whether `x` was given, as a
/// branch does: redaction hides values, not which advice applied.
struct PlanRedactor {
    let graph: DialogueGraph
    let values: SessionValues
    let level: RedactionLevel
    let hidden: Set<String>

    init(graph: DialogueGraph, values: SessionValues, level: RedactionLevel) {
        self.graph = graph
        self.values = values
        self.level = level
        self.hidden = Set(graph.variables.filter { level.hides($0.redaction) }.map(\.name))
    }

    func hides(_ variable: String) -> Bool { hidden.contains(variable) }

    func fact(_ line: RecapLine) -> PlanFact {
        PlanFact(label: line.label, value: hides(line.variable) ? RedactionLevel.mark : line.text)
    }

    func item(from message: Message) -> PlanItem {
        let reasons = message.because.map(fact)
        guard !hidden.isEmpty else {
            return PlanItem(node: message.node, title: message.title, text: message.text, reasons: reasons, date: message.date, chart: message.chart)
        }
        guard case .emit(let emission, _)? = graph.node(message.node)?.kind else {
            return PlanItem(node: message.node, title: nil, text: Self.cannotRedact, reasons: reasons, date: message.date, chart: message.chart)
        }
        return PlanItem(
            node: message.node, title: emission.title.map(render), text: render(emission.body), reasons: reasons,
            date: message.date, chart: message.chart)
    }

    /// What stands in for advice whose node is no longer in the dialogues: its text cannot be
    /// rendered again, and the recorded one may hold a hidden value.
    static let cannotRedact = "(This advice came from an older version of the dialogues and cannot be redacted, so its text is left out.)"

    private func render(_ template: Template) -> String {
        var rendered = values.templateValues(for: template.placeholders)
        for name in template.placeholders where hides(name) {
            rendered[name] = TemplateValue(text: RedactionLevel.mark, isAbsent: rendered[name]?.isNull ?? true)
        }
        return template.render(rendered)
    }
}
