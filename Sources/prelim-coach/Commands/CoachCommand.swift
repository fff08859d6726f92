import ArgumentParser
import DialogueCore
import FoundationEssentials
import Glibc

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

            Every turn is saved to a transcript before the next question (in the data \
            directory's sessions/, or --transcript FILE); 'prelim-coach resume' continues it.

            At the prompt: :help, :back (undo the last answer), :summary (what you have told me), \
            :skip (skip an optional question), :quit. Ctrl-C clears the line, Ctrl-D ends the \
            session. NO_COLOR turns colour off.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "A YAML or JSON map of profile names to answers (for example 'target: derm'; at most 64 KiB); the rest is asked.",
        valueName: "file"))
    var answers: String?

    @Option(name: .long, help: ArgumentHelp("Save the transcript to this new file instead of the data directory.", valueName: "file"))
    var transcript: String?

    @Option(name: .long, help: ArgumentHelp("Run as if today were this date.", valueName: "yyyy-mm-dd"))
    var today: CalendarDate?

    @OptionGroup var dialogueOptions: DialogueOptions

    func run() throws {
        try request.run()
    }

    /// The options as plain values.
    var request: CoachRequest {
        CoachRequest(answers: answers, transcript: transcript, today: today, dialogues: dialogueOptions.dialogues)
    }
}
