import DialogueAuthoring
import DialogueCore
import FoundationEssentials
import Glibc

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
        do {
            return try BoundedFile.read(path, atMost: AnswersReader.maximumFileBytes + 1)
        } catch {
            switch error {
            case .cannotOpen: throw CoachError.answersUnreadable(path, "permission denied")
            case .unreadable(let reason): throw CoachError.answersUnreadable(path, reason)
            }
        }
    }
}
