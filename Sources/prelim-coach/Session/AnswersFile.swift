import DialogueCore
import Foundation
import Yams

/// Answers given ahead of time: a YAML or JSON map of profile names to values.
struct AnswersFile {
    /// The file as the user named it, for messages.
    let path: String
    /// Each answer as text, to be parsed like a typed answer; empty means skip.
    let answers: [String: String]

    /// Reads and checks every entry against the declarations, reporting all problems at once.
    static func load(path: String, graph: DialogueGraph) throws(CoachError) -> AnswersFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoachError.answersUnreadable(path, FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CoachError.answersUnreadable(path, "it is not UTF-8 text") }
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw CoachError.answersUnreadable(path, "it is not valid YAML or JSON (\(error))")
        }
        guard let mapping = root?.mapping else {
            throw CoachError.answersUnreadable(path, "it should be a map of profile names to values, such as 'target: derm'")
        }
        var answers: [String: String] = [:]
        var problems: [String] = []
        for (keyNode, valueNode) in mapping {
            let name = keyNode.scalar?.string ?? "?"
            switch check(name: name, value: valueNode, graph: graph) {
            case .success(let answer): answers[name] = answer
            case .failure(let problem): problems.append(problem.message)
            }
        }
        guard problems.isEmpty else { throw CoachError.answersInvalid(path, problems) }
        return AnswersFile(path: path, answers: answers)
    }

    private static func check(name: String, value: Yams.Node, graph: DialogueGraph) -> Result<String, AnswerError> {
        guard let declaration = graph.variable(name) else {
            let names = graph.variables.filter { !$0.isDerived }.map(\.name)
            let suggestion = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
            return .failure(AnswerError("\(name): not a profile name\(suggestion)"))
        }
        guard !declaration.isDerived else {
            return .failure(AnswerError("\(name): computed from other answers, it cannot be given"))
        }
        guard let scalar = value.scalar else {
            return .failure(AnswerError("\(name): should be a single value, not a list or map"))
        }
        let text = value.null != nil ? "" : scalar.string
        if text.isEmpty {
            return declaration.isOptional ? .success("") : .failure(AnswerError("\(name): is required and has no value"))
        }
        return AnswerParser.parse(text, for: declaration)
            .map { _ in text }
            .mapError { AnswerError("\(name): '\(text)' does not fit. \($0.message)") }
    }
}
