import ArgumentParser
import DialogueCore
import FoundationEssentials
import Glibc

/// `prelim-coach resume [ID|FILE]`: continue a saved session where it stopped.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue the latest unfinished session, or the one named, where it stopped.",
        discussion: """
            With no argument, continues the unfinished session with the latest activity \
            ('prelim-coach sessions' lists them). Shows what you have told the coach so far, then \
            asks the open question again; every turn keeps being saved to the same transcript.

            The session is rebuilt from its transcript against the current dialogues: answers \
            recorded at renamed or removed questions follow the dialogues' 'migrations:', and \
            answers recorded after a newly added question are kept for when their questions come.
            """
    )

    @Argument(help: ArgumentHelp("A session id (or its start), or a transcript file.", valueName: "id|file"))
    var session: String?

    @Option(name: .long, help: ArgumentHelp("Continue as if today were this date.", valueName: "yyyy-mm-dd"))
    var today: CalendarDate?

    @OptionGroup var dialogueOptions: DialogueOptions

    func run() throws {
        let paths = Paths()
        let store = SessionStore(paths: paths)
        let file = try TranscriptFile.read(try session.map { name throws(CoachError) in try store.resolve(name) } ?? latestUnfinished(in: store))
        if let notice = file.tornNotice { StandardStream.error(Sanitizer.clean(notice) + "\n") }
        guard !file.isFinished else { throw CoachError.sessionFinished(file.path) }
        let (graph, _) = try dialogueOptions.load()
        let engine = Engine(graph: graph)
        let rebuilt: SessionRebuild.Rebuilt
        switch SessionRebuild.rebuild(file.transcript, with: engine) {
        case .success(let value): rebuilt = value
        case .failure(let error): throw CoachError.transcriptInvalid(file.path, line: error.line, error.message)
        }
        var state = rebuilt.session
        state.today = today ?? .today()
        let journal = try Journal.reopen(at: file.path, keepingBytes: file.completeLength, readLength: file.readLength, clock: SessionRunner.now)
        journal.record([.resumed(today: state.today)])
        let question = state.awaitedNode.flatMap { engine.question(at: $0, in: state) }
        let renderer = Renderer(style: TerminalStyle(width: TerminalInfo().width, colour: TerminalInfo().colour), graph: graph)
        let summary = ["Resuming session \(Sanitizer.clean(file.transcript.header.sessionID)), started \(Sanitizer.clean(file.transcript.header.startedAt))."]
            + rebuilt.notes.map { renderer.warning($0) }
            + [renderer.recap(engine.recap(of: state))]
        try SessionRunner(paths: paths, engine: engine).run(
            from: (state, question.map { [.asked($0)] } ?? []), journal: journal,
            resumeCommand: store.resumeCommand(for: file.path), before: summary)
    }

    private func latestUnfinished(in store: SessionStore) throws(CoachError) -> URL {
        let open = store.all().compactMap { try? TranscriptFile.read($0) }.filter { !$0.isFinished }
        guard let latest = open.max(by: { $0.lastActivity < $1.lastActivity }) else { throw CoachError.nothingToResume }
        return URL(fileURLWithPath: latest.path)
    }
}
