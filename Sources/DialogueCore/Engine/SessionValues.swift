/// The variables' values in a session, derived ones computed on demand.
public struct SessionValues: ValueSource {
    public let graph: DialogueGraph
    public let bindings: [String: Binding]
    /// The session's day, for `today()`.
    public let today: CalendarDate?

    public init(graph: DialogueGraph, bindings: [String: Binding], today: CalendarDate? = nil) {
        self.graph = graph
        self.bindings = bindings
        self.today = today
    }

    /// The values of a session on its own day.
    public init(graph: DialogueGraph, session: Session) {
        self.init(graph: graph, bindings: session.bindings, today: session.today)
    }

    public func value(of variable: String) -> Value? {
        if let binding = bindings[variable] { return binding.value }
        guard let derivation = graph.variable(variable)?.derivation else { return nil }
        switch derivation {
        case .expression(let expression):
            return Evaluator.value(of: expression, in: self)
        case .cases(let cases, let fallback):
            let chosen = cases.first { Evaluator.holds($0.condition, in: self) }
            return Evaluator.value(of: chosen?.value ?? fallback, in: self)
        }
    }

    /// Each placeholder's rendering: the value as it reads in a sentence, or `[placeholder]`.
    public func templateValues(for names: [String]) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = [:]
        for name in names {
            guard let declaration = graph.variable(name) else { continue }
            guard let value = value(of: name) else {
                values[name] = .missing(declaration.placeholder)
                continue
            }
            let isNo = value == .bool(false)
            values[name] = TemplateValue(text: declaration.inlineText(value), isAbsent: isNo)
        }
        return values
    }

    public func render(_ template: Template) -> String {
        // Most texts have no placeholder: no values to gather.
        if let fixed = template.fixedText { return fixed }
        return template.render(templateValues(for: template.placeholders))
    }
}
