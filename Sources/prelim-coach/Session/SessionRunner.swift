import ArgumentParser
import DialogueCore
import FoundationEssentials
import Glibc

/// Sets up the terminal for a session (readline or pipe, width, colour) and runs the loop.
struct SessionRunner {
    let paths: Paths
    let engine: Engine

    /// - Parameter resumeCommand: what the user types to continue, shown when the session stops early.
    func run(from start: (Session, [Output]), journal: Journal, resumeCommand: String, before: [String] = []) throws {
        let terminal = TerminalInfo()
        let reader: LineReader = terminal.stdinIsTerminal ? ReadlineReader(historyFile: paths.historyFile) : PipeReader()
        let renderer = Renderer(style: TerminalStyle(width: terminal.width, colour: terminal.colour), graph: engine.graph)
        let write: (String) -> Void = { text in StandardStream.output(text + "\n") }
        before.forEach(write)
        let loop = CoachLoop(engine: engine, renderer: renderer, reader: reader, journal: journal, resumeCommand: resumeCommand, write: write)
        switch loop.run(from: start) {
        case .finished, .quit: return
        case .missingAnswers, .saveFailed: throw ExitCode.failure
        case .signalled(let signal): throw ExitCode(128 + signal)
        }
    }

    /// ISO 8601 with the local offset, for transcript events: read at the edge, never in the engine.
    static func now() -> String {
        LocalTime().iso8601
    }
}
