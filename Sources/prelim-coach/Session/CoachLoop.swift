import DialogueCore
import FoundationEssentials
import Glibc

/// The imperative shell around the engine: reads a line, sends the input, saves the turn,
/// renders the outputs.
struct CoachLoop {
    let engine: Engine
    let renderer: Renderer
    let reader: LineReader
    /// Where every turn is saved before it is shown; `nil` saves nothing.
    let journal: Journal?
    /// The command that continues this session, such as `prelim-coach resume 20261125-091403-1a2b`.
    let resumeCommand: String
    let write: (String) -> Void

    /// How the session ended, for the exit status.
    enum Ending: Equatable {
        case finished
        case quit
        case missingAnswers
        /// SIGINT, SIGTERM or SIGHUP while not at a terminal prompt, or SIGTERM/SIGHUP at one.
        case signalled(Int32)
        case saveFailed
    }

    /// Runs from `start` (a new session's first outputs, or a resumed one's state).
    func run(from start: (Session, [Output])) -> Ending {
        var session = start.0
        guard save(start.1.map(TranscriptEvent.output)) else { return .saveFailed }
        show(start.1)
        while true {
            switch session.status {
            case .ended(.finished): return .finished
            case .ended(.missingAnswers): return .missingAnswers
            case .running, .awaiting: break
            }
            guard let node = session.awaitedNode, let question = engine.question(at: node, in: session) else { return .finished }
            switch reader.read(prompt: "> ", completions: completions(for: question)) {
            case .line(let line):
                switch ReplCommand.parse(line) {
                case nil:
                    guard let next = apply(.answered(line), to: session) else { return .saveFailed }
                    session = next
                case .failure(let unknown)?:
                    write(renderer.warning(unknown.message))
                case .success(.quit)?:
                    return farewell(.quit)
                case .success(.help)?:
                    write(ReplCommand.helpText)
                case .success(let command)?:
                    guard let input = command.input, let next = apply(input, to: session) else { return .saveFailed }
                    session = next
                }
            case .interrupted:
                continue
            case .endOfInput:
                // A person pressing Ctrl-D is leaving; a script running out of answers is not.
                if reader.isInteractive { return farewell(.quit) }
                guard let next = apply(.inputEnded, to: session) else { return .saveFailed }
                session = next
            case .terminated(let signal):
                return farewell(.signalled(signal))
            }
        }
    }

    /// Sends `input`, saves the turn, then shows it; `nil` when the turn could not be saved.
    private func apply(_ input: Input, to session: Session) -> Session? {
        let (next, outputs) = engine.handle(input, in: session)
        let events = [TranscriptEvent.input(input, node: session.awaitedNode, source: .typed)] + outputs.map(TranscriptEvent.output)
        guard save(events, unsaved: Self.retypable(input)) else { return nil }
        show(outputs)
        return next
    }

    /// What the user would type again to redo `input` after a failed save.
    private static func retypable(_ input: Input) -> String? {
        switch input {
        case .answered(let text): text.isEmpty ? "(an empty line: just Enter)" : text
        case .skipRequested: ":skip"
        case .backRequested: ":back"
        case .recapRequested, .inputEnded: nil
        }
    }

    /// Writes events to disk; on failure, says that the answer was not saved, shows it so that
    /// it can be copied, and tells how to continue from what was saved.
    private func save(_ events: [TranscriptEvent], unsaved answer: String? = nil) -> Bool {
        guard let journal else { return true }
        do {
            journal.record(events)
            try journal.commit()
            return true
        } catch {
            let kept = answer.map { "That answer was NOT saved. Keep a copy of it to type again:\n  \($0)\n" }
                ?? "The last step was NOT saved.\n"
            write(renderer.warning("""
                \(error.description)
                \(kept)Everything before it is saved in \(journal.path); \
                free some space or fix the permissions, then continue with: \(resumeCommand)
                """))
            return false
        }
    }

    private func farewell(_ ending: Ending) -> Ending {
        let saved = journal.map { "\nYour answers are saved in \($0.path). To continue: \(resumeCommand)" } ?? ""
        write(Sanitizer.clean("\nSession ended." + saved))
        return ending
    }

    private func show(_ outputs: [Output]) {
        for output in outputs {
            if let text = renderer.render(output) { write(text) }
        }
    }

    private func completions(for question: Question) -> [String] {
        var words = ReplCommand.completions
        switch question.kind {
        // Readline lists these on a double Tab: dialogue text, so it is cleaned like any other.
        case .choice(let options): words += options.flatMap { [$0.key, Sanitizer.clean($0.label)] }
        case .yesNo: words += ["yes", "no"]
        default: break
        }
        return words
    }
}
