/// What kind of value a variable holds, with its constraints.
public enum VariableKind: Hashable, Codable, Sendable {
    case choice([ChoiceOption])
    case integer(min: Int, max: Int)
    case yesNo
    case text(maxLength: Int)
    case yearMonth
    case date

    public var typeName: String {
        switch self {
        case .choice: "choice"
        case .integer: "integer"
        case .yesNo: "yes/no"
        case .text: "text"
        case .yearMonth: "year-month"
        case .date: "date"
        }
    }

    /// The option with this key, when the kind is a choice.
    public func option(_ key: String) -> ChoiceOption? {
        guard case .choice(let options) = self else { return nil }
        return options.first { $0.key == key }
    }

    /// A value of this kind as a user reads it: a choice's label, `yes`/`no`, `July 2026`.
    public func display(_ value: Value) -> String {
        switch value {
        case .choice(let key): option(key)?.label ?? key
        case .integer(let number): String(number)
        case .bool(let flag): flag ? "yes" : "no"
        case .text(let text): text
        case .yearMonth(let month): month.spelledOut
        case .date(let day): day.spelledOut
        }
    }
}

/// The value a variable takes when its question is skipped or input runs out.
public enum DefaultValue: Hashable, Codable, Sendable {
    case value(Value)
    /// July of the academic year that contains the session's date.
    case academicYearStart

    /// The concrete value on a given day.
    public func resolved(today: CalendarDate) -> Value {
        switch self {
        case .value(let value):
            return value
        case .academicYearStart:
            let year = today.month >= 7 ? today.year : today.year - 1
            return .yearMonth(YearMonth(year: year, month: 7))
        }
    }
}

/// How a derived variable is computed from others.
public enum Derivation: Hashable, Sendable {
    case expression(Expression)
    /// The first case whose condition holds gives the value; otherwise the fallback.
    case cases([DerivationCase], fallback: Expression)
}

public struct DerivationCase: Hashable, Sendable {
    public let condition: Expression
    public let value: Expression

    public init(condition: Expression, value: Expression) {
        self.condition = condition
        self.value = value
    }
}

/// A typed variable, declared once in the dialogue files.
public struct VariableDecl: Hashable, Sendable {
    public let name: String
    /// A short noun phrase for summaries, such as "Step 2 CK score".
    public let label: String
    public let kind: VariableKind
    /// Optional questions may be skipped; skipping gives the default, if any.
    public let isOptional: Bool
    /// The parts most declarations leave as they are, kept apart: a declaration is then eight
    /// words, not sixteen, and a large graph declares a variable for each of tens of thousands
    /// of questions.
    private let rare: RareParts?

    public var defaultValue: DefaultValue? { rare?.defaultValue }
    /// What a template shows, in brackets, when the answer was skipped.
    public var placeholder: String { rare?.placeholder ?? Self.spaced(name) }
    /// Present for values the engine computes instead of asking.
    public var derivation: Derivation? { rare?.derivation }
    /// What a redacted plan hides of this variable.
    public var redaction: Redaction { rare?.redaction ?? .none }
    /// For a derived value: whether a shared plan lists it in the profile. Most derived values
    /// are steps of a computation (dates, flags) that a mentor does not need to read.
    public var isInPlan: Bool { rare?.isInPlan ?? false }

    public init(
        name: String, label: String, kind: VariableKind, isOptional: Bool = false,
        defaultValue: DefaultValue? = nil, placeholder: String? = nil, derivation: Derivation? = nil,
        redaction: Redaction = .none, isInPlan: Bool = false
    ) {
        self.name = name
        self.label = label
        self.kind = kind
        self.isOptional = isOptional
        let isPlain = defaultValue == nil && placeholder == nil && derivation == nil && redaction == .none && !isInPlan
        self.rare = isPlain ? nil : RareParts(
            defaultValue: defaultValue, placeholder: placeholder, derivation: derivation, redaction: redaction, isInPlan: isInPlan)
    }

    public static func == (lhs: VariableDecl, rhs: VariableDecl) -> Bool {
        lhs.name == rhs.name && lhs.label == rhs.label && lhs.kind == rhs.kind && lhs.isOptional == rhs.isOptional
            && (lhs.rare === rhs.rare
                || (lhs.defaultValue == rhs.defaultValue && lhs.placeholder == rhs.placeholder && lhs.derivation == rhs.derivation
                    && lhs.redaction == rhs.redaction && lhs.isInPlan == rhs.isInPlan))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(label)
        hasher.combine(kind)
        hasher.combine(isOptional)
        hasher.combine(defaultValue)
        hasher.combine(placeholder)
        hasher.combine(derivation)
        hasher.combine(redaction)
        hasher.combine(isInPlan)
    }

    /// `score_band` as `score band`. On bytes: the name's `Character`s cost thousands of
    /// instructions a declaration at every start, and `_` and space are single bytes.
    private static func spaced(_ name: String) -> String {
        String(decoding: name.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    public var isDerived: Bool { derivation != nil }

    /// The value as a user reads it: a choice's label, `yes`/`no`, `July 2026`.
    public func display(_ value: Value) -> String {
        kind.display(value)
    }

    /// The value as it reads inside a sentence of a template.
    public func inlineText(_ value: Value) -> String {
        if case .choice(let key) = value, let option = kind.option(key) { return option.text }
        return display(value)
    }
}

/// The parts of a declaration that most leave as they are.
private final class RareParts: Sendable {
    let defaultValue: DefaultValue?
    /// `nil` when the name, spaced, stands in.
    let placeholder: String?
    let derivation: Derivation?
    let redaction: Redaction
    let isInPlan: Bool

    init(defaultValue: DefaultValue?, placeholder: String?, derivation: Derivation?, redaction: Redaction, isInPlan: Bool) {
        self.defaultValue = defaultValue
        self.placeholder = placeholder
        self.derivation = derivation
        self.redaction = redaction
        self.isInPlan = isInPlan
    }
}
