import ArgumentParser
import DialogueCore
import FoundationEssentials
import Glibc

/// `prelim-coach replay [--check] ID|FILE`: the conversation as it happened, or proof that the
/// current dialogues still hold the same conversation.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Show a saved conversation as it happened, readable by a mentor.",
        discussion: """
            Everything read from the file is cleaned of control characters and escape sequences \
            before it reaches the terminal. With --check, the recorded answers are run through \
            the current dialogues instead: exit 0 if the conversation is identical, 1 with the \
            first divergence (the line, the node, what was recorded, what happens now).
            """
    )

    @Flag(name: .long, help: "Run the recorded answers through the current dialogues and compare.")
    var check = false

    @Argument(help: ArgumentHelp("A session id (or its start), or a transcript file.", valueName: "id|file"))
    var session: String

    @OptionGroup var dialogueOptions: DialogueOptions

    func run() throws {
        let file = try TranscriptFile.read(try SessionStore(paths: Paths()).resolve(session))
        if let notice = file.tornNotice { StandardStream.error(Sanitizer.clean(notice) + "\n") }
        if check { return try checkReplay(file) }
        let terminal = TerminalInfo()
        let renderer = Renderer(style: TerminalStyle(width: terminal.width, colour: terminal.colour), graph: try? dialogueOptions.load().graph)
        let header = file.transcript.header
        print(Sanitizer.clean("Session \(header.sessionID), started \(header.startedAt) (\(header.timeZone)); transcript \(file.path)"))
        for (_, timed) in file.transcript.events {
            if let text = Self.render(timed.event, renderer) { print(text) }
        }
    }

    static func render(_ event: TranscriptEvent, _ renderer: Renderer) -> String? {
        switch event {
        case .output(let output):
            return renderer.render(output)
        case .input(.answered(let text), _, _):
            return "> " + Sanitizer.clean(text)
        case .input(let input, _, _):
            switch input {
            case .skipRequested: return "> :skip"
            case .backRequested: return "> :back"
            case .recapRequested: return "> :summary"
            case .inputEnded: return renderer.warning("(the input ended here)")
            case .answered: return nil
            }
        case .resumed(let today):
            return renderer.warning("\n(resumed on \(today))")
        }
    }

    private func checkReplay(_ file: TranscriptFile) throws {
        let (graph, sourceHash) = try dialogueOptions.load()
        let events = file.transcript.events.count
        switch Replay.check(file.transcript, with: Engine(graph: graph)) {
        case .identical:
            let changed = sourceHash == file.transcript.header.graphHash ? "" : " (the dialogue files changed since, but not this conversation)"
            print(Sanitizer.clean("\(file.path): identical, \(events) events replayed\(changed)"))
        case .diverged(let divergence):
            print(Sanitizer.clean("""
                \(file.path):\(divergence.line): the conversation diverges at node '\(divergence.node ?? "-")'
                  recorded: \(divergence.recorded)
                  now:      \(divergence.found)
                """))
            throw ExitCode.failure
        }
    }
}
