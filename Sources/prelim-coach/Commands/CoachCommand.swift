import ArgumentParser
import DialogueCore
import Foundation

/// `prelim-coach coach`: the coaching session.
struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Start a coaching session (the default command).",
        discussion: """
            On a terminal the prompt has line editing, history (kept in the data directory) and \
            Tab completion of the choices and commands. Piped input is read line by line, one \
            answer a line, with no prompts or colour: when it runs out, optional questions take \
            their defaults and a missing required answer ends the session with exit status 1.

            At the prompt: :help, :back (undo the last answer), :summary (what you have told me), \
            :skip (skip an optional question), :quit. Ctrl-C clears the line, Ctrl-D ends the \
            session. NO_COLOR turns colour off.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "A YAML or JSON map of profile names to answers (for example 'target: derm'); the rest is asked.",
        valueName: "file"))
    var answers: String?

    @Option(name: .long, help: ArgumentHelp("Run as if today were this date.", valueName: "yyyy-mm-dd"))
    var today: CalendarDate?

    @OptionGroup var dialogueOptions: DialogueOptions

    func run() throws {
        let paths = Paths()
        if let warning = try paths.prepareDataDirectory() {
            FileHandle.standardError.write(Data(("warning: " + Sanitizer.clean(warning) + "\n").utf8))
        }
        let graph = try dialogueOptions.loadGraph()
        let answersFile = try answers.map { path throws(CoachError) in try AnswersFile.load(path: path, graph: graph) }
        let terminal = TerminalInfo()
        let reader: LineReader = terminal.stdinIsTerminal ? ReadlineReader(historyFile: paths.historyFile) : PipeReader()
        let loop = CoachLoop(
            engine: Engine(graph: graph),
            renderer: Renderer(style: TerminalStyle(width: terminal.width, colour: terminal.colour), graph: graph),
            reader: reader, answers: answersFile,
            write: { text in
                FileHandle.standardOutput.write(Data((text + "\n").utf8))
            })
        if loop.run(today: today ?? .today()) == .missingAnswers { throw ExitCode.failure }
    }
}
