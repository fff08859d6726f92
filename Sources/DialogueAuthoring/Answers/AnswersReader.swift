import DialogueCore
import FoundationEssentials

/// Reads answers given ahead of time (`--answers FILE`): a YAML or JSON map of profile names to
/// values, each checked against its declaration. Pure: the caller reads the file.
public enum AnswersReader {
    /// Largest answers file read: a profile is a few dozen short lines.
    public static let maximumFileBytes = 64 * 1024

    /// Why a whole file was refused, before any entry was looked at.
    public enum Failure: Error, Equatable, Sendable {
        /// The file as a whole cannot be read as answers; the text says why.
        case unreadable(String)
        /// Entries that do not fit their declarations, one message each.
        case invalid([String])
    }

    /// Each answer as text, to be parsed like a typed answer; an empty text means skip.
    public static func read(_ data: Data, graph: DialogueGraph) -> Result<[String: String], Failure> {
        guard data.count <= maximumFileBytes else {
            return .failure(.unreadable("it is larger than \(maximumFileBytes / 1024) KiB; an answers file is a short list of 'name: value' lines"))
        }
        guard let text = String(validating: data, as: UTF8.self) else { return .failure(.unreadable("it is not UTF-8 text")) }
        let entries: [(name: String, value: SettingsFile.Value)]
        switch SettingsFile.entries(in: text) {
        case .success(let read?): entries = read
        case .success(nil), .failure(.notAMap):
            return .failure(.unreadable("it should be a map of profile names to values, such as 'target: derm'"))
        case .failure(.unreadable(let reason)):
            return .failure(.unreadable(reason))
        }
        var answers: [String: String] = [:]
        var problems: [String] = []
        for (name, value) in entries {
            switch check(name: name, value: value, graph: graph) {
            case .success(let answer): answers[name] = answer
            case .failure(let problem): problems.append(problem.message)
            }
        }
        guard problems.isEmpty else { return .failure(.invalid(problems)) }
        return .success(answers)
    }

    private static func check(name: String, value: SettingsFile.Value, graph: DialogueGraph) -> Result<String, AnswerError> {
        guard let declaration = graph.variable(name) else {
            let names = graph.variables.filter { !$0.isDerived }.map(\.name)
            let suggestion = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
            return .failure(AnswerError("\(name): not a profile name\(suggestion)"))
        }
        guard !declaration.isDerived else {
            return .failure(AnswerError("\(name): computed from other answers, it cannot be given"))
        }
        let text: String
        switch value {
        case .collection: return .failure(AnswerError("\(name): should be a single value, not a list or map"))
        case .none: text = ""
        case .text(let written): text = written
        }
        if text.isEmpty {
            return declaration.isOptional ? .success("") : .failure(AnswerError("\(name): is required and has no value"))
        }
        return AnswerParser.parse(text, for: declaration)
            .map { _ in text }
            .mapError { AnswerError("\(name): '\(Self.shortened(text))' does not fit. \($0.message)") }
    }

    /// A value quoted back in a message: long ones are cut, so one bad entry cannot flood the screen.
    private static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
