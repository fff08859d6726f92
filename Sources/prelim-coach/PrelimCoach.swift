import ArgumentParser
import FoundationEssentials
import Glibc

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
        subcommands: [CoachCommand.self, ResumeCommand.self, SessionsCommand.self, ReplayCommand.self, ShareCommand.self,
                      CheckCommand.self, GraphCommand.self, PathsCommand.self],
        defaultSubcommand: CoachCommand.self
    )

    /// Runs the command line as ArgumentParser does, with two differences for safety: a file-size
    /// limit makes writes fail (EFBIG, reported and never counted as saved) instead of killing the
    /// process mid-line, and error messages, which can quote arguments, are sanitized. A command
    /// line with no option starts the session without the parser (`CoachRequest(unparsed:)`).
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        do {
            if let request = CoachRequest(unparsed: Array(CommandLine.arguments.dropFirst())) {
                try request.run()
            } else {
                var command = try parseAsRoot()
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            // Help, version and completion scripts are ours; only failures quote what was typed.
            let message = code == .success ? fullMessage(for: error) : Sanitizer.clean(fullMessage(for: error))
            if !message.isEmpty {
                if code == .success { StandardStream.output(message + "\n") } else { StandardStream.error(message + "\n") }
            }
            Glibc.exit(code.rawValue)
        }
    }
}
