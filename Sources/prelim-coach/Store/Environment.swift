import FoundationEssentials
import Glibc

/// The environment variables the tool reads, and only those.
///
/// Read with `getenv`: `ProcessInfo.environment` copies every variable into a dictionary on
/// each call, which showed in the time to the first question.
enum Environment {
    static let names = ["PRELIM_COACH_HOME", "XDG_DATA_HOME", "HOME", "PRELIM_COACH_DIALOGUES", "NO_COLOR", "TERM", "COLUMNS"]

    /// The set ones among `names`, by name.
    static var current: [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
