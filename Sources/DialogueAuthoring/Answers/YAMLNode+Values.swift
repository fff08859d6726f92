/// What small YAML files of settings (answers, coverage thresholds) need of the reader's tree
/// beyond the dialogues' own needs.
extension YAMLNode {
    /// A YAML null (`~`, `null`, or nothing at all, written plain): a key given no value.
    var isNull: Bool {
        guard let scalar, scalar.style == .plain else { return false }
        guard tag == nil || tag == "tag:yaml.org,2002:null" else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}

extension YAMLFailure {
    /// Why a settings file cannot be read, in the words of a message about the whole file.
    var settingsFileMessage: String {
        switch self {
        case .refused(let problem):
            return problem.message
        case .syntax(let line, let column, let message):
            let problem = message.hasPrefix("YAML: ") ? String(message.dropFirst("YAML: ".count)) : message
            return "it is not valid YAML or JSON (line \(line), column \(column): \(problem))"
        }
    }
}
