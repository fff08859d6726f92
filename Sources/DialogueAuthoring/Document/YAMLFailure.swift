/// Why a YAML text gives no tree: refused by `YAMLGuard`'s checks, or not YAML.
enum YAMLFailure: Error {
    case refused(YAMLGuard.Problem)
    /// `message` is the whole text shown, `YAML: ` and libyaml's problem.
    case syntax(line: Int, column: Int, message: String)

    func diagnostic(file: String) -> Diagnostic {
        switch self {
        case .refused(let problem):
            let code: DiagnosticCode = problem.kind == .tooDeep ? .nestingTooDeep : .anchorOrAlias
            return Diagnostic(code, at: SourceLocation(file: file, line: problem.line, column: problem.column), problem.message)
        case .syntax(let line, let column, let message):
            return Diagnostic(.yamlSyntax, at: SourceLocation(file: file, line: line, column: column), message)
        }
    }
}
