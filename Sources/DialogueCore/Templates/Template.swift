/// A text of the dialogue: plain prose, or prose with `{{variable}}` placeholders.
///
/// The tags are Mustache's: variables (`{{x}}`, `{{{x}}}`, `{{&x}}`), sections (`{{#x}}…{{/x}}`,
/// `{{^x}}…{{/x}}`) and comments (`{{! … }}`). Partials and delimiter changes are refused:
/// they would hide placeholders from `check`.
public struct Template: Hashable, Sendable {
    /// The text as written.
    public let source: String
    /// What a text with tags reads and shows; `nil` for a text without tags, shown as written.
    /// Kept apart, as few texts have tags: a template is then three words, not six, and every
    /// `say` and `ask` node of a large graph holds one or two.
    private let tagged: TaggedParts?

    /// The variables the text reads, in order of first appearance.
    public var placeholders: [String] { tagged?.placeholders ?? [] }
    /// What the text shows in every session when it reads no variable (its comments, and the
    /// lines they stood alone on, taken out); `nil` when it reads variables.
    public var fixedText: String? { tagged.map(\.fixedText) ?? source }

    private init(source: String, tagged: TaggedParts?) {
        self.source = source
        self.tagged = tagged
    }

    /// Compiles `source`, or reports where it is malformed.
    public static func compile(_ source: String) -> Result<Template, TemplateError> {
        guard hasTag(source) else { return .success(Template(source: source, tagged: nil)) }
        var parser = TemplateParser(source)
        do {
            let parts = try parser.parse()
            return .success(Template(source: source, tagged: TaggedParts(placeholders: parser.placeholders, parts: parts)))
        } catch {
            return .failure(error.error(in: source))
        }
    }

    /// Renders with each placeholder's text; a name missing from `values` renders as `[name]`.
    public func render(_ values: [String: TemplateValue]) -> String {
        guard let tagged else { return source }
        var output = ""
        TemplatePart.render(tagged.parts, values, into: &output)
        return output
    }

    /// Whether `{{` occurs. Most texts are prose without it, and every text is asked at each
    /// start: on the bytes in place, looking at every second byte (a `{{` has a brace on one).
    private static func hasTag(_ source: String) -> Bool {
        let found = source.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 1
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "{"),
                   bytes[index - 1] == UInt8(ascii: "{") || (index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "{")) {
                    return true
                }
                index += 2
            }
            return false
        }
        return found ?? zip(source.utf8, source.utf8.dropFirst()).contains { $0 == UInt8(ascii: "{") && $1 == UInt8(ascii: "{") }
    }

    public static func == (lhs: Template, rhs: Template) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// A text's tags, compiled: its parts, the variables they read and, when they read none, the
/// text they show.
private final class TaggedParts: Sendable {
    let placeholders: [String]
    let parts: [TemplatePart]
    let fixedText: String?

    init(placeholders: [String], parts: [TemplatePart]) {
        self.placeholders = placeholders
        self.parts = parts
        if placeholders.isEmpty {
            var shown = ""
            TemplatePart.render(parts, [:], into: &shown)
            fixedText = shown
        } else {
            fixedText = nil
        }
    }
}

/// One placeholder's rendering: its text, and whether sections treat it as absent.
public struct TemplateValue: Sendable {
    public let renderText: String
    /// Skipped answers and `no` are absent: `{{#x}}` hides its section, `{{^x}}` shows it.
    public let isNull: Bool

    public init(text: String, isAbsent: Bool = false) {
        self.renderText = text
        self.isNull = isAbsent
    }

    /// The visible stand-in for a skipped answer, such as `[your hospital]`.
    public static func missing(_ placeholder: String) -> TemplateValue {
        TemplateValue(text: "[\(placeholder)]", isAbsent: true)
    }
}

/// A malformed template, at a line and column within its text.
public struct TemplateError: Error, Hashable, Sendable {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
