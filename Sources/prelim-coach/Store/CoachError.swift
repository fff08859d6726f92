/// Every failure the command line reports, turned into words in one place.
enum CoachError: Error, CustomStringConvertible {
    case dialoguesNotFound(searched: [String])
    case dialoguesUnreadable(String, String)
    case dialoguesInvalid(count: Int)
    case dataDirectory(String, String)
    case answersUnreadable(String, String)
    case answersInvalid(String, [String])
    case transcriptInvalid(String, line: Int, String)
    case transcriptUnreadable(String, String)
    case transcriptUnwritable(String, String)
    case transcriptExists(String)
    case transcriptLocked(String)
    case sessionNotFound(String, [String])
    case nothingToResume
    case sessionFinished(String)
    case outputUnwritable(String, String)
    case thresholdInvalid(String, String)
    case exportUnwritable(String, String)
    case noDatedMilestones(String)
    case shareArguments(String)

    /// The message, safe for a terminal: it may quote file names and answers-file values.
    var description: String { Sanitizer.clean(message) }

    private var message: String {
        switch self {
        case .dialoguesNotFound(let searched):
            "cannot find the dialogues directory; looked in:\n"
                + searched.map { "  \($0)" }.joined(separator: "\n")
                + "\nPass --dialogues DIR or set PRELIM_COACH_DIALOGUES."
        case .dialoguesUnreadable(let path, let reason):
            "cannot read the dialogues at \(path): \(reason)"
        case .dialoguesInvalid(let count):
            "the dialogues have \(count) error\(count == 1 ? "" : "s") (listed above); run 'prelim-coach check' after fixing them"
        case .dataDirectory(let path, let reason):
            "cannot use the data directory \(path): \(reason); set PRELIM_COACH_HOME to a directory you can write to"
        case .answersUnreadable(let path, let reason):
            "cannot read the answers file \(path): \(reason)"
        case .answersInvalid(let path, let problems):
            "the answers file \(path) has problems:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        case .transcriptInvalid(let path, let line, let reason):
            "\(path):\(line): \(reason)"
        case .transcriptUnreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .transcriptUnwritable(let path, let reason):
            "cannot save the session to \(path): \(reason)"
        case .transcriptExists(let path):
            "\(path) already exists; choose a new file, or continue it with 'prelim-coach resume \(path)'"
        case .transcriptLocked(let path):
            "the session in \(path) is open in another PrelimCoach; finish or quit that one first"
        case .sessionNotFound(let name, let known):
            "no saved session is called '\(name)'" + (known.isEmpty ? "" : "; 'prelim-coach sessions' lists them")
        case .nothingToResume:
            "there is no unfinished session to resume; start one with 'prelim-coach'"
        case .sessionFinished(let path):
            "the session in \(path) is finished; read it with 'prelim-coach replay \(path)'"
        case .outputUnwritable(let path, let reason):
            "cannot write \(path): \(reason)"
        case .thresholdInvalid(let path, let reason):
            "the coverage threshold file \(path) is wrong: \(reason)"
        case .exportUnwritable(let path, let reason):
            "cannot write the plan to \(path): \(reason)"
        case .noDatedMilestones(let path):
            "the session in \(path) has no dated milestones yet, so there is nothing to put in a calendar; share it as markdown or html"
        case .shareArguments(let problem):
            problem
        }
    }
}
