/// The variables' values in a session, derived ones computed on demand.
public struct SessionValues: ValueSource {
    public let graph: DialogueGraph
    private let source: Source
    /// The session's day, for `today()`.
    public let today: CalendarDate?

    private enum Source {
        case names([String: Binding])
        case session(Session)
    }

    public init(graph: DialogueGraph, bindings: [String: Binding], today: CalendarDate? = nil) {
        self.graph = graph
        self.source = .names(bindings)
        self.today = today
    }

    /// The values of a session on its own day.
    public init(graph: DialogueGraph, session: Session) {
        self.graph = graph
        self.source = .session(session)
        self.today = session.today
    }

    /// What is known about each variable, by name.
    public var bindings: [String: Binding] {
        switch source {
        case .names(let bindings): bindings
        case .session(let session): session.bindings
        }
    }

    public func value(of variable: String) -> Value? {
        switch source {
        case .names(let bindings):
            if let binding = bindings[variable] { return binding.value }
        case .session(let session):
            // A session of this graph reads by slot, derived values included.
            if session.layout === graph.storage.layout, let slot = graph.storage.layout.slots[variable] {
                return session.value(atSlot: slot)
            }
            if let binding = session.binding(variable) { return binding.value }
        }
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
