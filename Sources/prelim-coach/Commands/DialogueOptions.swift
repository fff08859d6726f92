import ArgumentParser
import DialogueAuthoring
import DialogueCore
import Foundation

/// `--dialogues DIR`, shared by the commands that load the dialogue graph.
struct DialogueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The dialogues directory (default: found beside the executable or its build checkout).",
        valueName: "dir"))
    var dialogues: String?

    /// The checked graph; on errors, prints every diagnostic to standard error and fails.
    func loadGraph() throws -> DialogueGraph {
        let directory = try DialogueLocator(explicit: dialogues).locate()
        let result = try DialogueLoader.load(directory, displayPath: dialogues ?? directory.path)
        guard let graph = result.graph else {
            for diagnostic in result.errors { FileHandle.standardError.write(Data((Sanitizer.clean(diagnostic.description) + "\n").utf8)) }
            throw CoachError.dialoguesInvalid(count: result.errors.count)
        }
        return graph
    }
}

extension CalendarDate: ExpressibleByArgument {
    /// `YYYY-MM-DD`.
    public init?(argument: String) {
        let parts = argument.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// Today in the local time zone: the only place the coach reads the clock.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
