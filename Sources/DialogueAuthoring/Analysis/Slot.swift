import DialogueCore

/// What the analysis knows of one variable on a route.
enum Slot: Hashable, Sendable {
    /// No question or `set` gave it a value on this route.
    case never
    /// Asked and skipped with no default (or set from an unknown value): it holds nothing.
    case skipped
    case value(Value)
    /// A value the analysis does not model (free text, months in arithmetic, later types).
    case opaque

    /// How an example shows it: `derm`, `245`, `yes`, `'text'`, `2026-07`, `skipped`.
    var text: String {
        switch self {
        case .never: "never asked"
        case .skipped: "skipped"
        case .opaque: "any value"
        case .value(let value): Self.text(of: value)
        }
    }

    static func text(of value: Value) -> String {
        switch value {
        case .choice(let key): key
        case .integer(let number): String(number)
        case .bool(let flag): flag ? "yes" : "no"
        case .text(let text): "'\(text)'"
        default:
            if case .yearMonth(let month) = value { month.description } else { "\(value)" }
        }
    }

    /// The binding the engine would hold, for evaluating with the engine's own rules.
    var binding: Binding? {
        switch self {
        case .never, .opaque: nil
        case .skipped: Binding(value: nil, source: .skipped)
        case .value(let value): Binding(value: value, source: .answered)
        }
    }
}
