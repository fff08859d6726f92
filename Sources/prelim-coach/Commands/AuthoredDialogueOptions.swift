import ArgumentParser
import DialogueAuthoring
import FoundationEssentials
import Glibc

/// `--dialogues DIR` for the authoring tools, which need the files as written beside the graph.
struct AuthoredDialogueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The dialogues directory (default: found beside the executable or its build checkout).",
        valueName: "dir"))
    var dialogues: String?

    /// The checked graph with its files; on errors, prints every diagnostic to standard error and fails.
    func load() throws -> AuthoredDialogue {
        let directory = try DialogueLocator(explicit: dialogues).locate()
        let (sources, unreadable) = try DialogueLoader.read(directory, displayPath: dialogues ?? directory.path)
        let (dialogue, result) = AuthoredDialogue.load(sources)
        let errors = unreadable + result.errors
        guard let dialogue, errors.isEmpty else {
            for diagnostic in errors { StandardStream.error(Sanitizer.clean(diagnostic.description) + "\n") }
            throw CoachError.dialoguesInvalid(count: errors.count)
        }
        return dialogue
    }
}
