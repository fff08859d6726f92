import ArgumentParser
import DialogueAuthoring
import DialogueCore
import Foundation

/// `prelim-coach check [DIR]`: every finding of the dialogue checker.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the dialogue files and list every problem with file:line:column.",
        discussion: """
            Exits 0 when there is no error (warnings are listed but allowed), 1 otherwise. \
            The codes (PC001...) are explained in dialogues/README.md. Files are read as \
            untrusted: over 1 MiB (PC027), not UTF-8 (PC028), with YAML anchors or aliases \
            (PC025) or nested over 32 deep (PC026), they are refused. With --transcripts DIR, \
            also proves that every transcript (*.jsonl) in DIR can still be resumed with these \
            dialogues.
            """
    )

    @Argument(help: ArgumentHelp("The dialogues directory (default: the one the coach uses).", valueName: "dir"))
    var directory: String?

    @Option(name: .long, help: ArgumentHelp("Also check that every transcript in this directory still resumes.", valueName: "dir"))
    var transcripts: String?

    func run() throws {
        let located = try DialogueLocator(explicit: directory).locate()
        let shown = Sanitizer.clean(directory ?? located.path)
        let result = try DialogueLoader.load(located, displayPath: shown)
        for diagnostic in result.diagnostics { print(Sanitizer.clean(diagnostic.description)) }
        let errors = result.errors.count
        let warnings = result.diagnostics.count - errors
        guard let graph = result.graph else {
            print("\(shown): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ExitCode.failure
        }
        print("\(shown): \(graph.nodes.count) nodes, \(graph.variables.count) variables; \(errors) errors, \(warnings) warnings")
        if let transcripts, try !checkTranscripts(in: transcripts, engine: Engine(graph: graph)) { throw ExitCode.failure }
    }

    /// Rebuilds every transcript against the graph; prints each failure, returns whether all resume.
    private func checkTranscripts(in directory: String, engine: Engine) throws -> Bool {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }.sorted()
        } catch {
            throw CoachError.transcriptInvalid(directory, line: 0, "cannot list the directory (\((error as NSError).localizedDescription))")
        }
        var failures = 0
        for name in names {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            do {
                let file = try TranscriptFile.read(url)
                if case .failure(let error) = SessionRebuild.rebuild(file.transcript, with: engine) {
                    throw CoachError.transcriptInvalid(url.path, line: error.line, error.message)
                }
            } catch let error as CoachError {
                failures += 1
                print(error.description)
            }
        }
        print("\(Sanitizer.clean(directory)): \(names.count) transcript\(names.count == 1 ? "" : "s"), \(names.count - failures) resume, \(failures) do not")
        return failures == 0
    }
}
