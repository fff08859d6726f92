import DialogueCore
import FoundationEssentials

/// What `prelim-coach coach` was asked to do, apart from how it was asked: the session's
/// options as plain values, so that the default session can start without the command-line
/// parser (see `init?(unparsed:)`).
struct CoachRequest: Equatable {
    var answers: String?
    var transcript: String?
    var today: CalendarDate?
    var dialogues: String?

    /// The request of a command line that names no option: `prelim-coach` or
    /// `prelim-coach coach`, the way a session is usually started. `nil` for anything else,
    /// which ArgumentParser reads.
    ///
    /// ArgumentParser reflects on every command type at each start (and builds two more
    /// parsers to look for `--generate-completion-script`): about a fifth of the instructions
    /// before the first question. With no argument there is nothing for it to find, and the
    /// defaults are those of `CoachCommand`'s options, which a test holds equal.
    init?(unparsed arguments: [String]) {
        guard arguments.isEmpty || arguments == ["coach"] else { return nil }
        self.init()
    }

    init(answers: String? = nil, transcript: String? = nil, today: CalendarDate? = nil, dialogues: String? = nil) {
        self.answers = answers
        self.transcript = transcript
        self.today = today
        self.dialogues = dialogues
    }

    /// Loads the dialogues, opens the transcript and runs the session to its end.
    func run() throws {
        let paths = Paths()
        if let warning = try paths.prepareDataDirectory() {
            StandardStream.error("warning: " + Sanitizer.clean(warning) + "\n")
        }
        let (graph, sourceHash) = try DialogueOptions.load(dialogues: dialogues)
        let answersInAdvance = try answers.map { path throws(CoachError) in try AnswersFile.load(path: path, graph: graph) }?.answers ?? [:]
        let store = SessionStore(paths: paths)
        try store.prepare()
        let id = SessionStore.newID()
        let day = today ?? .today()
        let header = TranscriptHeader(
            appVersion: PrelimCoach.version, graphHash: sourceHash, sessionID: id, startedAt: SessionRunner.now(),
            timeZone: LocalTime.zoneIdentifier, today: day, answersInAdvance: answersInAdvance)
        let journal = try Journal.create(at: transcript ?? store.file(for: id).path, header: header, clock: SessionRunner.now)
        let engine = Engine(graph: graph)
        try SessionRunner(paths: paths, engine: engine).run(
            from: engine.start(today: day, answersInAdvance: answersInAdvance), journal: journal,
            resumeCommand: store.resumeCommand(for: journal.path))
    }
}
