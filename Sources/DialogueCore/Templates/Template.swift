import Mustache

/// A text of the dialogue: plain prose, or Mustache with `{{variable}}` placeholders.
///
/// Only variable tags, sections (`{{#x}}…{{/x}}`, `{{^x}}…{{/x}}`) and comments are allowed:
/// partials and delimiter changes would hide placeholders from `check`.
public struct Template: Hashable, Sendable {
    /// The text as written.
    public let source: String
    /// The variables the text reads, in order of first appearance.
    public let placeholders: [String]
    private let compiled: MustacheTemplate?

    /// Compiles `source`, or reports where it is malformed.
    public static func compile(_ source: String) -> Result<Template, TemplateError> {
        switch PlaceholderScanner.scan(source) {
        case .failure(let error):
            return .failure(error)
        case .success(let names):
            guard !names.isEmpty else { return .success(Template(source: source, placeholders: [], compiled: nil)) }
            do {
                // The text content type: terminal text must not be HTML-escaped.
                let compiled = try MustacheTemplate(string: contentTypePragma + source)
                return .success(Template(source: source, placeholders: names, compiled: compiled))
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = error.context.columnNumber - (line == 1 ? contentTypePragma.count : 0)
                return .failure(TemplateError(line: line, column: max(1, column), message: "the template is malformed (\(error.error))"))
            } catch {
                return .failure(TemplateError(line: 1, column: 1, message: "the template is malformed (\(error))"))
            }
        }
    }

    /// Renders with each placeholder's text; a name missing from `values` renders as `[name]`.
    public func render(_ values: [String: TemplateValue]) -> String {
        guard let compiled else { return source }
        var context: [String: TemplateValue] = [:]
        for name in placeholders { context[name] = values[name] ?? .missing(name) }
        return compiled.render(context)
    }

    private static let contentTypePragma = "{{%CONTENT_TYPE:TEXT}}"

    public static func == (lhs: Template, rhs: Template) -> Bool { lhs.source == rhs.source }
    public func hash(into hasher: inout Hasher) { hasher.combine(source) }
}

/// One placeholder's rendering: its text, and whether sections treat it as absent.
public struct TemplateValue: MustacheCustomRenderable, Sendable {
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
