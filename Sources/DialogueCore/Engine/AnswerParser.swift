import FoundationEssentials

/// Turns a typed answer into a value of the question's kind, or says why it does not fit.
public enum AnswerParser {
    /// Longest answer accepted, in bytes of UTF-8: an answer is a line, not a document.
    public static let maximumBytes = 4096

    public static func parse(_ raw: String, for declaration: VariableDecl) -> Result<Value, AnswerError> {
        parse(raw, kind: declaration.kind, label: declaration.label)
    }

    /// The answer as a value of `kind`; `label` names the variable in the reasons it is refused.
    public static func parse(_ raw: String, kind: VariableKind, label: String) -> Result<Value, AnswerError> {
        parse(raw, kind: kind) { label }
    }

    /// The answer as a value of `kind`; `label` names the variable in the reasons it is refused,
    /// and is asked for only then.
    static func parse(_ raw: String, kind: VariableKind, label: () -> String) -> Result<Value, AnswerError> {
        let text = isTrimmed(raw) ? raw : raw.trimmingWhitespaceAndNewlines()
        guard text.utf8.count <= maximumBytes else {
            return .failure(AnswerError("That answer is longer than \(maximumBytes) bytes; please shorten it."))
        }
        guard !text.isEmpty else {
            return .failure(AnswerError("An answer is needed for \(label())."))
        }
        switch kind {
        case .choice(let options): return choice(text, options)
        case .integer(let min, let max): return integer(text, min: min, max: max, label: label)
        case .yesNo: return yesNo(text)
        case .text(let maxLength): return freeText(text, maxLength: maxLength)
        case .yearMonth: return yearMonth(text)
        case .date: return date(text)
        }
    }

    /// Whether `text` neither starts nor ends with white space, so that trimming would change
    /// nothing. Unicode's White_Space is exactly Foundation's `whitespacesAndNewlines`, and
    /// asking first skips Foundation's bridging, a fifth of the cost of a turn.
    public static func isTrimmed(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        return !isWhitespace(first) && !isWhitespace(last)
    }

    /// Unicode's White_Space, answered without the property tables for ASCII, where it is
    /// exactly tab, line feed, vertical tab, form feed, carriage return and space.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (0x09...0x0D).contains(scalar.value)
    }

    /// Whether `text` is empty or only spaces and tabs (an empty answer skips an optional question).
    public static func isBlank(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        // A first character that is not white space settles it without Foundation.
        guard isWhitespace(first) else { return false }
        return text.trimmingWhitespace().isEmpty
    }

    private static func choice(_ text: String, _ options: [ChoiceOption]) -> Result<Value, AnswerError> {
        if let number = Int(text) {
            guard options.indices.contains(number - 1) else {
                return .failure(AnswerError("Choose a number from 1 to \(options.count)."))
            }
            return .success(.choice(options[number - 1].key))
        }
        let typed = normalized(text)
        let exact = options.filter { option in
            ([option.key, option.label] + option.aliases).contains { normalized($0) == typed }
        }
        if exact.count == 1 { return .success(.choice(exact[0].key)) }
        let prefixed = options.filter { option in
            ([option.key, option.label] + option.aliases).contains { normalized($0).hasPrefix(typed) }
        }
        switch prefixed.count {
        case 1:
            return .success(.choice(prefixed[0].key))
        case 0:
            let listed = options.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: ", ")
            return .failure(AnswerError("'\(text)' is not one of the options: \(listed)."))
        default:
            let listed = prefixed.map(\.label).joined(separator: ", ")
            return .failure(AnswerError("'\(text)' could mean \(listed); type more of it, or its number."))
        }
    }

    /// Case, spaces, hyphens and underscores do not matter when matching a choice.
    private static func normalized(_ text: String) -> String {
        text.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 }.reduce(into: "") { $0.append($1) }
    }

    private static func integer(_ text: String, min: Int, max: Int, label: () -> String) -> Result<Value, AnswerError> {
        guard let number = Int(text) else {
            return .failure(AnswerError("\(label()) is a whole number from \(min) to \(max); '\(text)' is not."))
        }
        guard (min...max).contains(number) else {
            return .failure(AnswerError("\(label()) must be from \(min) to \(max); \(number) is out of range."))
        }
        return .success(.integer(number))
    }

    private static func yesNo(_ text: String) -> Result<Value, AnswerError> {
        switch text.lowercased() {
        case "yes", "y", "true": .success(.bool(true))
        case "no", "n", "false": .success(.bool(false))
        default: .failure(AnswerError("Please answer yes or no."))
        }
    }

    private static func freeText(_ text: String, maxLength: Int) -> Result<Value, AnswerError> {
        // Control characters have no place in a name or a hospital, and could drive a terminal.
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            // Foundation's control characters: the categories Cc and Cf.
            let category = $0.properties.generalCategory
            return category != .control && category != .format
        }))
        guard !cleaned.isEmpty else { return .failure(AnswerError("That answer has no printable text.")) }
        guard cleaned.count <= maxLength else {
            return .failure(AnswerError("Please keep this to \(maxLength) characters (that was \(cleaned.count))."))
        }
        return .success(.text(cleaned))
    }

    private static func yearMonth(_ text: String) -> Result<Value, AnswerError> {
        guard let month = YearMonthParser.parse(text) else {
            return .failure(AnswerError("Give a month and year, such as 2026-07 or July 2026."))
        }
        return .success(.yearMonth(month))
    }
}

extension AnswerParser {
    /// A day written `YYYY-MM-DD`, the one form that cannot be misread across countries.
    static func date(_ text: String) -> Result<Value, AnswerError> {
        guard let day = CalendarDate(isoText: text) else {
            return .failure(AnswerError("Give a date as year-month-day, such as 2026-09-03."))
        }
        return .success(.date(day))
    }
}

/// Why an answer does not fit, in words for the user.
public struct AnswerError: Error, Hashable, Sendable {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }
}
