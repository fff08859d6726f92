import DialogueCore
import Foundation

/// The imperative shell around the engine: reads a line, sends the input, renders the outputs.
struct CoachLoop {
    let engine: Engine
    let renderer: Renderer
    let reader: LineReader
    let answers: AnswersFile?
    let write: (String) -> Void

    /// How the session ended, for the exit status.
    enum Ending: Equatable {
        case finished
        case quit
        case missingAnswers
    }

    func run(today: CalendarDate) -> Ending {
        var (session, outputs) = engine.start(today: today, answersInAdvance: answers?.answers ?? [:])
        show(outputs)
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
                    session = apply(.answered(line), to: session)
                case .failure(let unknown)?:
                    write(renderer.warning(unknown.message))
                case .success(let command)?:
                    if command == .quit { return farewell() }
                    session = run(command, in: session)
                }
            case .interrupted:
                continue
            case .endOfInput:
                // A person pressing Ctrl-D is leaving; a script running out of answers is not.
                if reader.isInteractive { return farewell() }
                session = apply(.inputEnded, to: session)
            case .terminated:
                return farewell()
            }
        }
    }

    private func apply(_ input: Input, to session: Session) -> Session {
        let (next, outputs) = engine.handle(input, in: session)
        show(outputs)
        return next
    }

    private func run(_ command: ReplCommand, in session: Session) -> Session {
        switch command {
        case .help:
            write(ReplCommand.helpText)
            return session
        case .back: return apply(.backRequested, to: session)
        case .summary: return apply(.recapRequested, to: session)
        case .skip: return apply(.skipRequested, to: session)
        case .quit: return session
        }
    }

    private func farewell() -> Ending {
        write("\nSession ended. Come back when you are ready.")
        return .quit
    }

    private func show(_ outputs: [Output]) {
        for output in outputs {
            if let text = renderer.render(output) { write(text) }
        }
    }

    private func completions(for question: Question) -> [String] {
        var words = ReplCommand.completions
        switch question.kind {
        case .choice(let options): words += options.flatMap { [$0.key, $0.label] }
        case .yesNo: words += ["yes", "no"]
        default: break
        }
        return words
    }
}
