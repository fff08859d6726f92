import ArgumentParser
import DialogueAuthoring
import DialogueCore
import FoundationEssentials
import Glibc

/// `--dialogues DIR`, shared by the commands that load the dialogue graph.
struct DialogueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The dialogues directory (default: found beside the executable or its build checkout).",
        valueName: "dir"))
    var dialogues: String?

    /// The checked graph and the hash of its files; on errors, prints every diagnostic to
    /// standard error and fails.
    func load() throws -> (graph: DialogueGraph, sourceHash: String) {
        try Self.load(dialogues: dialogues)
    }

    /// `load()` for a directory given as a plain value.
    static func load(dialogues: String?) throws -> (graph: DialogueGraph, sourceHash: String) {
        let directory = try DialogueLocator(explicit: dialogues).locate()
        let result = try DialogueLoader.load(directory, displayPath: dialogues ?? directory.path)
        guard let graph = result.graph else {
            for diagnostic in result.errors { StandardStream.error(Sanitizer.clean(diagnostic.description) + "\n") }
            throw CoachError.dialoguesInvalid(count: result.errors.count)
        }
        return (graph, result.sourceHash)
    }
}
