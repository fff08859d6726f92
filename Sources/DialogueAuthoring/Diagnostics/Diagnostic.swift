/// One finding of the dialogue checker.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public let code: DiagnosticCode
    public let severity: Severity
    public let location: SourceLocation
    public let message: String

    public init(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.code = code
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// The one printed form: `dialogues/ortho.yaml:14:7: error: [PC012] 'next' names …`.
    public var description: String {
        "\(location): \(severity.rawValue): [\(code.rawValue)] \(message)"
    }
}
