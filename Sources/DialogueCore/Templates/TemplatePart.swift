/// A piece of a compiled dialogue text.
indirect enum TemplatePart: Sendable {
    case text(String)
    /// A placeholder: the variable's text, or its `[placeholder]` when it has no value.
    case value(String)
    /// Shown when the variable has a value that is not `no` (`{{#x}}`), or when it has none
    /// or `no` (`{{^x}}`, inverted).
    case section(String, inverted: Bool, [TemplatePart])

    /// Appends the parts' text, each placeholder filled from `values`; a name missing from
    /// `values` shows as `[name]` and counts as absent.
    static func render(_ parts: [TemplatePart], _ values: [String: TemplateValue], into output: inout String) {
        for part in parts {
            switch part {
            case .text(let text):
                output += text
            case .value(let name):
                output += (values[name] ?? .missing(name)).renderText
            case .section(let name, let inverted, let body):
                let present = values[name].map { !$0.isNull } ?? false
                if present != inverted { render(body, values, into: &output) }
            }
        }
    }
}
