import ArgumentParser

@main
struct PrelimCoach: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "prelim-coach",
        abstract: "A coach for doctors who matched a prelim or transitional year but missed their specialty.",
        discussion: """
            With no subcommand, starts a coaching session ('coach'). Answers and data are kept in \
            $PRELIM_COACH_HOME, else $XDG_DATA_HOME/prelim-coach, else ~/.local/share/prelim-coach.
            """,
        version: version,
        subcommands: [CoachCommand.self, ResumeCommand.self, SessionsCommand.self, ReplayCommand.self, ShareCommand.self, CheckCommand.self],
        defaultSubcommand: CoachCommand.self
    )
}
