import DialogueAuthoring
import DialogueCore
import Foundation

/// Answers given ahead of time: a YAML or JSON map of profile names to values.
struct AnswersFile {
    /// The file as the user named it, for messages.
    let path: String
    /// Each answer as text, to be parsed like a typed answer; empty means skip.
    let answers: [String: String]

    /// Reads and checks every entry against the declarations, reporting all problems at once.
    static func load(path: String, graph: DialogueGraph) throws(CoachError) -> AnswersFile {
        switch AnswersReader.read(try read(path), graph: graph) {
        case .success(let answers): return AnswersFile(path: path, answers: answers)
        case .failure(.unreadable(let reason)): throw CoachError.answersUnreadable(path, reason)
        case .failure(.invalid(let problems)): throw CoachError.answersInvalid(path, problems)
        }
    }

    /// Reads at most one byte past the limit, so a huge file (or a device) is never read whole.
    private static func read(_ path: String) throws(CoachError) -> Data {
        if let problem = FileErrorText.notAFile(path) { throw CoachError.answersUnreadable(path, problem) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CoachError.answersUnreadable(path, "permission denied") }
        defer { try? handle.close() }
        do {
            return try handle.read(upToCount: AnswersReader.maximumFileBytes + 1) ?? Data()
        } catch {
            throw CoachError.answersUnreadable(path, FileErrorText.describe(error))
        }
    }
}
